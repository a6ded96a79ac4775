using System.Text.RegularExpressions;
using Portcullis.Testing;

namespace Portcullis.Application.Tests.Conventions;

/// <summary>
/// Async all the way: no shipped code blocks a thread on a task or a process, so that Ctrl+C is heard and a server's
/// threads are never held. Handlers reach the console and the process environment only through their environment.
/// </summary>
public sealed partial class AsyncConventionTests
{
    // Ways to block on asynchronous work, or a thread, that the code base does not use.
    [GeneratedRegex(@"\.GetAwaiter\(\)\s*\.GetResult\(\)|\.Wait\(|\.WaitAll\(|\.WaitAny\(|\.WaitForExit\(|Thread\.Sleep\(|\.WaitOne\(|\.Result\b")]
    private static partial Regex Blocking();

    // A property named Result on a type that is not a task: ProbeProgress.Result, the finished target.
    private static readonly (string File, string Text)[] NotATask =
    [
        ("src/Portcullis.Cli/Infrastructure/ProbeLiveDisplay.cs", "value.Result is { } result"),
    ];

    [Fact]
    public void SourceFiles_HaveNoBlockingWaits()
    {
        var found = SourceFiles("src")
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: Relative(file), Line: index + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && Blocking().IsMatch(l.Text))
            .Where(l => !NotATask.Any(n => n.File == l.File && l.Text.Contains(n.Text, StringComparison.Ordinal)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();

        Assert.True(found.Count == 0, "blocking waits:\n" + string.Join('\n', found));
    }

    [Fact]
    public void ApplicationFeatures_NeverTouchTheConsoleOrTheProcessEnvironment()
    {
        // Hosting is where the environment is implemented (the output file's name, Graphviz on PATH); features use it.
        var found = SourceFiles(Path.Combine("src", "Portcullis.Application"))
            .Where(file => !Relative(file).StartsWith("src/Portcullis.Application/Hosting/", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: Relative(file), Line: index + 1, Text: line)))
            .Where(l => l.Text.Contains("Console.", StringComparison.Ordinal) || l.Text.Contains("Environment.", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(found.Count == 0, "console or process environment in a handler:\n" + string.Join('\n', found));
    }

    [Fact]
    public void Application_DoesNotReferenceTheConsole() =>
        Assert.DoesNotContain(ShippedAssemblies.Load("Portcullis.Application").GetReferencedAssemblies(), a => a.Name is "System.Console" or "Spectre.Console");

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Relative(string file) => Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/');
}
