using System.Collections.Immutable;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Addresses;
using Portcullis.Core.Topology;

namespace Portcullis.Cluster.Check;

/// <summary>
/// One peer a requirement is checked against, as the cluster and its VPC fill the requirement's peer: a subnet,
/// an endpoint (another worker, an address of the master's VPE gateway), or blocks (the catalog's, the VPC's
/// address prefixes, the pod subnet, the control plane).
/// </summary>
/// <param name="Kind">What the requirement's peer stands for.</param>
/// <param name="Addresses">The peer's addresses.</param>
/// <param name="Blocks">The blocks, for a peer given by blocks; empty for a subnet or an endpoint.</param>
/// <param name="Subnet">The subnet, for <see cref="PeerKind.WorkerSubnets"/> and <see cref="PeerKind.VpcSubnets"/>.</param>
/// <param name="Endpoint">The endpoint, for <see cref="PeerKind.Workers"/> and <see cref="PeerKind.MasterVpe"/>.</param>
public sealed record CheckedPeer(PeerKind Kind, IpAddressSet Addresses, ImmutableArray<IpPrefix> Blocks, SubnetNode? Subnet, Endpoint? Endpoint)
{
    /// <summary>A peer given by blocks.</summary>
    public static CheckedPeer OfBlocks(PeerKind kind, ImmutableArray<IpPrefix> blocks) => new(kind, IpAddressSet.Of(blocks), blocks, null, null);

    /// <summary>A subnet.</summary>
    public static CheckedPeer OfSubnet(PeerKind kind, SubnetNode subnet)
    {
        ArgumentNullException.ThrowIfNull(subnet);
        return new(kind, subnet.Addresses, [], subnet, null);
    }

    /// <summary>An endpoint.</summary>
    public static CheckedPeer OfEndpoint(PeerKind kind, Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new(kind, endpoint.Addresses, [], null, endpoint);
    }
}
