using Portcullis.Cli.Infrastructure;
using Portcullis.Formats.Graph;
using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Infrastructure;

/// <summary>Running Graphviz: SVG on success, a message a user can act on otherwise.</summary>
public sealed class GraphvizLayoutTests
{
    [Fact]
    public void Layout_MissingExecutable_SaysHowToInstallGraphviz()
    {
        var layout = new GraphvizLayout(Path.Combine(Path.GetTempPath(), "no-such-dir", "dot"));
        var error = Assert.Throws<GraphLayoutException>(() => layout.Layout("digraph { a -> b }"));
        Assert.Contains("cannot start Graphviz", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install graphviz", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_ValidDot_ReturnsSvg()
    {
        var layout = new GraphvizLayout(ExternalTools.Dot ?? Skip());
        var svg = layout.Layout("digraph { a -> b }");
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("<title>a&#45;&gt;b</title>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_InvalidDot_PassesOnGraphvizsMessage()
    {
        var layout = new GraphvizLayout(ExternalTools.Dot ?? Skip());
        var error = Assert.Throws<GraphLayoutException>(() => layout.Layout("digraph { a -> }"));
        Assert.Contains("Graphviz failed (exit code 1)", error.Message, StringComparison.Ordinal);
        Assert.Contains("syntax error", error.Message, StringComparison.Ordinal);
    }

    private static string Skip()
    {
        Assert.Skip(ExternalTools.NoDotReason);
        return string.Empty;
    }
}
