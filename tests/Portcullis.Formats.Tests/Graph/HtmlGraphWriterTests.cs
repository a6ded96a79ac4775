using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Portcullis.Core.Analysis;
using Portcullis.Formats.Graph;
using Portcullis.Formats.Wording;
using Portcullis.Testing;

namespace Portcullis.Formats.Tests.Graph;

/// <summary>The HTML page: self-contained, with every node findable by the name the report prints.</summary>
public sealed partial class HtmlGraphWriterTests
{
    [Fact]
    public void Write_Example_EveryNodeCarriesItsReportName()
    {
        var graph = ConnectivityGraph.Build(Reports.Of(RepositoryPaths.IksExample, ConnectivityLevel.Endpoints));
        var html = Write(graph, new SkeletonLayout());
        var named = DataNode().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(graph.Nodes.Select(n => n.Name).Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
        Assert.Contains("data-node=\"bastion[10.240.1.4]\" data-vpc=\"iks-prod-vpc\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SharedInputs))]
    public void Write_SharedInputs_EveryNodeCarriesItsReportName(string input)
    {
        var graph = ConnectivityGraph.Build(Reports.Of(Reports.SharedInput(input), ConnectivityLevel.Endpoints));
        var named = DataNode().Matches(Write(graph, new SkeletonLayout())).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));
        Assert.Equal(graph.Nodes.Select(n => n.Name).Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> SharedInputs() => Reports.SharedInputs();

    [Fact]
    public void Write_Example_LoadsNothingFromOutside()
    {
        var html = Write(ConnectivityGraph.Build(Reports.Of(RepositoryPaths.IksExample, ConnectivityLevel.Endpoints)), new SkeletonLayout());
        Assert.DoesNotMatch("(src|href)\\s*=\\s*\"(https?:)?//", html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!DOCTYPE svg", html, StringComparison.Ordinal);
        Assert.Contains("<script type=\"application/json\" id=\"graph-data\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Example_LegendListsEveryConnection()
    {
        var graph = ConnectivityGraph.Build(Reports.Of(RepositoryPaths.IksExample, ConnectivityLevel.Endpoints));
        var html = Write(graph, new SkeletonLayout());
        foreach (var (connection, _) in graph.Connections)
        {
            Assert.Contains(WebUtility.HtmlEncode(ConnectionText.Of(connection)), html, StringComparison.Ordinal);
        }

        Assert.Contains("<b>G1: 3 VPE addresses</b> (and the like)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)] // a TCP connection whose replies are dropped: the dashed line is explained
    [InlineData(false)] // none (the example): no explanation of a line the picture does not have
    public void Write_Legend_ExplainsBlockedRepliesOnlyWhenThereAreSome(bool blocked)
    {
        var report = blocked ? Reports.Of(Reports.BlockedReplies(), ConnectivityLevel.Endpoints) : Reports.Of(RepositoryPaths.IksExample, ConnectivityLevel.Endpoints);
        var html = Write(ConnectivityGraph.Build(report), new SkeletonLayout());
        Assert.Equal(blocked, html.Contains("dashed red, marked <b>*</b>", StringComparison.Ordinal));
        Assert.Equal(blocked, html.Contains("protocol: TCP *</span>", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_LayoutFails_WritesNothing()
    {
        var graph = ConnectivityGraph.Build(Reports.Of(RepositoryPaths.IksExample, ConnectivityLevel.Endpoints));
        using var output = new StringWriter();
        var error = Assert.Throws<GraphLayoutException>(() => HtmlGraphWriter.Write(graph, new FailingLayout(), output));
        Assert.Equal("no layout here", error.Message);
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public void Write_LayoutWritesNoSvg_IsALayoutError()
    {
        var graph = ConnectivityGraph.Build(Reports.Of(RepositoryPaths.IksExample, ConnectivityLevel.Endpoints));
        using var output = new StringWriter();
        Assert.Throws<GraphLayoutException>(() => HtmlGraphWriter.Write(graph, new TextLayout("not xml <"), output));
        Assert.Throws<GraphLayoutException>(() => HtmlGraphWriter.Write(graph, new TextLayout("<html/>"), output));
    }

    private static string Write(ConnectivityGraph graph, ISvgLayout layout)
    {
        using var output = new StringWriter();
        HtmlGraphWriter.Write(graph, layout, output);
        return output.ToString();
    }

    [GeneratedRegex("data-node=\"([^\"]*)\"")]
    private static partial Regex DataNode();

    [GeneratedRegex("\\bid=\"([ncge]\\d+)\"")]
    private static partial Regex DotId();

    /// <summary>Graphviz's SVG shape without Graphviz: one group per element id the DOT declares.</summary>
    private sealed class SkeletonLayout : ISvgLayout
    {
        public string Layout(string dot)
        {
            var svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")
                .Append("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n")
                .Append("<svg width=\"100pt\" height=\"100pt\" viewBox=\"0 0 100 100\" xmlns=\"http://www.w3.org/2000/svg\"><g id=\"graph0\" class=\"graph\">");
            foreach (Match match in DotId().Matches(dot))
            {
                svg.Append($"<g id=\"{match.Groups[1].Value}\" class=\"node\"><title>x</title></g>");
            }

            return svg.Append("</g></svg>").ToString();
        }
    }

    private sealed class FailingLayout : ISvgLayout
    {
        public string Layout(string dot) => throw new GraphLayoutException("no layout here");
    }

    private sealed class TextLayout(string text) : ISvgLayout
    {
        public string Layout(string dot) => text;
    }
}
