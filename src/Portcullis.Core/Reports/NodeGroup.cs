using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Reports;

/// <summary>
/// One side of a report row: a node, external blocks merged into one address list, or (with grouping) several
/// endpoints or subnets that share the same connection.
/// </summary>
/// <param name="Nodes">The nodes, never empty; external groups hold blocks of one kind only.</param>
/// <param name="QualifyWithVpc">Whether names carry their VPC (<c>vpc/name</c>), as in transit gateway sections.</param>
public sealed record NodeGroup(ImmutableArray<NetworkNode> Nodes, bool QualifyWithVpc)
{
    /// <summary>Whether the group is external address space.</summary>
    public bool IsExternal => Nodes[0].IsExternal;

    /// <summary>The kind of external space, for an external group.</summary>
    public ExternalKind? ExternalKind => Nodes[0] is ExternalNode external ? external.Kind : null;

    /// <summary>The addresses of all nodes.</summary>
    public IpAddressSet Addresses => Nodes.Aggregate(IpAddressSet.Empty, (all, n) => all.Union(n.Addresses));

    /// <summary>
    /// What the group stands for, as a value: external groups by their kind and addresses (however the blocks were
    /// cut), other groups by their set of nodes.
    /// </summary>
    public NodeGroupKey Key => IsExternal ? new NodeGroupKey(ExternalKind, Addresses, []) : new NodeGroupKey(null, default, [.. Nodes.Distinct()]);
}
