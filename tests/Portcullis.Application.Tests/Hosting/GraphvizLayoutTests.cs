using Portcullis.Application.Hosting;
using Portcullis.Formats.Graph;
using Portcullis.Testing;

namespace Portcullis.Application.Tests.Hosting;

/// <summary>Running Graphviz: SVG on success, a message a user can act on otherwise, and a stop when asked.</summary>
public sealed class GraphvizLayoutTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-dot-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task LayoutAsync_MissingExecutable_SaysHowToInstallGraphviz()
    {
        var layout = new GraphvizLayout(Path.Combine(Path.GetTempPath(), "no-such-dir", "dot"));
        var error = await Assert.ThrowsAsync<GraphLayoutException>(() => layout.LayoutAsync("digraph { a -> b }", TestContext.Current.CancellationToken));
        Assert.Contains("cannot start Graphviz", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install graphviz", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LayoutAsync_ValidDot_ReturnsSvg()
    {
        var layout = new GraphvizLayout(ExternalTools.Dot ?? Skip());
        var svg = await layout.LayoutAsync("digraph { a -> b }", TestContext.Current.CancellationToken);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("<title>a&#45;&gt;b</title>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LayoutAsync_InvalidDot_PassesOnGraphvizsMessage()
    {
        var layout = new GraphvizLayout(ExternalTools.Dot ?? Skip());
        var error = await Assert.ThrowsAsync<GraphLayoutException>(() => layout.LayoutAsync("digraph { a -> }", TestContext.Current.CancellationToken));
        Assert.Contains("Graphviz failed (exit code 1)", error.Message, StringComparison.Ordinal);
        Assert.Contains("syntax error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LayoutAsync_SlowerThanItsTimeLimit_StopsAndSaysWhatToDo()
    {
        // A stand-in for dot that never answers: the layout must give up at its limit, not wait for it.
        var layout = new GraphvizLayout(SleepingTool(), TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<GraphLayoutException>(() => layout.LayoutAsync("digraph { a -> b }", TestContext.Current.CancellationToken));
        Assert.StartsWith("Graphviz did not finish the layout within 1 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("--format dot", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LayoutAsync_Cancelled_StopsWithCancellation()
    {
        var layout = new GraphvizLayout(SleepingTool());
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => layout.LayoutAsync("digraph { a -> b }", cancellation.Token));
    }

    // A script that takes dot's arguments and never answers.
    private string SleepingTool()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/bin/sleep"))
        {
            Assert.Skip("needs /bin/sleep to stand in for a Graphviz that does not answer");
            return string.Empty;
        }

        var script = Path.Combine(_directory, "dot");
        File.WriteAllText(script, "#!/bin/sh\nexec /bin/sleep 30\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }

    private static string Skip()
    {
        Assert.Skip(ExternalTools.NoDotReason);
        return string.Empty;
    }
}
