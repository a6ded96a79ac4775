using System.Text.RegularExpressions;
using Portcullis.Core.Analysis;
using Portcullis.Formats.Graph;
using Portcullis.Testing;

namespace Portcullis.Formats.Tests.Graph;

/// <summary>The DOT text: stable, complete, and accepted by Graphviz.</summary>
public sealed partial class DotGraphWriterTests
{
    [Fact]
    public void Write_Example_MatchesTheCheckedInSnapshot()
    {
        var dot = DotGraphWriter.ToDot(ConnectivityGraph.Build(Reports.Of(RepositoryPaths.IksExample, ConnectivityLevel.Endpoints)));
        Assert.Null(GoldenFile.Check("Golden/iks-multizone.endpoints.dot", dot));
    }

    [Fact]
    public void Write_Example_DeclaresEveryNodeAndEveryEdge()
    {
        var graph = ConnectivityGraph.Build(Reports.Of(RepositoryPaths.IksExample, ConnectivityLevel.Endpoints));
        var dot = DotGraphWriter.ToDot(graph);
        var declared = NodeDeclaration().Matches(dot).Select(m => (Name: m.Groups[1].Value, Id: m.Groups[2].Value)).ToList();
        Assert.Equal(graph.Nodes.Select(n => ($"\"{n.QualifiedName}\"", n.Id)).Order(), declared.Order());
        var edges = EdgeDeclaration().Matches(dot).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(graph.Edges.Where(e => !e.IsWithin).Select(e => e.Id).Order(StringComparer.Ordinal), edges.Order(StringComparer.Ordinal));
        Assert.All(graph.Edges.Where(e => e.IsWithin), e => Assert.Contains("all inside: ICMP,TCP,UDP", dot, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ConnectivityLevel.Endpoints)]
    [InlineData(ConnectivityLevel.Subnets)]
    public void Write_Example_IsValidDotForGraphviz(ConnectivityLevel level) =>
        AssertGraphvizAccepts(DotGraphWriter.ToDot(ConnectivityGraph.Build(Reports.Of(RepositoryPaths.IksExample, level))));

    [Theory]
    [MemberData(nameof(SharedInputs))]
    public void Write_SharedInputs_IsValidDotForGraphviz(string input)
    {
        var path = Reports.SharedInput(input);
        AssertGraphvizAccepts(DotGraphWriter.ToDot(ConnectivityGraph.Build(Reports.Of(path, ConnectivityLevel.Endpoints))));
        AssertGraphvizAccepts(DotGraphWriter.ToDot(ConnectivityGraph.Build(Reports.Of(path, ConnectivityLevel.Subnets))));
    }

    public static TheoryData<string> SharedInputs() => Reports.SharedInputs();

    [Theory]
    // Quotes and backslashes end or escape DOT strings; markup characters end HTML-like labels.
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("line\nbreak", "\"line\\nbreak\"")]
    public void DotQuote_SpecialCharacters_AreEscaped(string text, string expected) =>
        Assert.Equal(expected, GraphStyle.DotQuote(text));

    [Theory]
    [InlineData("kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000001", "kube-cq2lq0ud0t\u2026-default-0000001")] // 15 + 1 + 16 = 32 characters; the distinguishing end stays
    [InlineData("bastion", "bastion")] // short names stay whole
    public void ShortName_LongNames_AreCutInTheMiddle(string name, string expected) =>
        Assert.Equal(expected, GraphStyle.ShortName(name));

    [Theory]
    [InlineData("protocol: TCP dst-ports: 22", false, "TCP dst-ports: 22")]
    [InlineData("protocol: TCP", true, "TCP *")]
    [InlineData("protocol: TCP src-ports: 1-79,81-442,444-29999,32768-65535 dst-ports: 443", false, "TCP src-ports: 1-79,81-442,444-29999\u2026")]
    public void ShortConnection_DropsTheProtocolWordAndCutsAtASeparator(string connection, bool blocked, string expected) =>
        Assert.Equal(expected, GraphStyle.ShortConnection(connection, blocked));

    private static void AssertGraphvizAccepts(string dot)
    {
        if (ExternalTools.Dot is not { } executable)
        {
            Assert.Skip(ExternalTools.NoDotReason);
            return;
        }

        var run = ExternalTools.Start(executable, ["-Tsvg"], dot, TimeSpan.FromMinutes(2));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error.Trim());
        Assert.Contains("<svg", run.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex("^\\s*(\"[^\"]*\") \\[id=\"(n\\d+)\"", RegexOptions.Multiline)]
    private static partial Regex NodeDeclaration();

    [GeneratedRegex("\\[id=\"(e\\d+)\"")]
    private static partial Regex EdgeDeclaration();
}
