using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;

namespace Portcullis.Benchmarks.Vpc;

/// <summary>
/// A seeded generator of one large VPC shaped like a real multi-tenant one: subnets in three zones grouped into
/// tiers, ACLs of ordered allow/deny rules towards peer subnets ending in deny-all, and security groups whose rules
/// name CIDRs, addresses and other groups, so connectivity is rich but not all-to-all.
/// </summary>
public sealed class VpcGenerator(int seed)
{
    private readonly Random _random = new(seed);

    public sealed record Shape(int Subnets, int Endpoints, int Acls, int AclRules, int SecurityGroups, int GroupRules);

    /// <summary>The target: 1,000 subnets, 5,000 endpoints, 200-rule ACLs and 100-rule security groups.</summary>
    public static Shape Large { get; } = new(1000, 5000, 50, 200, 60, 100);

    public VpcConfiguration Generate(Shape shape)
    {
        var vpc = new Core.Model.Vpc("vpc-1", "crn:vpc-1", "generated-vpc", "us-south", [new AddressPrefix("all", IpPrefix.Parse("10.0.0.0/8"), null)]);
        var zones = new[] { "us-south-1", "us-south-2", "us-south-3" };

        // /26 subnets: 10.<i/4>.<(i%4)*64>.0; a "tier" is 20 consecutive subnets that ACLs and groups talk about as a /21-ish block.
        var subnetPrefixes = Enumerable.Range(0, shape.Subnets).Select(SubnetPrefix).ToArray();
        var acls = Enumerable.Range(0, shape.Acls).Select(a => GenerateAcl(a, shape, subnetPrefixes)).ToArray();
        var tier = shape.Subnets / shape.Acls;
        var subnets = Enumerable.Range(0, shape.Subnets).Select(i => new Subnet(
            $"subnet-{i}", null, $"subnet-{i}", vpc.Id, zones[i % 3], subnetPrefixes[i], acls[Math.Min(i / tier, acls.Length - 1)].Id,
            null, null, [])).ToArray();
        acls = [.. acls.Select(acl => acl with { SubnetIds = [.. subnets.Where(s => s.NetworkAclId == acl.Id).Select(s => s.Id)] })];

        var groupIds = Enumerable.Range(0, shape.SecurityGroups).Select(g => $"sg-{g}").ToArray();
        var instances = new List<Instance>();
        var membership = groupIds.ToDictionary(g => g, _ => new List<string>());
        for (var e = 0; e < shape.Endpoints; e++)
        {
            var subnetIndex = e % shape.Subnets;
            var host = (e / shape.Subnets) + 4;
            var address = new IpAddress(subnetPrefixes[subnetIndex].First.Value + (UInt128)host);

            // Endpoints of a subnet mostly share their groups (one workload per subnet), sometimes with an extra one.
            var primary = groupIds[Math.Min(subnetIndex * groupIds.Length / shape.Subnets, groupIds.Length - 1)];
            var groups = _random.NextDouble() < 0.2 ? new[] { primary, groupIds[_random.Next(groupIds.Length)] }.Distinct().ToArray() : [primary];
            var nicId = $"nic-{e}";
            foreach (var group in groups)
            {
                membership[group].Add(nicId);
            }

            instances.Add(new Instance($"vsi-{e}", null, $"vsi-{e}", vpc.Id, zones[subnetIndex % 3],
                [new NetworkInterface(nicId, $"eth0-{e}", address, subnets[subnetIndex].Id, [.. groups])]));
        }

        var securityGroups = groupIds.Select((id, g) => GenerateGroup(id, g, shape, subnetPrefixes, groupIds, membership[id])).ToArray();
        return new VpcConfiguration
        {
            Vpcs = [vpc],
            Subnets = [.. subnets],
            NetworkAcls = [.. acls],
            SecurityGroups = [.. securityGroups],
            Instances = [.. instances],
        };
    }

    private static IpPrefix SubnetPrefix(int i) => new(IpAddress.FromIPv4(10, (byte)(i / 4), (byte)(i % 4 * 64), 0), 26);

    private NetworkAcl GenerateAcl(int index, Shape shape, IpPrefix[] subnets)
    {
        var rules = ImmutableArray.CreateBuilder<NetworkAclRule>();
        foreach (var direction in new[] { TrafficDirection.Inbound, TrafficDirection.Outbound })
        {
            var count = (shape.AclRules / 2) - 1;
            for (var r = 0; r < count; r++)
            {
                // Peers are a few subnets near this ACL's own (a tier), wider blocks now and then.
                var peer = _random.NextDouble() < 0.15
                    ? new IpPrefix(subnets[_random.Next(subnets.Length)].First, _random.Next(18, 23))
                    : subnets[((index * subnets.Length / shape.Acls) + _random.Next(-30, 50) + subnets.Length) % subnets.Length];
                var action = _random.NextDouble() < 0.2 ? AclAction.Deny : AclAction.Allow;
                var (protocol, connection) = RandomConnection(acl: true);
                var (source, destination) = direction == TrafficDirection.Outbound ? (IpPrefix.AllIPv4, peer) : (peer, IpPrefix.AllIPv4);
                rules.Add(new NetworkAclRule($"acl-{index}-r{rules.Count}", $"rule-{rules.Count}", action, direction, source, destination, protocol, connection, r + 1));
            }

            rules.Add(new NetworkAclRule($"acl-{index}-deny-{direction}", $"deny-all-{direction}".ToLowerInvariant(), AclAction.Deny, direction,
                IpPrefix.AllIPv4, IpPrefix.AllIPv4, RuleProtocol.FromApiName("any"), ConnectionSet.All, count + 1));
        }

        return new NetworkAcl($"acl-{index}", null, $"acl-{index}", "vpc-1", rules.ToImmutable(), []);
    }

    private SecurityGroup GenerateGroup(string id, int index, Shape shape, IpPrefix[] subnets, string[] groups, List<string> targets)
    {
        var rules = ImmutableArray.CreateBuilder<SecurityGroupRule>();
        for (var r = 0; r < shape.GroupRules; r++)
        {
            var direction = r % 2 == 0 ? TrafficDirection.Inbound : TrafficDirection.Outbound;
            var pick = _random.NextDouble();
            RuleRemote remote = pick switch
            {
                < 0.3 => new SecurityGroupRemote(groups[(index + _random.Next(-3, 4) + groups.Length) % groups.Length], string.Empty),
                < 0.8 => new CidrRemote(subnets[((index * subnets.Length / shape.SecurityGroups) + _random.Next(-40, 60) + subnets.Length) % subnets.Length]),
                < 0.95 => new CidrRemote(new IpPrefix(subnets[_random.Next(subnets.Length)].First, _random.Next(16, 22))),
                _ => new CidrRemote(IpPrefix.Parse("161.26.0.0/16")),
            };
            var (protocol, connection) = RandomConnection(acl: false);
            rules.Add(new SecurityGroupRule($"{id}-r{r}", null, direction, remote, default, protocol, connection, r));
        }

        return new SecurityGroup(id, null, id, "vpc-1", rules.ToImmutable(), [.. targets]);
    }

    private (RuleProtocol Protocol, ConnectionSet Connection) RandomConnection(bool acl)
    {
        var pick = _random.NextDouble();
        if (pick < 0.15)
        {
            return (RuleProtocol.FromApiName("icmp_tcp_udp"), ConnectionSet.AllIcmpTcpUdp);
        }

        if (pick < 0.25)
        {
            var type = _random.NextDouble() < 0.5 ? 8 : (int?)null;
            return (RuleProtocol.FromApiName("icmp"), ConnectionSet.IcmpOf(type, null));
        }

        var tcp = pick < 0.8;
        var port = new[] { 22, 53, 80, 443, 3306, 5432, 6443, 8080, 9090, 30000 }[_random.Next(10)];
        var high = port == 30000 ? 32767 : port + (_random.NextDouble() < 0.3 ? _random.Next(1, 100) : 0);
        var number = tcp ? IpProtocols.Tcp : IpProtocols.Udp;
        var connection = acl && _random.NextDouble() < 0.3
            ? ConnectionSet.Ports(number, port, high, 1, 65535) // a reply rule: source ports
            : ConnectionSet.Ports(number, 1, 65535, port, high);
        return (RuleProtocol.FromApiName(tcp ? "tcp" : "udp"), connection);
    }
}
