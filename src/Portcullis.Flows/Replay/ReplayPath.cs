using Portcullis.Core.Topology;

namespace Portcullis.Flows.Replay;

/// <summary>The firewalls on a vNIC's side of every connection: its subnet's ACL, its security groups, and its subnet's bounds.</summary>
internal sealed class ReplayPath(int id, Endpoint endpoint, uint subnetFirst, uint subnetLast, Lane<AclLane> aclInbound, Lane<AclLane> aclOutbound,
    Lane<GroupLane>[] groupsInbound, Lane<GroupLane>[] groupsOutbound)
{
    public int Id { get; } = id;

    /// <summary>The vNIC's endpoint (its subnet's ACL and its security groups are the path's tables).</summary>
    public Endpoint Endpoint { get; } = endpoint;

    public uint Address { get; } = endpoint.Address.IPv4Value;

    public uint SubnetFirst { get; } = subnetFirst;

    public uint SubnetLast { get; } = subnetLast;

    public Lane<AclLane> AclInbound { get; } = aclInbound;

    public Lane<AclLane> AclOutbound { get; } = aclOutbound;

    /// <summary>The inbound lanes of the endpoint's groups (none: the groups allow nothing).</summary>
    public Lane<GroupLane>[] GroupsInbound { get; } = groupsInbound;

    /// <summary>The outbound lanes of the endpoint's groups.</summary>
    public Lane<GroupLane>[] GroupsOutbound { get; } = groupsOutbound;

    /// <summary>Whether an address is outside the subnet, so that traffic to or from it crosses the ACL.</summary>
    public bool CrossesAcl(uint remote) => remote < SubnetFirst || remote > SubnetLast;
}
