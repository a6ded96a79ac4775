using System.Collections.Immutable;
using Portcullis.Core.Analysis;
using Portcullis.Core.Sets;

namespace Portcullis.Formats.Graph;

/// <summary>
/// A connectivity report as a picture: endpoints (or subnets) in subnet, zone and VPC clusters, external address
/// groups merged as the text report merges them, and edges that each stand for report rows with one connection.
/// </summary>
/// <remarks>
/// Every row of the report is drawn exactly once in meaning: the pairs of all edges together are exactly the report's
/// (source, destination, connection) facts. Where every node of one cluster has the same connection to every node of
/// another unit, one edge from the cluster's border stands for all of them; nodes that are interchangeable in the
/// report form a <see cref="GraphGroup"/> whose edges are drawn once; where every two nodes inside a cluster or group
/// have the same connection, its label says so; an edge drawn with arrows at both ends holds both ways.
/// </remarks>
public sealed class ConnectivityGraph
{
    internal ConnectivityGraph(
        ConnectivityLevel level,
        ImmutableArray<GraphCluster> clusters,
        ImmutableArray<GraphNode> nodes,
        ImmutableArray<GraphGroup> groups,
        ImmutableArray<GraphEdge> edges,
        ImmutableArray<(ConnectionSet Connection, bool ResponseBlocked)> connections,
        int rowCount)
    {
        Level = level;
        Clusters = clusters;
        Nodes = nodes;
        Groups = groups;
        Edges = edges;
        Connections = connections;
        RowCount = rowCount;
    }

    /// <summary>Endpoints or subnets.</summary>
    public ConnectivityLevel Level { get; }

    /// <summary>The outermost clusters: VPCs by name, then public internet and service network.</summary>
    public ImmutableArray<GraphCluster> Clusters { get; }

    /// <summary>Every node, in drawing order.</summary>
    public ImmutableArray<GraphNode> Nodes { get; }

    /// <summary>The groups of interchangeable nodes that edges start or end at.</summary>
    public ImmutableArray<GraphGroup> Groups { get; }

    /// <summary>Every edge, including the connections inside clusters (<see cref="GraphEdge.IsWithin"/>).</summary>
    public ImmutableArray<GraphEdge> Edges { get; }

    /// <summary>The distinct connections of the edges, the most frequent first (the legend's order and colours).</summary>
    public ImmutableArray<(ConnectionSet Connection, bool ResponseBlocked)> Connections { get; }

    /// <summary>The number of distinct (source, destination, connection) facts the edges stand for.</summary>
    public int RowCount { get; }

    /// <summary>Every cluster, outermost first, in drawing order.</summary>
    public IEnumerable<GraphCluster> AllClusters() => GraphCluster.DepthFirst(Clusters);

    /// <summary>Draws a report.</summary>
    /// <param name="report">The report, at endpoint or subnet level.</param>
    public static ConnectivityGraph Build(ConnectivityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ConnectivityGraphBuilder(report.Level).Build(report);
    }
}
