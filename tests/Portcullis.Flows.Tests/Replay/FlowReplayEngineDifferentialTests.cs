using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Flows.Classification;
using Portcullis.Flows.Replay;
using Portcullis.Formats.IbmVpc;
using Portcullis.Testing;

namespace Portcullis.Flows.Tests.Replay;

/// <summary>
/// The replay's compiled per-packet decisions against the sets engine: for random records at random vNICs, the
/// rules <see cref="RuleAttribution"/> finds over exact connection sets must decide the record the same way.
/// </summary>
public sealed class FlowReplayEngineDifferentialTests
{
    private static readonly int[] Ports = [1, 22, 53, 80, 443, 1023, 1024, 5432, 8080, 30000, 30080, 32767, 40000, 65535];

    [Fact]
    public void Decisions_OnTheIksExample_AgreeWithTheSetsEngine() => Check(IksTopology(), iterations: 4_000, outcomesExpected: 3);

    [Fact]
    public void Decisions_OnAConfigWithGroupRemotesLocalsAndPortRules_AgreeWithTheSetsEngine() => Check(RichTopology(), iterations: 4_000, outcomesExpected: 4);

    [Fact]
    public void Decisions_WithGroupRemotesTooLargeToClassify_AgreeWithTheSetsEngine() => Check(FleetTopology(), iterations: 4_000, outcomesExpected: 3);

    private static void Check(NetworkTopology topology, int iterations, int outcomesExpected)
    {
        var engine = FlowReplayEngine.Build(topology);
        var outcomes = new HashSet<(bool Request, bool Reply)>();
        var endpoints = topology.Endpoints.ToArray();
        var remotes = endpoints.Select(e => e.Address.IPv4Value)
            .Concat([0xC0000207u, 0x08080808u, 0xA11A000Au, 0x0A000163u, 0x0A00FF01u, 0x91280C05u])
            .ToArray();
        Gen.Select(Gen.Int[0, endpoints.Length - 1], Gen.OneOf(remotes), Gen.OneOf(TrafficDirection.Inbound, TrafficDirection.Outbound),
                Gen.OneOf(IpProtocols.Tcp, IpProtocols.Udp), Gen.OneOf(Ports), Gen.OneOf(Ports), Gen.Bool, Gen.Bool)
            .Sample((e, remote, direction, protocol, localPort, remotePort, accepted, replied) =>
            {
                var endpoint = endpoints[e];
                var local = endpoint.Address.IPv4Value;
                var key = direction == TrafficDirection.Outbound
                    ? new FlowKey(local, remote, (byte)protocol, (ushort)localPort, (ushort)remotePort)
                    : new FlowKey(remote, local, (byte)protocol, (ushort)remotePort, (ushort)localPort);
                var (request, reply) = Reference(endpoint, direction, key);
                outcomes.Add((request, reply));
                var record = new FlowRecord(key, direction, accepted ? FlowAction.Accepted : FlowAction.Rejected, replied);

                Assert.Equal(request, engine.Allows(endpoint.Id, direction, key, out var repliesAllowed));
                Assert.Equal(reply, repliesAllowed);
                var tally = engine.CreateTally();
                engine.Replay(endpoint.Id, [record], tally);
                var change = engine.Report(tally).Changes.SingleOrDefault();
                var expected = accepted ? !request || (replied && !reply) ? ChangeKind.NowRejected : (ChangeKind?)null
                    : request ? ChangeKind.NowAccepted : null;
                Assert.Equal(expected, change?.Kind);
            }, iter: iterations, threads: 1);

        // The sample must have met the outcomes the configuration can give (request and reply each allowed or not;
        // the example's ACLs are symmetric, so none of its requests passes with its replies dropped).
        Assert.Equal(outcomesExpected, outcomes.Count);
    }

    // The sets engine's verdict on one packet at the endpoint's side: its groups, and its subnet's ACL for a peer
    // outside the subnet; the replies (ports exchanged) through the ACL's other direction.
    private static (bool Request, bool Reply) Reference(Endpoint endpoint, TrafficDirection direction, FlowKey key)
    {
        var outbound = direction == TrafficDirection.Outbound;
        var peer = IpAddress.FromIPv4(outbound ? key.Destination : key.Source);
        var query = ConnectionSet.Ports(key.Protocol, key.SourcePort, key.SourcePort, key.DestinationPort, key.DestinationPort);
        var peerSet = IpAddressSet.Single(peer);
        var groups = RuleAttribution.Groups(endpoint.Vpc, endpoint.SecurityGroups, direction, endpoint.Address, peerSet, query);
        var groupsAllow = groups.Any(g => query.IsSubsetOf(g.Allowed));
        if (endpoint.Subnet.Subnet.Cidr.Contains(peer))
        {
            return (groupsAllow, true);
        }

        var acl = endpoint.Subnet.Acl;
        var reverse = outbound ? TrafficDirection.Inbound : TrafficDirection.Outbound;
        var request = query.IsSubsetOf(RuleAttribution.Acl(endpoint.Vpc, acl, direction, endpoint.Address, peerSet, query).Allowed);
        var reply = query.SwapPorts().IsSubsetOf(RuleAttribution.Acl(endpoint.Vpc, acl, reverse, endpoint.Address, peerSet, query.SwapPorts()).Allowed);
        return (groupsAllow && request, reply);
    }

    private static NetworkTopology IksTopology()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(RepositoryPaths.IksExample, diagnostics, out var configuration));
        return NetworkTopology.Build(configuration, TopologyFilter.None, diagnostics)!;
    }

    // Two subnets share an ACL with ordered allow/deny rules on ports and source ports; groups name other groups,
    // carry a local block, and an endpoint holds two groups while another holds none.
    private static NetworkTopology RichTopology()
    {
        var web = ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 80, 443);
        var config = new ConfigBuilder()
            .Subnet("front", "10.0.1.0/24", acl: "acl-shared")
            .Subnet("back", "10.0.2.0/24", acl: "acl-shared")
            .Subnet("data", "10.0.255.0/24")
            .AclRule("acl-shared", AclAction.Deny, TrafficDirection.Inbound, "8.8.8.0/24", "0.0.0.0/0", ConnectionSet.All)
            .AclRule("acl-shared", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "10.0.1.0/24", web)
            .AclRule("acl-shared", AclAction.Allow, TrafficDirection.Inbound, "10.0.0.0/16", "0.0.0.0/0", ConnectionSet.AllTcp)
            .AclRule("acl-shared", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 443, 443, 1024, 65535))
            .AclRule("acl-shared", AclAction.Allow, TrafficDirection.Inbound, "161.26.0.0/16", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Udp, 53, 53, 1, 65535))
            .AclRule("acl-shared", AclAction.Deny, TrafficDirection.Outbound, "10.0.2.0/24", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22))
            .AclRule("acl-shared", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.AllIcmpTcpUdp)
            .AllowAll("acl-data")
            .GroupRule("sg-front", TrafficDirection.Inbound, "0.0.0.0/0", web)
            .GroupRuleFromGroup("sg-front", TrafficDirection.Inbound, "sg-back", ConnectionSet.AllTcp)
            .GroupRule("sg-front", TrafficDirection.Outbound, "10.0.0.0/8", ConnectionSet.AllTcp)
            .GroupRule("sg-front", TrafficDirection.Outbound, "161.26.0.0/16", ConnectionSet.Ports(IpProtocols.Udp, 1, 65535, 53, 53))
            .GroupRuleFromGroup("sg-back", TrafficDirection.Inbound, "sg-front", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 5432, 5432))
            .GroupRule("sg-back", TrafficDirection.Inbound, "10.0.0.0/16", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22), local: "10.0.2.5/32")
            .GroupRule("sg-back", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.All)
            .GroupRule("sg-admin", TrafficDirection.Inbound, "145.40.0.0/16", ConnectionSet.AllTcp)
            .GroupRule("sg-admin", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Udp, 1, 65535, 1, 1024))
            .Instance("web1", "front", "10.0.1.4", "sg-front")
            .Instance("web2", "front", "10.0.1.5", "sg-front", "sg-admin")
            .Instance("db1", "back", "10.0.2.4", "sg-back")
            .Instance("db2", "back", "10.0.2.5", "sg-back", "sg-admin")
            .Instance("orphan", "data", "10.0.255.4");
        return NetworkTopology.Build(config.Build(), TopologyFilter.None, new DiagnosticBag())!;
    }

    // Groups whose members are scattered over two subnets (a dozen blocks), named as remotes in both directions and
    // with a local block, beside endpoints of other groups in the same subnets: the replay checks such a remote's
    // members after the classifier matched, instead of classifying each member block.
    private static NetworkTopology FleetTopology()
    {
        var config = new ConfigBuilder()
            .Subnet("fleet-a", "10.1.1.0/24", acl: "acl-fleet")
            .Subnet("fleet-b", "10.1.2.0/24", acl: "acl-fleet")
            .AclRule("acl-fleet", AclAction.Allow, TrafficDirection.Inbound, "10.1.0.0/16", "0.0.0.0/0", ConnectionSet.AllIcmpTcpUdp)
            .AclRule("acl-fleet", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 443, 443))
            .AclRule("acl-fleet", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "10.1.0.0/16", ConnectionSet.AllIcmpTcpUdp)
            .AclRule("acl-fleet", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 443, 443, 1, 65535))
            .GroupRuleFromGroup("sg-workers", TrafficDirection.Inbound, "sg-workers", ConnectionSet.All)
            .GroupRuleFromGroup("sg-workers", TrafficDirection.Inbound, "sg-ingress", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 30000, 32767))
            .GroupRuleFromGroup("sg-workers", TrafficDirection.Outbound, "sg-workers", ConnectionSet.AllTcp)
            .GroupRule("sg-workers", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 443, 443))
            .GroupRule("sg-ingress", TrafficDirection.Inbound, "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 443, 443))
            .GroupRuleFromGroup("sg-ingress", TrafficDirection.Outbound, "sg-workers", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 30000, 32767))
            .GroupRuleFromGroup("sg-db", TrafficDirection.Inbound, "sg-workers", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 5432, 5432), local: "10.1.2.0/25");
        for (var i = 0; i < 12; i++)
        {
            var subnet = i % 2 == 0 ? "fleet-a" : "fleet-b";
            var third = i % 2 == 0 ? 1 : 2;
            config.Instance($"worker{i}", subnet, $"10.1.{third}.{10 + (i * 4)}", "sg-workers");
            config.Instance($"other{i}", subnet, $"10.1.{third}.{12 + (i * 4)}", i % 3 == 0 ? "sg-ingress" : "sg-db");
        }

        return NetworkTopology.Build(config.Build(), TopologyFilter.None, new DiagnosticBag())!;
    }
}
