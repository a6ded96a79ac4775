using System.Security.Cryptography;
using System.Text;
using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Snapshots;

/// <summary>One run of the command line whose output the snapshot locks, or one generated file tree.</summary>
internal sealed class SnapshotRun
{
    private readonly string[] _arguments;
    private readonly string? _tree;
    private string? _captured;

    public SnapshotRun(string input, params string[] arguments)
    {
        Input = input;
        _arguments = arguments;
        Key = input + " | " + string.Join(' ', arguments.Select(Normalise));
    }

    private SnapshotRun(string input, string tree, string description)
    {
        Input = input;
        _arguments = [];
        _tree = tree;
        Key = input + " | tree of " + description;
    }

    /// <summary>The input the run belongs to.</summary>
    public string Input { get; }

    /// <summary>What identifies the run in the hashes file: the input and the arguments, with the machine's paths as placeholders.</summary>
    public string Key { get; }

    /// <summary>A run that locks the files a command wrote into a directory.</summary>
    public static SnapshotRun Tree(string input, string directory, string description) => new(input, directory, description);

    /// <summary>Runs the command (in-process, once) and returns what it printed, with paths normalised.</summary>
    public string Execute() => _captured ??= Capture();

    private string Capture()
    {
        if (_tree is not null)
        {
            return SnapshotRuns.TreeText(_tree);
        }

        var result = CliRunner.Run(_arguments);
        return $"exit {result.ExitCode}\n--- stdout\n{Normalise(result.Output)}\n--- stderr\n{Normalise(result.Error)}";
    }

    /// <summary>The SHA-256 of a captured output, in hex.</summary>
    public static string Hash(string captured) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(captured)));

    private static string Normalise(string text)
    {
        text = text.Replace(SnapshotRuns.Fixtures, "<fixtures>", StringComparison.Ordinal);
        if (RepositoryPaths.Shared is { } shared)
        {
            text = text.Replace(shared, "<shared>", StringComparison.Ordinal);
        }

        return text.Replace(RepositoryPaths.Root, "<repo>", StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
