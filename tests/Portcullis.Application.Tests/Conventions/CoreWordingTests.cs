using Portcullis.Testing;

namespace Portcullis.Application.Tests.Conventions;

/// <summary>
/// Core returns facts and Formats words them: the phrases reports print for nodes, external space and connections
/// appear nowhere in Core's code (diagnostic templates, which Core's catalogs define, are the one kind of sentence it holds).
/// </summary>
public sealed class CoreWordingTests
{
    // How reports name external space, load balancers and connection sets; each is worded in Formats/Wording.
    private static readonly string[] ReportPhrases =
    [
        "\"Public Internet", "\"Service Network", "(all ranges)", "protocol: ", "src-ports", "dst-ports", "icmp-type",
        "All Connections", "No Connections", "LB private IP", "[LoadBalancer]",
    ];

    [Fact]
    public void CoreSources_HoldNoReportWording()
    {
        var core = Path.Combine(RepositoryPaths.Root, "src", "Portcullis.Core");
        var found = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: Path.GetRelativePath(RepositoryPaths.Root, file), Line: index + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("///", StringComparison.Ordinal) && ReportPhrases.Any(p => l.Text.Contains(p, StringComparison.Ordinal)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();

        Assert.True(found.Count == 0, "report wording in Core (word it in Portcullis.Formats/Wording):\n" + string.Join('\n', found));
    }

    [Fact]
    public void ReportPhrases_AreWhatTheWritersPrint()
    {
        // The phrases are the real ones: each is in the wording code of Formats, so the check above cannot go stale.
        var wording = string.Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "Portcullis.Formats", "Wording"), "*.cs").Select(File.ReadAllText));
        Assert.All(ReportPhrases, phrase => Assert.Contains(phrase.TrimStart('"'), wording, StringComparison.Ordinal));
    }
}
