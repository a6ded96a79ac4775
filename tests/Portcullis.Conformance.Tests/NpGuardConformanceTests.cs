using Portcullis.Testing;

namespace Portcullis.Conformance.Tests;

/// <summary>The engine against the independent analyzer's expected outputs in <c>../shared/conformance/npguard</c>.</summary>
public sealed class NpGuardConformanceTests
{
    private static string Root() => RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "conformance", "npguard") : "";

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
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.All(results.Where(r => r.Outcome == CaseOutcome.Skip), r => Assert.False(string.IsNullOrWhiteSpace(r.Detail)));
        Assert.EndsWith(ConformanceRunner.Summary(results) + Environment.NewLine, output.ToString(), StringComparison.Ordinal);
    }
}
