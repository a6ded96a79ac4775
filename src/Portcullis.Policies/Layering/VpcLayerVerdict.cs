using Portcullis.Core.Sets;
using VpcEndpoint = Portcullis.Core.Topology.Endpoint;

namespace Portcullis.Policies.Layering;

/// <summary>
/// What the VPC firewalls decide about a connection, as the VPC sees it: the security groups of the endpoints on the
/// path and the ACLs of the subnets it crosses (routers are not considered).
/// </summary>
/// <param name="Source">The VPC endpoint the traffic leaves from (a pod's traffic leaves from its node), or <see langword="null"/> for an address outside the VPC's endpoints.</param>
/// <param name="Destination">The VPC endpoint the traffic reaches, or <see langword="null"/>.</param>
/// <param name="SecurityGroups">What the security groups on both sides allow together.</param>
/// <param name="Acls">What the crossed ACLs allow together, or <see langword="null"/> when the traffic crosses none (both ends in one subnet).</param>
public sealed record VpcLayerVerdict(VpcEndpoint? Source, VpcEndpoint? Destination, ConnectionSet SecurityGroups, ConnectionSet? Acls)
{
    /// <summary>What the VPC firewalls allow.</summary>
    public ConnectionSet Allowed => Acls is { } acls ? SecurityGroups.Intersect(acls) : SecurityGroups;
}
