using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Reports;

/// <summary>A node group as a value: the kind and addresses of external space, or the set of nodes (in any order).</summary>
/// <param name="External">The kind of external space, or <see langword="null"/> for nodes inside VPCs.</param>
/// <param name="Addresses">The external addresses.</param>
/// <param name="Nodes">The nodes inside VPCs.</param>
public readonly record struct NodeGroupKey(ExternalKind? External, IpAddressSet Addresses, ImmutableArray<NetworkNode> Nodes)
{
    /// <inheritdoc />
    public bool Equals(NodeGroupKey other) =>
        External == other.External && Addresses == other.Addresses && Nodes.Length == other.Nodes.Length && Nodes.All(other.Nodes.Contains);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = HashCode.Combine(External, Addresses);
        foreach (var node in Nodes)
        {
            hash ^= node.GetHashCode(); // order-independent
        }

        return hash;
    }
}
