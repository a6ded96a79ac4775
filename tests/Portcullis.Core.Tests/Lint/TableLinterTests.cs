using Portcullis.Core.Lint;
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
        var findings = Lints.Run("nacl-split-subnet", TwoSubnets().AclRule("acl", AclAction.Deny, TrafficDirection.Inbound, source, destination, ConnectionSet.All));

        var finding = Assert.Single(findings);
        Assert.Equal(subnets, finding.Subjects.Where(s => s.Kind == LintSubjectKind.Subnet).Select(s => s.Name));
        Assert.Equal(LintSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void NaclSplitSubnet_NestedSubnets_AreEachChecked()
    {
        // Overlapping subnets (reported apart) must not hide one another from the split check.
        var builder = new ConfigBuilder().Subnet("wide", "10.0.0.0/16", acl: "acl").Subnet("narrow", "10.0.1.0/24", acl: "acl").Subnet("other", "10.1.0.0/24", acl: "acl")
            .AclRule("acl", AclAction.Deny, TrafficDirection.Inbound, "10.0.1.0/25", "0.0.0.0/0", ConnectionSet.All);

        var finding = Assert.Single(Lints.Run("nacl-split-subnet", builder));
        Assert.Equal(["wide", "narrow"], finding.Subjects.Where(s => s.Kind == LintSubjectKind.Subnet).Select(s => s.Name));
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

        var finding = Assert.Single(Lints.Run("sg-split-subnet", builder));
        Assert.Equal("db", finding.Subjects[0].Table);
        Assert.Equal("s1", finding.Subjects[1].Name);
    }

    [Fact]
    public void SubnetCidrOverlap_OverlappingBlocks_OneFindingPerPair()
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24").Subnet("s2", "10.0.0.128/25").Subnet("s3", "10.0.1.0/24");

        var finding = Assert.Single(Lints.Run("subnet-cidr-overlap", builder));
        Assert.Equal(["s1", "s2"], finding.Subjects.Select(s => s.Name));
    }

    [Fact]
    public void SubnetCidrOverlap_DisjointBlocks_IsNotReported() =>
        Assert.Empty(Lints.Run("subnet-cidr-overlap", TwoSubnets()));

    [Fact]
    public void NaclUnattached_AclNoSubnetUses_IsReported()
    {
        var finding = Assert.Single(Lints.Run("nacl-unattached", TwoSubnets().Acl("spare")));
        Assert.Equal("spare", finding.Subjects[0].Name);
        Assert.Equal(LintSeverity.Note, finding.Severity);
    }

    [Fact]
    public void NaclUnattached_EveryAclUsed_IsNotReported() => Assert.Empty(Lints.Run("nacl-unattached", TwoSubnets()));

    [Fact]
    public void SgUnattached_GroupWithoutMembers_IsReported_GroupWithMembersIsNot()
    {
        var builder = TwoSubnets().Instance("a", "s1", "10.0.0.4", "used").Group("spare").EndpointGateway("cos", ["10.0.1.5"], "vpe");

        Assert.Equal(["spare"], Lints.Run("sg-unattached", builder).Select(f => f.Subjects[0].Name));
    }

    [Theory]
    [InlineData(TrafficDirection.Inbound, "0.0.0.0/0", "147.235.219.206/31", "outside")] // the local side (destination) is not in the VPC
    [InlineData(TrafficDirection.Outbound, "10.0.0.0/16", "0.0.0.0/0", "partly outside")] // the local side (source) is larger than the subnets
    public void NaclRuleCidrOutOfRange_LocalSideOutsideTheSubnets_IsReported(TrafficDirection direction, string source, string destination, string how)
    {
        var finding = Assert.Single(Lints.Run("nacl-rule-cidr-out-of-range", TwoSubnets().AclRule("acl", AclAction.Allow, direction, source, destination, ConnectionSet.All)));
        Assert.Contains($" {how} of the VPC's address range (10.0.0.0/24, 10.0.1.0/24)", finding.Message, StringComparison.Ordinal);
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

        var finding = Assert.Single(Lints.Run("sg-rule-cidr-out-of-range", builder));
        Assert.Equal("sg-r0", finding.Subjects[0].Name);
    }
}
