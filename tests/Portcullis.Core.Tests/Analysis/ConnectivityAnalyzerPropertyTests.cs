using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Testing;

namespace Portcullis.Core.Tests.Analysis;

/// <summary>
/// The engine against <see cref="NaiveConnectivity"/> on random small VPCs: random ordered ACLs (allow and deny,
/// overlapping CIDRs, ports both ways), random groups (CIDR, address, local and group remotes), shared ACLs,
/// floating IPs and public gateways. Every endpoint pair and every external block must agree exactly.
/// </summary>
public sealed class ConnectivityAnalyzerPropertyTests
{
    private static readonly string[] Cidrs =
        ["0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/24", "10.0.0.0/26", "10.0.0.64/26", "10.0.1.0/26", "10.0.0.4/32", "10.0.0.68/31", "10.0.1.0/25", "8.8.8.0/24", "161.26.0.0/16", "142.0.0.0/7"];

    private static readonly ConnectionSet[] Connections =
    [
        ConnectionSet.All,
        ConnectionSet.AllIcmpTcpUdp,
        ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22),
        ConnectionSet.Ports(IpProtocols.Tcp, 22, 22, 1, 65535),
        ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 20, 30),
        ConnectionSet.Ports(IpProtocols.Tcp, 1000, 2000, 1, 65535),
        ConnectionSet.Ports(IpProtocols.Udp, 1, 65535, 53, 53),
        ConnectionSet.IcmpOf(8, null),
        ConnectionSet.AllTcp,
        ConnectionSet.Protocol(IpProtocols.Gre),
    ];

    private static readonly string[] Groups = ["g1", "g2", "g3"];

    private sealed record AclRuleSpec(string Acl, AclAction Action, TrafficDirection Direction, string Source, string Destination, int Connection);

    private sealed record GroupRuleSpec(string Group, TrafficDirection Direction, string? RemoteCidr, string? RemoteGroup, int Connection, string? Local);

    private sealed record EndpointSpec(int Subnet, int Host, string[] Groups, bool FloatingIp);

    private sealed record Scenario(bool SharedAcl, bool PublicGateway, AclRuleSpec[] AclRules, GroupRuleSpec[] GroupRules, EndpointSpec[] Endpoints);

    private static readonly Gen<TrafficDirection> Direction = Gen.OneOf(TrafficDirection.Inbound, TrafficDirection.Outbound);

    private static readonly Gen<Scenario> Scenarios = Gen.Select(
        Gen.Bool,
        Gen.Bool,
        Gen.Select(Gen.OneOf("acl-a", "acl-b", "acl-c"), Gen.OneOf(AclAction.Allow, AclAction.Allow, AclAction.Deny), Direction, Gen.OneOf(Cidrs), Gen.OneOf(Cidrs), Gen.Int[0, Connections.Length - 1],
            (acl, action, direction, source, destination, connection) => new AclRuleSpec(acl, action, direction, source, destination, connection)).Array[0, 14],
        Gen.Select(Gen.OneOf(Groups), Direction, Gen.OneOf<string?>([.. Cidrs, null]), Gen.OneOf(Groups), Gen.Int[0, Connections.Length - 1], Gen.OneOf<string?>(null, null, null, "10.0.0.4/32", "10.0.0.64/26"),
            (group, direction, cidr, remoteGroup, connection, local) => new GroupRuleSpec(group, direction, cidr, cidr is null ? remoteGroup : null, connection, local)).Array[0, 10],
        Gen.Select(Gen.Int[0, 2], Gen.Int[4, 7], Gen.OneOf(Groups).Array[0, 2], Gen.Bool,
            (subnet, host, groups, fip) => new EndpointSpec(subnet, host, [.. groups.Distinct()], fip)).Array[2, 6],
        (shared, pgw, aclRules, groupRules, endpoints) => new Scenario(shared, pgw, aclRules, groupRules, endpoints));

    private static readonly string[] SubnetCidrs = ["10.0.0.0/26", "10.0.0.64/26", "10.0.1.0/26"];

    [Fact]
    public void Evaluate_AgreesWithNaiveSemantics_OnRandomVpcs()
    {
        Scenarios.Sample(scenario =>
        {
            var (config, members) = Build(scenario);
            var topology = NetworkTopology.Build(config, TopologyFilter.None, new DiagnosticBag())!;
            var analyzer = new ConnectivityAnalyzer(topology);
            var naive = new NaiveConnectivity(config);
            var endpoints = topology.Endpoints.ToDictionary(e => e.Address);
            var report = analyzer.AnalyzeEndpoints().Sections.SelectMany(s => s.Lines)
                .Where(l => l.Source is Endpoint && l.Destination is Endpoint)
                .ToDictionary(l => (((Endpoint)l.Source).Address, ((Endpoint)l.Destination).Address));
            foreach (var a in members)
            {
                foreach (var b in members.Where(m => m.Address != a.Address))
                {
                    var expected = naive.Between(a, b);
                    var actual = analyzer.Evaluate(endpoints[a.Address], endpoints[b.Address]);
                    Assert.True(expected.Connection.Equals(actual.Connection), $"{a.Address} => {b.Address}: expected {expected.Connection}, got {actual.Connection}");
                    Assert.True(expected.Blocked.Equals(actual.ResponseBlocked), $"{a.Address} => {b.Address} replies: expected {expected.Blocked}, got {actual.ResponseBlocked}");
                    Assert.Equal(naive.Reply(a, b), analyzer.ReplyPath(endpoints[a.Address], endpoints[b.Address]));

                    // The report is computed on classes; it must say the same as the pair-by-pair answer.
                    var line = report.GetValueOrDefault((a.Address, b.Address));
                    Assert.Equal(expected.Connection, line?.Connection ?? ConnectionSet.None);
                    Assert.Equal(expected.Blocked, line?.ResponseBlocked ?? ConnectionSet.None);
                }

                foreach (var block in topology.Vpcs[0].ExternalBlocks)
                {
                    var service = block.Kind == ExternalKind.ServiceNetwork;
                    foreach (var address in new[] { block.First, block.Last })
                    {
                        // Every address of a block must get the block's answer.
                        var outExpected = naive.ToExternal(a, address, service);
                        var outActual = analyzer.Evaluate(endpoints[a.Address], block);
                        Assert.True(outExpected.Connection.Equals(outActual.Connection), $"{a.Address} => {address}: expected {outExpected.Connection}, got {outActual.Connection}");
                        Assert.Equal(outExpected.Blocked, outActual.ResponseBlocked);
                        Assert.Equal(naive.ReplyFrom(address, a), analyzer.ReplyPath(endpoints[a.Address], block));
                        var inExpected = naive.FromExternal(address, a, service);
                        var inActual = analyzer.Evaluate(block, endpoints[a.Address]);
                        Assert.True(inExpected.Connection.Equals(inActual.Connection), $"{address} => {a.Address}: expected {inExpected.Connection}, got {inActual.Connection}");
                        Assert.Equal(inExpected.Blocked, inActual.ResponseBlocked);
                        Assert.Equal(naive.ReplyTo(a, address), analyzer.ReplyPath(block, endpoints[a.Address]));
                    }
                }
            }
        }, iter: 300);
    }

    private static (VpcConfiguration Config, List<NaiveConnectivity.Member> Members) Build(Scenario scenario)
    {
        var builder = new ConfigBuilder();
        var acls = new[] { "acl-a", "acl-b", scenario.SharedAcl ? "acl-a" : "acl-c" };
        for (var s = 0; s < 3; s++)
        {
            builder.Subnet($"s{s}", SubnetCidrs[s], acls[s], publicGateway: scenario.PublicGateway && s == 0);
        }

        builder.Group("g1").Group("g2").Group("g3");
        foreach (var rule in scenario.AclRules)
        {
            builder.AclRule(rule.Acl, rule.Action, rule.Direction, rule.Source, rule.Destination, Connections[rule.Connection]);
        }

        foreach (var rule in scenario.GroupRules)
        {
            if (rule.RemoteCidr is { } cidr)
            {
                builder.GroupRule(rule.Group, rule.Direction, cidr, Connections[rule.Connection], rule.Local);
            }
            else
            {
                builder.GroupRuleFromGroup(rule.Group, rule.Direction, rule.RemoteGroup!, Connections[rule.Connection]);
            }
        }

        var members = new List<NaiveConnectivity.Member>();
        var used = new HashSet<string>();
        foreach (var endpoint in scenario.Endpoints)
        {
            var subnet = IpPrefix.Parse(SubnetCidrs[endpoint.Subnet]);
            var address = new IpAddress(subnet.First.Value + (UInt128)endpoint.Host);
            if (!used.Add(address.ToString()))
            {
                continue;
            }

            var name = $"vsi{members.Count}";
            builder.Instance(name, $"s{endpoint.Subnet}", address.ToString(), endpoint.Groups);
            if (endpoint.FloatingIp)
            {
                builder.FloatingIp(name, $"52.0.0.{members.Count + 10}");
            }

            members.Add(new NaiveConnectivity.Member(address, $"s{endpoint.Subnet}", endpoint.Groups, endpoint.FloatingIp, scenario.PublicGateway && endpoint.Subnet == 0 && !endpoint.FloatingIp));
        }

        return (builder.Build(), members);
    }
}
