using Portcullis.Core.Addresses;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Diff;

/// <summary>One end of a diff line: an endpoint or subnet (as one of the two configurations has it), or external addresses of one kind.</summary>
/// <param name="Node">The endpoint or subnet; null for external addresses.</param>
/// <param name="QualifyWithVpc">Whether the node is named with its VPC (when either configuration has several VPCs).</param>
/// <param name="External">For external addresses, their kind.</param>
/// <param name="Addresses">For external addresses, the addresses.</param>
public sealed record DiffSide(NetworkNode? Node, bool QualifyWithVpc = false, ExternalKind? External = null, IpAddressSet Addresses = default)
{
    /// <summary>Whether the side is external address space.</summary>
    public bool IsExternal => External is not null;
}
