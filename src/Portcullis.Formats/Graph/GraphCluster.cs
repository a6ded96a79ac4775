using System.Collections.Immutable;

namespace Portcullis.Formats.Graph;

/// <summary>A box of the picture: a VPC, a zone, a subnet, or the external addresses of one kind.</summary>
public sealed class GraphCluster : GraphUnit
{
    private readonly List<GraphCluster> _clusters = [];
    private readonly List<GraphNode> _nodes = [];
    private ImmutableArray<GraphNode> _members;

    internal GraphCluster(GraphClusterKind kind, string name, string? detail)
    {
        Kind = kind;
        Name = name;
        Detail = detail;
    }

    /// <summary>What the cluster groups.</summary>
    public GraphClusterKind Kind { get; }

    /// <summary>The VPC, zone or subnet name, or <c>Public Internet</c> / <c>Service Network</c>.</summary>
    public string Name { get; }

    /// <summary>A second line: the subnet's CIDR or the VPC's region, when known.</summary>
    public string? Detail { get; }

    /// <summary>The clusters directly inside, in drawing order.</summary>
    public IReadOnlyList<GraphCluster> Clusters => _clusters;

    /// <summary>The nodes directly inside, in drawing order.</summary>
    public IReadOnlyList<GraphNode> Nodes => _nodes;

    /// <inheritdoc />
    public override ImmutableArray<GraphNode> Members =>
        _members.IsDefault ? _members = [.. _nodes, .. _clusters.SelectMany(c => c.Members)] : _members;

    /// <inheritdoc />
    public override string Caption => Kind switch
    {
        GraphClusterKind.Vpc => $"VPC {Name}",
        GraphClusterKind.Zone => $"zone {Name}",
        GraphClusterKind.Subnet => $"subnet {Name}",
        _ => Name,
    };

    internal static IEnumerable<GraphCluster> DepthFirst(IEnumerable<GraphCluster> clusters)
    {
        foreach (var cluster in clusters)
        {
            yield return cluster;
            foreach (var inner in DepthFirst(cluster.Clusters))
            {
                yield return inner;
            }
        }
    }

    internal void Add(GraphCluster cluster)
    {
        cluster.Parent = this;
        _clusters.Add(cluster);
    }

    internal void Add(GraphNode node)
    {
        node.Parent = this;
        _nodes.Add(node);
    }

    internal void Sort()
    {
        _clusters.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        _nodes.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var cluster in _clusters)
        {
            cluster.Sort();
        }
    }
}
