using Portcullis.Cluster.Check;
using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using static Portcullis.Cluster.Formats.Tests.Wording.WordingFixture;

namespace Portcullis.Cluster.Formats.Tests.Wording;

public sealed class FixTextTests
{
    private static readonly RuleShape Https = new("tcp", PortMin: 443, PortMax: 443);

    [Theory]
    [InlineData("tcp", 30000, 32767, null, null, null, null, "tcp 30000-32767")]
    [InlineData("tcp", 443, 443, null, null, null, null, "tcp 443")]
    [InlineData("tcp", null, null, 443, 443, null, null, "tcp src 443")]
    [InlineData("udp", 53, 53, 1024, 65535, null, null, "udp src 1024-65535 53")]
    [InlineData("icmp", null, null, null, null, 8, null, "icmp type 8")]
    [InlineData("icmp", null, null, null, null, 3, 4, "icmp type 3 code 4")]
    [InlineData("icmp_tcp_udp", null, null, null, null, null, null, "icmp_tcp_udp")]
    public void Shape_EachPart_IsWrittenInApiTerms(string protocol, int? min, int? max, int? sourceMin, int? sourceMax, int? type, int? code, string expected) =>
        Assert.Equal(expected, FixText.Shape(new RuleShape(protocol, min, max, sourceMin, sourceMax, type, code)));

    [Fact]
    public void Summary_AclRule_SaysWhereItGoes()
    {
        var deny = Acl.Rules[0];
        var inbound = new NetworkAclRule("planned-1", "pc-x-in-1", AclAction.Allow, TrafficDirection.Inbound, IpPrefix.Parse("10.0.0.0/8"), IpPrefix.AllIPv4,
            RuleProtocol.FromApiName("tcp"), Https.Connection, 0);
        var outbound = inbound with { Direction = TrafficDirection.Outbound, Source = IpPrefix.AllIPv4, Destination = IpPrefix.Parse("10.0.0.0/8") };

        Assert.Equal("network ACL acl-1: allow inbound tcp 443 from 10.0.0.0/8 before deny-ssh", FixText.Summary(new AclRuleAddition(["x"], Https, Acl, inbound, deny)));
        Assert.Equal("network ACL acl-1: allow outbound tcp 443 to 10.0.0.0/8 at the end", FixText.Summary(new AclRuleAddition(["x"], Https, Acl, outbound, null)));
    }

    [Fact]
    public void Summary_GroupRule_NamesTheRemoteBlockOrGroup()
    {
        var toBlock = new SecurityGroupRule("planned-2", "pc-x-out-1", TrafficDirection.Outbound, new CidrRemote(IpPrefix.Parse("161.26.0.0/16")), default,
            RuleProtocol.FromApiName("tcp"), Https.Connection, 1);
        var fromGroup = toBlock with { Direction = TrafficDirection.Inbound, Remote = new SecurityGroupRemote("r006-vpe", "kube-vpegw-c1") };

        Assert.Equal("security group sg-1: allow outbound tcp 443 to 161.26.0.0/16", FixText.Summary(new SecurityGroupRuleAddition(["x"], Https, NodePortGroup, toBlock)));
        Assert.Equal("security group sg-1: allow inbound tcp 443 from kube-vpegw-c1", FixText.Summary(new SecurityGroupRuleAddition(["x"], Https, NodePortGroup, fromGroup)));
    }

    [Fact]
    public void Problem_EndpointWithoutGroup_SaysWhatToDoInstead() =>
        Assert.Equal("bare[10.10.0.5] has no security group to add rules to; IKS cannot attach a group to a worker after creation: "
            + "recreate the worker pool with --security-group, or open the traffic on the VPC default group", FixText.Problem(new NoGroupForRules(Bare)));

    [Fact]
    public void Problem_QuotaExceeded_CountsTheRulesAndSuggestsEachAggregation()
    {
        var workerSubnets = Addresses("10.10.0.0/24", "10.10.64.0/24", "10.10.128.0/24");
        var problem = new RuleQuotaExceeded(QuotaUsage.Of(Acl) with { Used = 210 }, 12,
        [
            new SuggestedAggregation(TrafficDirection.Inbound, Https, IpPrefix.Parse("10.10.0.0/16"), workerSubnets),
            new SuggestedAggregation(TrafficDirection.Outbound, new RuleShape("tcp", SourcePortMin: 443, SourcePortMax: 443), IpPrefix.Parse("10.10.0.0/16"), workerSubnets),
        ]);

        Assert.Equal("network ACL acl-1 would need 12 more rules (210 in all, quota 200), which the API rejects; none are planned for it. Aggregate instead: "
            + "one inbound tcp 443 rule from 10.10.0.0/16 in place of 3 blocks (10.10.0.0/24,10.10.64.0/24,10.10.128.0/24), if the wider block is acceptable; "
            + "one outbound tcp src 443 rule to 10.10.0.0/16 in place of 3 blocks (10.10.0.0/24,10.10.64.0/24,10.10.128.0/24), if the wider block is acceptable",
            FixText.Problem(problem));
    }
}
