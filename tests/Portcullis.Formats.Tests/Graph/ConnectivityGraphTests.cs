using System.Runtime.CompilerServices;
using Portcullis.Core.Analysis;
using Portcullis.Core.Model;
using Portcullis.Core.Reports;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Formats.Graph;
using Portcullis.Formats.Wording;
using Portcullis.Testing;

namespace Portcullis.Formats.Tests.Graph;

/// <summary>The picture says exactly what the report says: every row, nothing more, however edges are combined.</summary>
public sealed class ConnectivityGraphTests
{
    [Theory]
    [InlineData(ConnectivityLevel.Endpoints)]
    [InlineData(ConnectivityLevel.Subnets)]
    public void Build_Example_EdgesStandForExactlyTheReportRows(ConnectivityLevel level) =>
        AssertSameFacts(Reports.Of(RepositoryPaths.IksExample, level));

    [Theory]
    [MemberData(nameof(SharedInputs))]
    public void Build_SharedInputs_EdgesStandForExactlyTheReportRows(string input)
    {
        var path = Reports.SharedInput(input);
        AssertSameFacts(Reports.Of(path, ConnectivityLevel.Endpoints));
        AssertSameFacts(Reports.Of(path, ConnectivityLevel.Subnets));
    }

    public static TheoryData<string> SharedInputs() => Reports.SharedInputs();

    [Fact]
    public void Build_Example_DrawsEveryNodeOfTheReportOnce()
    {
        var report = Reports.Of(RepositoryPaths.IksExample, ConnectivityLevel.Endpoints);
        var graph = ConnectivityGraph.Build(report);
        var expected = ReportFacts(report).SelectMany(f => new[] { f.Source, f.Destination }).Select(Key).ToHashSet();
        var drawn = graph.Nodes.Where(n => n.InReport).Select(Key).ToList();
        Assert.Equal(drawn.Count, drawn.Distinct().Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), drawn.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_Example_ShrinksTheWorkersMeshToOneGroup()
    {
        // The six workers are interchangeable: each reaches every other one, the VPEs, the bastion and the service
        // network alike; 30 worker-to-worker rows become one "all inside" label on one group.
        var graph = ConnectivityGraph.Build(Reports.Of(RepositoryPaths.IksExample, ConnectivityLevel.Endpoints));
        var workers = Assert.Single(graph.Groups, g => g.Members.All(m => m.Kind == GraphNodeKind.Worker));
        Assert.Equal(6, workers.Members.Length);
        var within = Assert.Single(graph.Edges, e => e.IsWithin && ReferenceEquals(e.Tails[0], workers));
        Assert.Equal(ConnectionSet.AllIcmpTcpUdp, within.Connection);
        Assert.Equal(30, within.Pairs.Length);
        Assert.True(graph.Edges.Length < 20, $"{graph.Edges.Length} edges for {graph.RowCount} rows");
    }

    [Fact]
    public void Build_WholeSubnetAlike_DrawsTheEdgeFromTheSubnetsBorder()
    {
        // Both instances of subnet a reach c alike, and nothing else: one edge from a's box, not one per instance.
        var config = new ConfigBuilder()
            .Subnet("a", "10.0.1.0/24").Subnet("c", "10.0.2.0/24")
            .AllowAll("acl-a").AllowAll("acl-c")
            .Instance("a1", "a", "10.0.1.4", "sg-a").Instance("a2", "a", "10.0.1.5", "sg-a")
            .Instance("c1", "c", "10.0.2.4", "sg-c")
            .GroupRule("sg-a", TrafficDirection.Outbound, "10.0.2.0/24", ConnectionSet.AllTcp)
            .GroupRule("sg-c", TrafficDirection.Inbound, "10.0.0.0/8", ConnectionSet.AllTcp)
            .Build();
        var report = Reports.Of(config, ConnectivityLevel.Endpoints);
        var graph = ConnectivityGraph.Build(report);
        var edge = Assert.Single(graph.Edges);
        var subnet = Assert.IsType<GraphCluster>(Assert.Single(edge.Tails));
        Assert.Equal(("a", GraphClusterKind.Subnet), (subnet.Name, subnet.Kind));
        Assert.Equal("c1[10.0.2.4]", Assert.IsType<GraphNode>(Assert.Single(edge.Heads)).Name);
        Assert.False(edge.BothWays);
        AssertSameFacts(report);
    }

    [Fact]
    public void Build_BlockedReplies_StayOneWayAndMarked()
    {
        // The ACL of b lets TCP in but no replies out: the TCP part is a blocked row, never merged into a two-way edge.
        var config = Reports.BlockedReplies();
        var report = Reports.Of(config, ConnectivityLevel.Endpoints);
        var graph = ConnectivityGraph.Build(report);
        var blocked = Assert.Single(graph.Edges, e => e.ResponseBlocked && e.Tails[0] is GraphNode { Name: "a1[10.0.1.4]" });
        Assert.Equal("b1[10.0.2.4]", Assert.IsType<GraphNode>(Assert.Single(blocked.Heads)).Name);
        Assert.Equal(ConnectionSet.AllTcp, blocked.Connection);
        Assert.False(blocked.BothWays);
        Assert.EndsWith(" * ", blocked.ConnectionText, StringComparison.Ordinal);
        AssertSameFacts(report);
    }

    // The report's facts, independently of the graph: internal nodes are themselves (two subnets may share a name),
    // external ones the merged name the report prints.
    private static HashSet<(object Source, object Destination, string Connection)> ReportFacts(ConnectivityReport report)
    {
        var facts = new HashSet<(object, object, string)>();
        foreach (var section in report.Sections)
        {
            foreach (var row in ReportShaper.Rows(section, TextOrder.Report))
            {
                foreach (var source in Names(row.Source))
                {
                    foreach (var destination in Names(row.Destination))
                    {
                        if (!source.Equals(destination))
                        {
                            facts.Add((source, destination, RowText.Connection(row.Label)));
                        }
                    }
                }
            }
        }

        return facts;

        static IEnumerable<object> Names(NodeGroup group) =>
            group.IsExternal ? [NodeText.Group(group)] : group.Nodes;
    }

    private static void AssertSameFacts(ConnectivityReport report)
    {
        var graph = ConnectivityGraph.Build(report);
        var drawn = new HashSet<(object, object, string)>();
        foreach (var edge in graph.Edges)
        {
            // What the drawing claims, read from its shape alone, is what the edge says it stands for.
            var claimed = edge.IsWithin ? Product(edge.Tails[0], edge.Tails[0])
                : edge.IsMesh ? edge.Tails.SelectMany(a => edge.Tails.Where(b => !ReferenceEquals(a, b)).SelectMany(b => Product(a, b)))
                : edge.Tails.SelectMany(t => edge.Heads.SelectMany(h => Product(t, h).Concat(edge.BothWays ? Product(h, t) : [])));
            claimed = [.. claimed];
            Assert.True(!edge.BothWays || !edge.IsBundle, "only single arrows are drawn both ways");
            Assert.Equal(claimed.Select(Key).Order().ToList(), edge.Pairs.Select(Key).Order().ToList());
            foreach (var (source, destination) in claimed)
            {
                drawn.Add((Fact(source), Fact(destination), edge.ConnectionText));
            }
        }

        var expected = ReportFacts(report);
        Assert.Empty(expected.Except(drawn).Take(5));
        Assert.Empty(drawn.Except(expected).Take(5));
        Assert.Equal(expected.Count, graph.RowCount);
    }

    private static IEnumerable<(GraphNode, GraphNode)> Product(GraphUnit tail, GraphUnit head) =>
        from s in tail.Members
        from d in head.Members
        where !ReferenceEquals(s, d)
        select (s, d);

    private static object Fact(GraphNode node) => (object?)node.Source ?? node.Name;

    private static string Key(object node) => node is NetworkNode n ? $"{n.Vpc!.Name}/{NodeText.Name(n)}#{RuntimeHelpers.GetHashCode(n)}" : (string)node;

    private static string Key(GraphNode node) => Key(Fact(node));

    private static string Key((GraphNode Source, GraphNode Destination) pair) => Key(pair.Source) + " => " + Key(pair.Destination);
}
