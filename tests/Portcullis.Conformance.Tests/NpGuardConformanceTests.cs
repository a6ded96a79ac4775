using Portcullis.Testing;

namespace Portcullis.Conformance.Tests;

/// <summary>
/// The engine against the independent analyzer's expected outputs in <c>../shared/conformance/npguard</c>, as a
/// ratchet: every case passes, is skipped with its reason, or is a listed known difference with its reason.
/// </summary>
public sealed class NpGuardConformanceTests
{
    private static string Root() => RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "conformance", "npguard") : "";

    private static Dictionary<string, string> KnownDifferences() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "known-differences-npguard.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(" | ", 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.Ordinal);

    [Fact]
    public void AllCases_PassOrAreKnownDifferences_AndEverySkipSaysWhy()
    {
        if (RepositoryPaths.Shared is null)
        {
            Assert.Skip(RepositoryPaths.NoSharedReason);
        }

        using var output = new StringWriter();
        var results = ConformanceRunner.Run(Root(), Path.Combine(Root(), "cases.json"), output);
        var known = KnownDifferences();
        var unexpected = results.Where(r => r.Outcome == CaseOutcome.Fail && !known.ContainsKey(r.Id)).Select(r => r.ToString()).ToList();
        var stale = known.Keys.Where(id => results.Any(r => r.Id == id && r.Outcome == CaseOutcome.Pass)).ToList();

        Assert.True(unexpected.Count == 0, $"{unexpected.Count} cases fail and are not known differences:\n" + string.Join("\n", unexpected));
        Assert.True(stale.Count == 0, "known differences that now pass (remove them from the list): " + string.Join(", ", stale));
        Assert.All(known.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
        Assert.All(results.Where(r => r.Outcome == CaseOutcome.Skip), r => Assert.False(string.IsNullOrWhiteSpace(r.Detail)));
        Assert.EndsWith(ConformanceRunner.Summary(results) + Environment.NewLine, output.ToString(), StringComparison.Ordinal);
    }
}
