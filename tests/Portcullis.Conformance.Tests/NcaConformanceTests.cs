using Portcullis.Conformance.Nca;
using Portcullis.Testing;

namespace Portcullis.Conformance.Tests;

/// <summary>The policy engine against NCA's numbers and expected outputs in <c>../shared/conformance/nca</c>.</summary>
public sealed class NcaConformanceTests
{
    private static string Root() => Path.Combine(RepositoryPaths.Shared!, "conformance", "nca");

    [Fact]
    public void AllCases_PassOrAreKnownDifferences_NoneCrashes_EverySkipSaysWhy()
    {
        if (RepositoryPaths.Shared is null)
        {
            Assert.Skip(RepositoryPaths.NoSharedReason);
        }

        using var output = new StringWriter();
        var results = NcaRunner.Run(Root(), Path.Combine(Root(), "cases.json"), output);
        var known = KnownDifferences.Read(KnownDifferences.DefaultPath);
        var failures = results.Where(r => r.Outcome == CaseOutcome.Fail).ToList();
        var unexplained = failures.Where(f => !known.ContainsKey(f.Id)).Select(f => f.ToString()).ToList();
        var stale = known.Keys.Where(id => results.Any(r => r.Id == id && r.Outcome == CaseOutcome.Pass)).ToList();
        var inScope = results.Count(r => r.Outcome != CaseOutcome.Skip);
        TestContext.Current.SendDiagnosticMessage(ConformanceRunner.Summary(results));

        Assert.DoesNotContain(failures, f => f.Detail?.StartsWith("crashed", StringComparison.Ordinal) ?? false);
        Assert.True(unexplained.Count == 0, "cases failing without a known difference:\n" + string.Join("\n", unexplained));
        Assert.True(stale.Count == 0, "known differences that now pass (remove them):\n" + string.Join("\n", stale));
        Assert.True(failures.Count <= inScope * 0.05, $"{failures.Count} of {inScope} cases fail");
        Assert.All(known.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
        Assert.All(results.Where(r => r.Outcome == CaseOutcome.Skip), r => Assert.False(string.IsNullOrWhiteSpace(r.Detail)));
        Assert.EndsWith(ConformanceRunner.Summary(results) + Environment.NewLine, output.ToString(), StringComparison.Ordinal);
    }
}
