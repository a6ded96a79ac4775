using System.Collections.Immutable;
using Portcullis.Core.Sets;

namespace Portcullis.Formats.Graph;

/// <summary>
/// An edge of the picture. It stands for report rows: from every node of every tail to every other node of every head
/// the connection is exactly <see cref="Connection"/> (and back, when <see cref="BothWays"/>). The shapes:
/// <list type="bullet">
/// <item>an arrow: one tail, one head;</item>
/// <item>inside (<see cref="IsWithin"/>): tail and head the same cluster or group, every two nodes inside it, drawn in its label;</item>
/// <item>a mesh (<see cref="IsMesh"/>): the same units as tails and heads, between every two nodes of different units;</item>
/// <item>a bundle: several tails or heads, drawn as lines that meet at a junction carrying the label.</item>
/// </list>
/// </summary>
/// <param name="Id">The element id in DOT and SVG (<c>e7</c>).</param>
/// <param name="Tails">Where the connections start.</param>
/// <param name="Heads">Where they arrive.</param>
/// <param name="Connection">The connection of every pair the edge stands for.</param>
/// <param name="ResponseBlocked">Whether this is the TCP part whose replies are dropped (the report's <c>*</c> rows).</param>
/// <param name="BothWays">Whether the same connection also holds from head to tail.</param>
/// <param name="Pairs">The report rows the edge stands for, as (source, destination) pairs.</param>
public sealed record GraphEdge(
    string Id,
    ImmutableArray<GraphUnit> Tails,
    ImmutableArray<GraphUnit> Heads,
    ConnectionSet Connection,
    bool ResponseBlocked,
    bool BothWays,
    ImmutableArray<(GraphNode Source, GraphNode Destination)> Pairs)
{
    /// <summary>Whether the edge states the connections among the nodes of one cluster or group (drawn in its label).</summary>
    public bool IsWithin => Tails.Length == 1 && Heads.Length == 1 && ReferenceEquals(Tails[0], Heads[0]);

    /// <summary>Whether every node of each unit reaches every node of the other units (tails and heads are the same units).</summary>
    public bool IsMesh => Tails.Length > 1 && Tails.SequenceEqual(Heads);

    /// <summary>Whether the edge is drawn as lines meeting at a junction (several tails or heads).</summary>
    public bool IsBundle => Tails.Length > 1 || Heads.Length > 1;

    /// <summary>The connection as the text report prints it, with <c> * </c> for blocked replies.</summary>
    public string ConnectionText => ResponseBlocked ? $"{Wording.ConnectionText.Of(Connection)} * " : Wording.ConnectionText.Of(Connection);
}
