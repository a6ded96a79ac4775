using System.Collections.Immutable;
using Portcullis.Core.Sets;

namespace Portcullis.Formats.Graph;

/// <summary>
/// An arrow of the picture. It stands for report rows: from every node of <see cref="Tail"/> to every other node of
/// <see cref="Head"/> the connection is exactly <see cref="Connection"/> (and back, when <see cref="BothWays"/>).
/// When tail and head are the same cluster, the edge states the connection between every two nodes inside it.
/// </summary>
/// <param name="Id">The element id in DOT and SVG (<c>e7</c>).</param>
/// <param name="Tail">Where the connections start.</param>
/// <param name="Head">Where they arrive.</param>
/// <param name="Connection">The connection of every pair the edge stands for.</param>
/// <param name="ResponseBlocked">Whether this is the TCP part whose replies are dropped (the report's <c>*</c> rows).</param>
/// <param name="BothWays">Whether the same connection also holds from head to tail.</param>
/// <param name="Pairs">The report rows the edge stands for, as (source, destination) pairs.</param>
public sealed record GraphEdge(
    string Id,
    GraphUnit Tail,
    GraphUnit Head,
    ConnectionSet Connection,
    bool ResponseBlocked,
    bool BothWays,
    ImmutableArray<(GraphNode Source, GraphNode Destination)> Pairs)
{
    /// <summary>Whether the edge states the connections among the nodes of one cluster (drawn in the cluster's label).</summary>
    public bool IsWithin => ReferenceEquals(Tail, Head);

    /// <summary>The connection as the text report prints it, with <c> * </c> for blocked replies.</summary>
    public string ConnectionText => ResponseBlocked ? $"{Connection} * " : Connection.ToString();
}
