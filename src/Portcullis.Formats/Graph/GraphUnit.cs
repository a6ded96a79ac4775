using System.Collections.Immutable;

namespace Portcullis.Formats.Graph;

/// <summary>Something an edge of the picture can start or end at: one node, or a cluster standing for all nodes inside it.</summary>
public abstract class GraphUnit
{
    private protected GraphUnit()
    {
    }

    /// <summary>The element id in DOT and SVG (<c>n12</c> for nodes, <c>c3</c> for clusters), given in drawing order.</summary>
    public string Id { get; internal set; } = string.Empty;

    /// <summary>The cluster directly around this unit; <see langword="null"/> at the top.</summary>
    public GraphCluster? Parent { get; internal set; }

    /// <summary>The nodes the unit stands for: the node itself, or every node inside the cluster.</summary>
    public abstract ImmutableArray<GraphNode> Members { get; }

    /// <summary>A one-line description for people (<c>subnet app-1</c>, <c>vsi1[10.0.0.4]</c>).</summary>
    public abstract string Caption { get; }

    /// <summary>The clusters around this unit, innermost first.</summary>
    public IEnumerable<GraphCluster> Ancestors()
    {
        for (var cluster = Parent; cluster is not null; cluster = cluster.Parent)
        {
            yield return cluster;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Caption;
}
