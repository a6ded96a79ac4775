using Portcullis.Cluster.Check;
using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;

namespace Portcullis.Cluster.Tests;

public sealed class FixPlannerTests
{
    [Fact]
    public void Plan_Example_AddsPort4443BothWaysBeforeTheDenyRules()
    {
        var (configuration, description) = IksFixture.Example();

        var plan = FixPlanner.Plan(IksFixture.Check(description, configuration));

        // The three /18 prefixes aggregate exactly to 10.240.0.0/17 and 10.240.128.0/18; requests out and replies in.
        var rules = plan.Changes.Cast<AclRuleAddition>().ToList();
        Assert.Equal(4, rules.Count);
        Assert.All(rules, r => Assert.StartsWith("deny-all-", r.Before!.Name, StringComparison.Ordinal));
        Assert.Equal(
            ["inbound 10.240.0.0/17 tcp src 4443", "inbound 10.240.128.0/18 tcp src 4443", "outbound 10.240.0.0/17 tcp 4443", "outbound 10.240.128.0/18 tcp 4443"],
            rules.Select(r => $"{r.Rule.Direction.ToString().ToLowerInvariant()} {(r.Rule.Direction == TrafficDirection.Inbound ? r.Rule.Source : r.Rule.Destination)} {r.Shape}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Plan_AclAtQuota_PlansNothingForItAndProposesAggregation()
    {
        var builder = IksFixture.DenyAllBuilder();
        for (var i = 0; i < 195; i++)
        {
            builder.AclRule("cluster-acl", AclAction.Allow, TrafficDirection.Inbound, $"192.0.2.{i}/32", "0.0.0.0/0", ConnectionSet.Ports(6, 1, 65535, 22, 22));
        }

        var plan = FixPlanner.Plan(IksFixture.Check(IksFixture.Description(DocumentationEra.AclSgMinimums), builder.Build()));

        Assert.DoesNotContain(plan.Changes, c => c is AclRuleAddition a && a.Acl.Name == "cluster-acl");
        var problem = Assert.Single(plan.Problems);
        Assert.Contains("quota 200", problem);
        Assert.Contains("in place of", problem);
        Assert.Contains(plan.Changes, c => c is SecurityGroupRuleAddition);
    }

    [Fact]
    public void Plan_RulesGoBeforeAnEarlierDenyThatShadowsThem()
    {
        // A deny for 10.10.0.0/16 sits above the allow-all: the node-port rule must go before it, not at the end.
        var builder = IksFixture.DenyAllBuilder();
        var configuration = builder.Build();
        var acl = configuration.NetworkAcls.Single(a => a.Id == "cluster-acl");
        var shadow = new NetworkAclRule("shadow", "deny-internal", AclAction.Deny, TrafficDirection.Inbound, Portcullis.Core.Addresses.IpPrefix.Parse("10.10.0.0/16"), Portcullis.Core.Addresses.IpPrefix.AllIPv4,
            RuleProtocol.FromApiName("any"), ConnectionSet.All, 1);
        var allow = new NetworkAclRule("allow", "allow-all-in", AclAction.Allow, TrafficDirection.Inbound, Portcullis.Core.Addresses.IpPrefix.AllIPv4, Portcullis.Core.Addresses.IpPrefix.AllIPv4,
            RuleProtocol.FromApiName("any"), ConnectionSet.All, 2);
        var rules = acl.Rules.Where(r => r.Direction == TrafficDirection.Outbound).Prepend(allow).Prepend(shadow);
        var shadowed = configuration with { NetworkAcls = [.. configuration.NetworkAcls.Select(a => a == acl ? a with { Rules = [.. rules] } : a)] };
        var description = IksFixture.Description(DocumentationEra.AclSgMinimums);

        var plan = FixPlanner.Plan(IksFixture.Check(description, shadowed));
        var recheck = IksFixture.Check(description, FixApplier.Apply(shadowed, plan));

        Assert.Contains(plan.Changes, c => c is AclRuleAddition { Rule.Direction: TrafficDirection.Inbound } a && a.Before?.Id == "shadow");
        Assert.All(recheck.Results, r => Assert.Equal(RequirementStatus.Open, r.Status));
    }

    [Theory]
    [InlineData("tcp 30000-32767", true)]
    [InlineData("icmp_tcp_udp", true)]
    [InlineData("protocol: TCP src-ports: 443 dst-ports: 1-21,23-65535", true)]
    [InlineData("protocol: ICMP icmp-type: 8; protocol: UDP dst-ports: 53", false)]
    [InlineData("All Connections", true)]
    public void RuleShapeOf_UnionOfShapes_IsTheConnection(string text, bool sourcePorts)
    {
        var connection = text switch
        {
            "tcp 30000-32767" => ConnectionSet.Ports(6, 1, 65535, 30000, 32767),
            "icmp_tcp_udp" => ConnectionSet.AllIcmpTcpUdp,
            _ => ConnectionSet.Parse(text),
        };

        var shapes = RuleShape.Of(connection, sourcePorts);

        Assert.Equal(connection, shapes.Aggregate(ConnectionSet.None, (all, s) => all.Union(s.Connection)));
    }
}
