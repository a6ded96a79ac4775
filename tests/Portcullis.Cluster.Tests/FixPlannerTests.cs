using Portcullis.Cluster.Check;
using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Formats.Wording;

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
        var replies = new RuleShape("tcp", SourcePortMin: 4443, SourcePortMax: 4443);
        var requests = new RuleShape("tcp", PortMin: 4443, PortMax: 4443);
        Assert.Equal(
            [
                (TrafficDirection.Inbound, "10.240.0.0/17", replies), (TrafficDirection.Inbound, "10.240.128.0/18", replies),
                (TrafficDirection.Outbound, "10.240.0.0/17", requests), (TrafficDirection.Outbound, "10.240.128.0/18", requests),
            ],
            rules.Select(r => (r.Rule.Direction, (r.Rule.Direction == TrafficDirection.Inbound ? r.Rule.Source : r.Rule.Destination).ToString(), r.Shape))
                .OrderBy(r => r.Direction).ThenBy(r => r.Item2, StringComparer.Ordinal));
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
        var problem = Assert.IsType<RuleQuotaExceeded>(Assert.Single(plan.Problems));
        Assert.Equal((QuotaKind.AclRules, "cluster-acl", VpcQuotas.RulesPerAcl), (problem.Usage.Kind, problem.Usage.Acl!.Name, problem.Usage.Limit));
        // The ACL has its two deny rules and the 195 above; the plan would have added the rest.
        Assert.Equal(197 + problem.Added, problem.Usage.Used);
        Assert.True(problem.Usage.Used > VpcQuotas.RulesPerAcl);
        Assert.NotEmpty(problem.Aggregations);
        Assert.All(problem.Aggregations, a => Assert.True(a.Remotes.IsSubsetOf(a.Supernet.ToAddressSet())));
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
            _ => ConnectionText.Parse(text),
        };

        var shapes = RuleShape.Of(connection, sourcePorts);

        Assert.Equal(connection, shapes.Aggregate(ConnectionSet.None, (all, s) => all.Union(s.Connection)));
    }
}
