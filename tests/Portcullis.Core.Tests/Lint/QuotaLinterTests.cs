using Portcullis.Core.Diagnostics;
using Portcullis.Core.Explain;
using Portcullis.Core.Lint;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Lint.Linters;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Testing;

namespace Portcullis.Core.Tests.Lint;

/// <summary>IBM Cloud VPC quotas: 200 rules per ACL, 250 per group, 5 groups per interface.</summary>
public sealed class QuotaLinterTests
{
    [Theory]
    [InlineData(201, 200, Severity.Error)] // above the quota: the cloud refuses it
    [InlineData(200, 200, Severity.Warning)] // at the quota: the next rule is refused
    [InlineData(180, 200, Severity.Warning)] // 90%
    [InlineData(179, 200, null)] // below 90%
    [InlineData(225, 250, Severity.Warning)]
    [InlineData(224, 250, null)]
    public void Against_CountAndQuota_GivesSeverity(int count, int quota, Severity? expected) =>
        Assert.Equal(expected, QuotaLinter.Against(count, quota));

    [Theory]
    [InlineData(201, Severity.Error)]
    [InlineData(190, Severity.Warning)]
    public void AclQuota_ManyRules_IsReported(int rules, Severity severity)
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24", acl: "acl");
        for (var i = 0; i < rules; i++)
        {
            builder.AclRule("acl", AclAction.Allow, i % 2 == 0 ? TrafficDirection.Inbound : TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, i + 1, i + 1));
        }

        var finding = Assert.Single(Lints.Run<RuleQuotaFinding>("acl-quota", builder));
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(("acl", rules, 200), (finding.Table.Acl!.Name, finding.Rules, finding.Quota));
    }

    [Fact]
    public void AclQuota_FewRules_IsNotReported() =>
        Assert.Empty(Lints.Run("acl-quota", new ConfigBuilder().Subnet("s1", "10.0.0.0/24", acl: "acl").AllowAll("acl")));

    [Fact]
    public void AclQuota_NinetyFiveAclsInAVpc_IsAWarningOnTheVpc()
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24", acl: "acl").AllowAll("acl");
        for (var i = 0; i < 94; i++)
        {
            builder.Acl($"spare-{i}");
        }

        var finding = Assert.Single(Lints.Run<TableQuotaFinding>("acl-quota", builder));
        Assert.Equal((Severity.Warning, "test-vpc", LayerKind.NetworkAcl, 95, 100), (finding.Severity, finding.Vpc.Name, finding.Tables, finding.Count, finding.Quota));
        Assert.Equal(LintSubjectKind.Vpc, Assert.Single(finding.Subjects).Kind);
    }

    [Fact]
    public void SgQuota_AboveQuota_IsAnError_BelowIsNothing()
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24").Instance("a", "s1", "10.0.0.4", "big", "small")
            .GroupRule("small", TrafficDirection.Inbound, "0.0.0.0/0", ConnectionSet.AllTcp);
        for (var i = 0; i < 251; i++)
        {
            builder.GroupRule("big", TrafficDirection.Inbound, "10.0.0.0/8", ConnectionSet.Ports(IpProtocols.Udp, 1, 65535, i + 1, i + 1));
        }

        var finding = Assert.Single(Lints.Run<RuleQuotaFinding>("sg-quota", builder));
        Assert.Equal(("big", 251, 250, Severity.Error), (finding.Table.SecurityGroup!.Name, finding.Rules, finding.Quota, finding.Severity));
    }

    [Fact]
    public void InterfaceSgQuota_SixGroups_IsAnError_FiveAreNot()
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24")
            .Instance("six", "s1", "10.0.0.4", "g1", "g2", "g3", "g4", "g5", "g6")
            .Instance("five", "s1", "10.0.0.5", "g1", "g2", "g3", "g4", "g5");

        var finding = Assert.Single(Lints.Run<InterfaceGroupQuotaFinding>("interface-sg-quota", builder));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(("six", 5), (finding.Target.Name, finding.Limit));
        Assert.Same(finding.Target, finding.Subjects[0].Node);
        Assert.Equal(["g1", "g2", "g3", "g4", "g5", "g6"], finding.Related.Select(r => r.SecurityGroup!.Name));
    }

    [Fact]
    public void InterfaceSgQuota_EndpointGatewayWithSeveralAddresses_IsOneTarget()
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24").Subnet("s2", "10.0.1.0/24")
            .EndpointGateway("cos", ["10.0.0.9", "10.0.1.9"], "g1", "g2", "g3", "g4", "g5", "g6");

        var finding = Assert.Single(Lints.Run<InterfaceGroupQuotaFinding>("interface-sg-quota", builder));
        Assert.Equal((EndpointKind.EndpointGatewayIp, "vpe-cos"), (finding.Target.Kind, finding.Target.OwnerId));
    }
}
