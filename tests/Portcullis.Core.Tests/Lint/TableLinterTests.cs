using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Testing;

namespace Portcullis.Core.Tests.Lint;

/// <summary>
/// The syntactic linters over tables and subnets: split subnets, overlapping subnets, unattached tables, rule CIDRs
/// outside the VPC. Each on a configuration made to trigger it and on one that does not.
/// </summary>
public sealed class TableLinterTests
{
    private static ConfigBuilder TwoSubnets() => new ConfigBuilder()
        .Subnet("s1", "10.0.0.0/24", acl: "acl").Subnet("s2", "10.0.1.0/24", acl: "acl");

    [Theory]
    [InlineData("10.0.0.0/25", "0.0.0.0/0", new[] { "s1" })] // half of s1 as the source
    [InlineData("0.0.0.0/0", "10.0.0.4/32", new[] { "s1" })] // one address of s1 as the destination
    [InlineData("10.0.0.128/25", "10.0.1.0/26", new[] { "s1", "s2" })] // both, one finding listing them
    public void NaclSplitSubnet_RulePartOfASubnet_NamesTheSubnets(string source, string destination, string[] subnets)
    {
        var findings = Lints.Run<SplitSubnetFinding>("nacl-split-subnet", TwoSubnets().AclRule("acl", AclAction.Deny, TrafficDirection.Inbound, source, destination, ConnectionSet.All));

        var finding = Assert.Single(findings);
        Assert.Equal(("acl", "acl-r0"), (finding.Rule.Acl!.Name, finding.Rule.AclRule!.Id));
        Assert.Equal(subnets, finding.Subnets.Select(s => s.Name));
        Assert.Equal([finding.Rule, .. finding.Subnets.Select(s => LintSubject.Of(s, finding.Rule.Vpc!))], finding.Subjects);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void NaclSplitSubnet_NestedSubnets_AreEachChecked()
    {
        // Overlapping subnets (reported apart) must not hide one another from the split check.
        var builder = new ConfigBuilder().Subnet("wide", "10.0.0.0/16", acl: "acl").Subnet("narrow", "10.0.1.0/24", acl: "acl").Subnet("other", "10.1.0.0/24", acl: "acl")
            .AclRule("acl", AclAction.Deny, TrafficDirection.Inbound, "10.0.1.0/25", "0.0.0.0/0", ConnectionSet.All);

        var finding = Assert.Single(Lints.Run<SplitSubnetFinding>("nacl-split-subnet", builder));
        Assert.Equal(["wide", "narrow"], finding.Subnets.Select(s => s.Name));
    }

    [Theory]
    [InlineData("0.0.0.0/0", "10.0.0.0/16")] // contains every subnet
    [InlineData("10.0.1.0/24", "192.168.0.0/16")] // exactly one subnet, and nothing of the VPC
    public void NaclSplitSubnet_RuleCoveringWholeSubnets_IsNotReported(string source, string destination)
    {
        Assert.Empty(Lints.Run("nacl-split-subnet", TwoSubnets().AclRule("acl", AclAction.Allow, TrafficDirection.Outbound, source, destination, ConnectionSet.All)));
    }

    [Fact]
    public void SgSplitSubnet_RemoteGroupWithSomeAddressesOfASubnet_IsReported()
    {
        var builder = TwoSubnets().AllowAll("acl")
            .Instance("a", "s1", "10.0.0.4", "web").Instance("b", "s1", "10.0.0.5", "db")
            .GroupRuleFromGroup("db", TrafficDirection.Inbound, "web", ConnectionSet.AllTcp)
            .GroupRule("web", TrafficDirection.Inbound, "10.0.0.0/16", ConnectionSet.AllTcp, local: "0.0.0.0/0");

        var finding = Assert.Single(Lints.Run<SplitSubnetFinding>("sg-split-subnet", builder));
        Assert.Equal(LintSubjectKind.SecurityGroupRule, finding.Rule.Kind);
        Assert.Equal("db", finding.Rule.SecurityGroup!.Name);
        Assert.Equal("s1", Assert.Single(finding.Subnets).Name);
    }

    [Fact]
    public void SubnetCidrOverlap_OverlappingBlocks_OneFindingPerPair()
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24").Subnet("s2", "10.0.0.128/25").Subnet("s3", "10.0.1.0/24");

        var finding = Assert.Single(Lints.Run<SubnetOverlapFinding>("subnet-cidr-overlap", builder));
        Assert.Equal(("s1", "s2"), (finding.First.Name, finding.Second.Name));
        Assert.Equal(["s1", "s2"], finding.Subjects.Select(s => s.Subnet!.Name));
    }

    [Fact]
    public void SubnetCidrOverlap_DisjointBlocks_IsNotReported() =>
        Assert.Empty(Lints.Run("subnet-cidr-overlap", TwoSubnets()));

    [Fact]
    public void NaclUnattached_AclNoSubnetUses_IsReported()
    {
        var finding = Assert.Single(Lints.Run<UnattachedTableFinding>("nacl-unattached", TwoSubnets().Acl("spare")));
        Assert.Equal((LintSubjectKind.NetworkAcl, "spare"), (finding.Table.Kind, finding.Table.Acl!.Name));
        Assert.Equal([finding.Table], finding.Subjects);
        Assert.Equal(Severity.Note, finding.Severity);
    }

    [Fact]
    public void NaclUnattached_EveryAclUsed_IsNotReported() => Assert.Empty(Lints.Run("nacl-unattached", TwoSubnets()));

    [Fact]
    public void SgUnattached_GroupWithoutMembers_IsReported_GroupWithMembersIsNot()
    {
        var builder = TwoSubnets().Instance("a", "s1", "10.0.0.4", "used").Group("spare").EndpointGateway("cos", ["10.0.1.5"], "vpe");

        Assert.Equal(["spare"], Lints.Run<UnattachedTableFinding>("sg-unattached", builder).Select(f => f.Table.SecurityGroup!.Name));
    }

    [Theory]
    [InlineData(TrafficDirection.Inbound, "0.0.0.0/0", "147.235.219.206/31", "147.235.219.206/31", false)] // the local side (destination) is not in the VPC
    [InlineData(TrafficDirection.Outbound, "10.0.0.0/16", "0.0.0.0/0", "10.0.0.0/16", true)] // the local side (source) is larger than the subnets
    public void NaclRuleCidrOutOfRange_LocalSideOutsideTheSubnets_IsReported(TrafficDirection direction, string source, string destination, string local, bool partlyInside)
    {
        var finding = Assert.Single(Lints.Run<RuleCidrOutOfRangeFinding>("nacl-rule-cidr-out-of-range", TwoSubnets().AclRule("acl", AclAction.Allow, direction, source, destination, ConnectionSet.All)));
        Assert.Equal("acl-r0", finding.Rule.AclRule!.Id);
        Assert.Equal((IpPrefix.Parse(local), partlyInside), (finding.Local, finding.PartlyInside));
        Assert.Equal([IpPrefix.Parse("10.0.0.0/24"), IpPrefix.Parse("10.0.1.0/24")], finding.SubnetBlocks);
    }

    [Theory]
    [InlineData(TrafficDirection.Inbound, "147.235.0.0/16", "0.0.0.0/0")] // any destination: 0.0.0.0/0 means "all"
    [InlineData(TrafficDirection.Inbound, "147.235.0.0/16", "10.0.1.0/25")] // inside a subnet; the remote side may be anything
    [InlineData(TrafficDirection.Outbound, "10.0.0.0/23", "8.8.8.8/32")] // exactly the two subnets
    public void NaclRuleCidrOutOfRange_LocalSideInside_IsNotReported(TrafficDirection direction, string source, string destination) =>
        Assert.Empty(Lints.Run("nacl-rule-cidr-out-of-range", TwoSubnets().AclRule("acl", AclAction.Allow, direction, source, destination, ConnectionSet.All)));

    [Fact]
    public void SgRuleCidrOutOfRange_LocalOutsideTheVpc_IsReported_LocalInsideIsNot()
    {
        var builder = TwoSubnets().Instance("a", "s1", "10.0.0.4", "sg")
            .GroupRule("sg", TrafficDirection.Inbound, "0.0.0.0/0", ConnectionSet.AllTcp, local: "192.168.1.0/24")
            .GroupRule("sg", TrafficDirection.Inbound, "0.0.0.0/0", ConnectionSet.AllTcp, local: "10.0.0.4/32");

        var finding = Assert.Single(Lints.Run<RuleCidrOutOfRangeFinding>("sg-rule-cidr-out-of-range", builder));
        Assert.Equal("sg-r0", finding.Rule.GroupRule!.Id);
        Assert.Equal((IpPrefix.Parse("192.168.1.0/24"), false), (finding.Local, finding.PartlyInside));
    }
}
