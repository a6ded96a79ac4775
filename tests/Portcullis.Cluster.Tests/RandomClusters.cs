using CsCheck;
using Portcullis.Cluster.Description;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Testing;

namespace Portcullis.Cluster.Tests;

/// <summary>
/// Random clusters on random firewalls: one to three worker zones, a shared ACL or one per subnet, random allow and
/// deny rules over the addresses and ports the requirements are about (ending, or not, in deny-all), random rules on
/// the cluster's group, the VPC default group and the master VPE's group, workers listed by the configuration or
/// placed from the description, any documentation era, and now and then an ACL or group so near its quota that the
/// fix cannot fit.
/// </summary>
internal static class RandomClusters
{
    private static readonly string[] Zones = ["us-south-1", "us-south-2", "us-south-3"];

    private static readonly string[] SubnetCidrs = ["10.10.0.0/24", "10.10.64.0/24", "10.10.128.0/24"];

    private static readonly string[] Cidrs =
        ["0.0.0.0/0", "10.0.0.0/8", "10.10.0.0/16", "10.10.0.0/24", "10.10.64.0/18", "10.10.0.10/32", "161.26.0.0/16", "166.8.0.0/14", "172.17.0.0/18", "52.0.0.0/8"];

    private static readonly ConnectionSet[] Connections =
    [
        ConnectionSet.All,
        ConnectionSet.AllIcmpTcpUdp,
        ConnectionSet.AllTcp,
        ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 30000, 32767),
        ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 443, 443),
        ConnectionSet.Ports(IpProtocols.Tcp, 443, 443, 1, 65535),
        ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 4443, 4443),
        ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 10250, 10250),
        ConnectionSet.Ports(IpProtocols.Udp, 1, 65535, 53, 53),
        ConnectionSet.Ports(IpProtocols.Udp, 1, 65535, 30000, 32767),
        ConnectionSet.IcmpOf(8, null),
    ];

    private static readonly Gen<TrafficDirection> Direction = Gen.OneOf(TrafficDirection.Inbound, TrafficDirection.Outbound);

    internal sealed record AclRuleSpec(int Acl, AclAction Action, TrafficDirection Direction, string Source, string Destination, int Connection);

    internal sealed record GroupRuleSpec(string Group, TrafficDirection Direction, string? Remote, int Connection);

    internal sealed record Scenario(
        DocumentationEra Era, int ZoneCount, bool SharedAcl, bool DenyAll, bool ListedWorkers, bool MasterVpe, bool PublicGateways, int NearQuota,
        AclRuleSpec[] AclRules, GroupRuleSpec[] GroupRules)
    {
        public override string ToString() =>
            $"{Era}, {ZoneCount} zones, shared ACL {SharedAcl}, deny-all {DenyAll}, listed workers {ListedWorkers}, VPE {MasterVpe}, near quota {NearQuota}\n"
            + string.Join("\n", AclRules.Select(r => $"  acl{r.Acl} {r.Action} {r.Direction} {r.Source} -> {r.Destination} {Connections[r.Connection]}"))
            + "\n" + string.Join("\n", GroupRules.Select(r => $"  {r.Group} {r.Direction} {r.Remote ?? "group"} {Connections[r.Connection]}"));
    }

    public static readonly Gen<Scenario> Scenarios = Gen.Select(
        Gen.OneOf(DocumentationEra.Vpc2020, DocumentationEra.AclSgMinimums, DocumentationEra.SecureByDefault),
        Gen.Int[1, 3],
        Gen.Bool,
        Gen.Bool,
        Gen.Bool,
        Gen.Bool,
        Gen.Bool,
        Gen.Int[0, 19],
        Gen.Select(Gen.Int[0, 2], Gen.OneOf(AclAction.Allow, AclAction.Allow, AclAction.Deny), Direction, Gen.OneOf(Cidrs), Gen.OneOf(Cidrs), Gen.Int[0, Connections.Length - 1],
            (acl, action, direction, source, destination, connection) => new AclRuleSpec(acl, action, direction, source, destination, connection)).Array[0, 12],
        Gen.Select(Gen.OneOf("kube-c1", "default-sg", "kube-vpegw-c1"), Direction, Gen.OneOf<string?>([.. Cidrs, null]), Gen.Int[0, Connections.Length - 1],
            (group, direction, remote, connection) => new GroupRuleSpec(group, direction, remote, connection)).Array[0, 8],
        (era, zones, shared, denyAll, listed, vpe, pgw, nearQuota, aclRules, groupRules) => new Scenario(era, zones, shared, denyAll, listed, vpe, pgw, nearQuota, aclRules, groupRules));

    public static (VpcConfiguration Configuration, ClusterDescription Description) Build(Scenario scenario)
    {
        var builder = new ConfigBuilder()
            .AddressPrefix("10.10.0.0/18", "us-south-1").AddressPrefix("10.10.64.0/18", "us-south-2").AddressPrefix("10.10.128.0/18", "us-south-3");
        var acls = Enumerable.Range(0, 3).Select(i => scenario.SharedAcl ? "cluster-acl" : $"acl-workers-{i + 1}").ToArray();
        for (var z = 0; z < scenario.ZoneCount; z++)
        {
            builder.Subnet($"workers-{z + 1}", SubnetCidrs[z], acls[z], Zones[z], publicGateway: scenario.PublicGateways);
        }

        foreach (var rule in scenario.AclRules.Where(r => r.Acl < scenario.ZoneCount))
        {
            builder.AclRule(acls[rule.Acl], rule.Action, rule.Direction, rule.Source, rule.Destination, Connections[rule.Connection]);
        }

        // One ACL in twenty is padded to within a few rules of the quota (200), so the plan cannot fit there.
        if (scenario.NearQuota == 0)
        {
            for (var i = 0; i < 196; i++)
            {
                builder.AclRule(acls[0], AclAction.Allow, TrafficDirection.Inbound, $"192.0.{i / 250}.{i % 250}/32", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22));
            }
        }

        if (scenario.DenyAll)
        {
            foreach (var acl in acls.Take(scenario.ZoneCount).Distinct())
            {
                builder.AclRule(acl, AclAction.Deny, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All, "deny-all-inbound")
                    .AclRule(acl, AclAction.Deny, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All, "deny-all-outbound");
            }
        }

        builder.DefaultGroup("default-sg").Group("kube-c1").Group("kube-vpegw-c1");
        foreach (var rule in scenario.GroupRules)
        {
            if (rule.Remote is { } cidr)
            {
                builder.GroupRule(rule.Group, rule.Direction, cidr, Connections[rule.Connection]);
            }
            else
            {
                builder.GroupRuleFromGroup(rule.Group, rule.Direction, rule.Group == "kube-c1" ? "kube-vpegw-c1" : "kube-c1", Connections[rule.Connection]);
            }
        }

        var subnets = Enumerable.Range(0, scenario.ZoneCount).Select(z => $"workers-{z + 1}").ToArray();
        if (scenario.ListedWorkers)
        {
            builder.IksCluster("c1", IksFixture.VersionOf(scenario.Era), [.. subnets.SelectMany((s, z) => new[] { (Host(z, 4), s), (Host(z, 5), s) })]);
        }

        if (scenario.MasterVpe)
        {
            builder.EndpointGateway("iks-c1", [.. Enumerable.Range(0, scenario.ZoneCount).Select(z => Host(z, 10))], "kube-vpegw-c1");
        }

        var full = IksFixture.Description(scenario.Era);
        var description = full with
        {
            Zones = [.. full.Zones.Take(scenario.ZoneCount)],
            WorkerPools = [.. full.WorkerPools.Select(p => p with { Subnets = [.. p.Subnets.Take(scenario.ZoneCount)] })],
        };
        return (builder.Build(), description);
    }

    private static string Host(int zone, int host) => $"{SubnetCidrs[zone][..SubnetCidrs[zone].LastIndexOf('.')]}.{host}";
}
