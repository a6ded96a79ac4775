using Portcullis.Testing;

namespace Portcullis.Conformance.Tests;

/// <summary>The engine against the independent analyzer's expected outputs in <c>../shared/conformance/npguard</c>.</summary>
public sealed class NpGuardConformanceTests
{
    private static string Root() => RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "conformance", "npguard") : "";

    // The bar the issues set: at least 95% of the cases in scope agree in meaning, none crashes. Where Portcullis
    // deliberately differs from the analyzer (it keeps both private IPs of a load balancer in one subnet, which the
    // analyzer drops one of), a case may fail; the failures are printed.
    [Fact]
    public void AllCases_PassSemantically_AndEverySkipSaysWhy()
    {
        if (RepositoryPaths.Shared is null)
        {
            Assert.Skip(RepositoryPaths.NoSharedReason);
        }

        using var output = new StringWriter();
        var results = ConformanceRunner.Run(Root(), Path.Combine(Root(), "cases.json"), output);
        var failures = results.Where(r => r.Outcome == CaseOutcome.Fail).Select(r => r.ToString()).ToList();
        var inScope = results.Count(r => r.Outcome != CaseOutcome.Skip);
        TestContext.Current.SendDiagnosticMessage(string.Join("\n", failures));
        Assert.DoesNotContain(failures, f => f.Contains("crashed", StringComparison.Ordinal));
        Assert.True(failures.Count <= inScope * 0.05, $"{failures.Count} of {inScope} cases fail:\n" + string.Join("\n", failures));
        Assert.All(results.Where(r => r.Outcome == CaseOutcome.Skip), r => Assert.False(string.IsNullOrWhiteSpace(r.Detail)));
        Assert.EndsWith(ConformanceRunner.Summary(results) + Environment.NewLine, output.ToString(), StringComparison.Ordinal);
    }
}
