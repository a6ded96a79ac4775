using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Conventions;

/// <summary>Commands stay thin: a command's files bind options to a record and hand it to its handler, no more.</summary>
public sealed class ThinCommandTests
{
    private const int MostLines = 150;

    [Fact]
    public void CommandFiles_AreAtMost150Lines()
    {
        var commands = Path.Combine(RepositoryPaths.Root, "src", "Portcullis.Cli", "Commands");
        var long_ = Directory.EnumerateFiles(commands, "*.cs", SearchOption.AllDirectories)
            .Select(f => (File: Path.GetRelativePath(commands, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MostLines)
            .Select(f => $"{f.File}: {f.Lines} lines")
            .ToList();

        Assert.True(long_.Count == 0, string.Join('\n', long_));
    }

    [Fact]
    public void CommandFiles_UseNoDomainTypesBeyondOptionValues()
    {
        // Analysis, reading and writing belong to the handlers; a command names at most the enums and format lists of its options.
        string[] forbidden = ["ConnectivityAnalyzer", "ConfigurationLoader", "ClusterLoader", "OutputTarget", "DiagnosticBag", "Explainer", "ProxySettings", "Prober("];
        var commands = Path.Combine(RepositoryPaths.Root, "src", "Portcullis.Cli", "Commands");
        var found = Directory.EnumerateFiles(commands, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => forbidden.Where(word => File.ReadAllText(f).Contains(word, StringComparison.Ordinal)).Select(word => $"{Path.GetRelativePath(commands, f)}: {word}"))
            .ToList();

        Assert.True(found.Count == 0, string.Join('\n', found));
    }
}
