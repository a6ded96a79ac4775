using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Tests.Analysis;

/// <summary>
/// The semantics written as plainly as possible, rule by rule for one pair of addresses: the reference the
/// optimised engine (maps, classes, caches) is checked against. Shares only the connection-set algebra, which has
/// its own tests.
/// </summary>
internal sealed class NaiveConnectivity(VpcConfiguration config)
{
    public sealed record Member(IpAddress Address, string SubnetId, string[] Groups, bool HasFloatingIp, bool BehindPublicGateway);

    public (ConnectionSet Connection, ConnectionSet Blocked) Between(Member a, Member b)
    {
        var outbound = Groups(a, TrafficDirection.Outbound, b.Address);
        var inbound = Groups(b, TrafficDirection.Inbound, a.Address);
        if (a.SubnetId == b.SubnetId)
        {
            return (outbound.Intersect(inbound), ConnectionSet.None);
        }

        var connection = FirstMatch(Acl(a.SubnetId), TrafficDirection.Outbound, a.Address, b.Address)
            .Intersect(outbound)
            .Intersect(FirstMatch(Acl(b.SubnetId), TrafficDirection.Inbound, a.Address, b.Address))
            .Intersect(inbound);
        var reply = FirstMatch(Acl(b.SubnetId), TrafficDirection.Outbound, b.Address, a.Address)
            .Intersect(FirstMatch(Acl(a.SubnetId), TrafficDirection.Inbound, b.Address, a.Address));
        return (connection, Blocked(connection, reply));
    }

    public (ConnectionSet Connection, ConnectionSet Blocked) ToExternal(Member a, IpAddress external, bool serviceNetwork)
    {
        if (!(serviceNetwork || a.HasFloatingIp || a.BehindPublicGateway))
        {
            return (ConnectionSet.None, ConnectionSet.None);
        }

        var connection = FirstMatch(Acl(a.SubnetId), TrafficDirection.Outbound, a.Address, external).Intersect(Groups(a, TrafficDirection.Outbound, external));
        return (connection, Blocked(connection, FirstMatch(Acl(a.SubnetId), TrafficDirection.Inbound, external, a.Address)));
    }

    public (ConnectionSet Connection, ConnectionSet Blocked) FromExternal(IpAddress external, Member b, bool serviceNetwork)
    {
        if (!(serviceNetwork || b.HasFloatingIp))
        {
            return (ConnectionSet.None, ConnectionSet.None);
        }

        var connection = FirstMatch(Acl(b.SubnetId), TrafficDirection.Inbound, external, b.Address).Intersect(Groups(b, TrafficDirection.Inbound, external));
        return (connection, Blocked(connection, FirstMatch(Acl(b.SubnetId), TrafficDirection.Outbound, b.Address, external)));
    }

    /// <summary>What the ACLs let back from <paramref name="b"/> to <paramref name="a"/> (nothing filters inside a subnet).</summary>
    public ConnectionSet Reply(Member a, Member b) => a.SubnetId == b.SubnetId
        ? ConnectionSet.All
        : FirstMatch(Acl(b.SubnetId), TrafficDirection.Outbound, b.Address, a.Address).Intersect(FirstMatch(Acl(a.SubnetId), TrafficDirection.Inbound, b.Address, a.Address));

    /// <summary>What <paramref name="a"/>'s ACL lets back from an external address it sent to.</summary>
    public ConnectionSet ReplyFrom(IpAddress external, Member a) => FirstMatch(Acl(a.SubnetId), TrafficDirection.Inbound, external, a.Address);

    /// <summary>What <paramref name="b"/>'s ACL lets back out to an external address that sent to it.</summary>
    public ConnectionSet ReplyTo(Member b, IpAddress external) => FirstMatch(Acl(b.SubnetId), TrafficDirection.Outbound, b.Address, external);

    // A TCP request with ports (s, d) is answered when the reply (d, s) passes: blocked is what has no such reply.
    private static ConnectionSet Blocked(ConnectionSet connection, ConnectionSet reply) =>
        Swap(reply).Intersect(ConnectionSet.AllTcp) is var answered ? connection.Intersect(ConnectionSet.AllTcp).Except(answered) : ConnectionSet.None;

    private static ConnectionSet Swap(ConnectionSet tcp)
    {
        var swapped = ConnectionSet.None;
        foreach (var part in tcp.Tcp.Parts)
        {
            swapped = swapped.Union(ConnectionSet.Ports(IpProtocols.Tcp, part.Second, part.First));
        }

        return swapped;
    }

    private NetworkAcl Acl(string subnetId) => config.NetworkAcls.Single(a => a.Id == config.Subnets.Single(s => s.Id == subnetId).NetworkAclId);

    private static ConnectionSet FirstMatch(NetworkAcl acl, TrafficDirection direction, IpAddress source, IpAddress destination)
    {
        var remaining = ConnectionSet.All;
        var allowed = ConnectionSet.None;
        foreach (var rule in acl.Rules.Where(r => r.Direction == direction && r.Source.Contains(source) && r.Destination.Contains(destination)))
        {
            var claimed = remaining.Intersect(rule.Connection);
            if (rule.Action == AclAction.Allow)
            {
                allowed = allowed.Union(claimed);
            }

            remaining = remaining.Except(claimed);
        }

        return allowed;
    }

    private ConnectionSet Groups(Member member, TrafficDirection direction, IpAddress remote)
    {
        var allowed = ConnectionSet.None;
        foreach (var group in config.SecurityGroups.Where(g => member.Groups.Contains(g.Id)))
        {
            foreach (var rule in group.Rules.Where(r => r.Direction == direction && (r.Local.IsDefault || r.Local.Contains(member.Address))))
            {
                var matches = rule.Remote switch
                {
                    CidrRemote cidr => cidr.Prefix.Contains(remote),
                    SecurityGroupRemote other => Members(other.SecurityGroupId).Contains(remote),
                    _ => false,
                };
                if (matches)
                {
                    allowed = allowed.Union(rule.Connection);
                }
            }
        }

        return allowed;
    }

    private HashSet<IpAddress> Members(string groupId) =>
        [.. config.Instances.SelectMany(i => i.Interfaces).Where(n => n.SecurityGroupIds.Contains(groupId)).Select(n => n.Address)];
}
