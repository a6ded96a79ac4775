using Portcullis.Core.Lint;
using Portcullis.Core.Lint.Linters;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Testing;

namespace Portcullis.Core.Tests.Lint;

/// <summary>IBM Cloud VPC quotas: 200 rules per ACL, 250 per group, 5 groups per interface.</summary>
public sealed class QuotaLinterTests
{
    [Theory]
    [InlineData(201, 200, LintSeverity.Error)] // above the quota: the cloud refuses it
    [InlineData(200, 200, LintSeverity.Warning)] // at the quota: the next rule is refused
    [InlineData(180, 200, LintSeverity.Warning)] // 90%
    [InlineData(179, 200, null)] // below 90%
    [InlineData(225, 250, LintSeverity.Warning)]
    [InlineData(224, 250, null)]
    public void Against_CountAndQuota_GivesSeverity(int count, int quota, LintSeverity? expected) =>
        Assert.Equal(expected, QuotaLinter.Against(count, quota));

    [Theory]
    [InlineData(201, LintSeverity.Error)]
    [InlineData(190, LintSeverity.Warning)]
    public void AclQuota_ManyRules_IsReported(int rules, LintSeverity severity)
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24", acl: "acl");
        for (var i = 0; i < rules; i++)
        {
            builder.AclRule("acl", AclAction.Allow, i % 2 == 0 ? TrafficDirection.Inbound : TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, i + 1, i + 1));
        }

        var finding = Assert.Single(Lints.Run("acl-quota", builder));
        Assert.Equal(severity, finding.Severity);
        Assert.Contains($"has {rules} rules; the quota is 200", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AclQuota_FewRules_IsNotReported() =>
        Assert.Empty(Lints.Run("acl-quota", new ConfigBuilder().Subnet("s1", "10.0.0.0/24", acl: "acl").AllowAll("acl")));

    [Fact]
    public void SgQuota_AboveQuota_IsAnError_BelowIsNothing()
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24").Instance("a", "s1", "10.0.0.4", "big", "small")
            .GroupRule("small", TrafficDirection.Inbound, "0.0.0.0/0", ConnectionSet.AllTcp);
        for (var i = 0; i < 251; i++)
        {
            builder.GroupRule("big", TrafficDirection.Inbound, "10.0.0.0/8", ConnectionSet.Ports(IpProtocols.Udp, 1, 65535, i + 1, i + 1));
        }

        var finding = Assert.Single(Lints.Run("sg-quota", builder));
        Assert.Equal(("big", LintSeverity.Error), (finding.Subjects[0].Name, finding.Severity));
    }

    [Fact]
    public void InterfaceSgQuota_SixGroups_IsAnError_FiveAreNot()
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24")
            .Instance("six", "s1", "10.0.0.4", "g1", "g2", "g3", "g4", "g5", "g6")
            .Instance("five", "s1", "10.0.0.5", "g1", "g2", "g3", "g4", "g5");

        var finding = Assert.Single(Lints.Run("interface-sg-quota", builder));
        Assert.Equal(LintSeverity.Error, finding.Severity);
        Assert.Equal("six[10.0.0.4]", finding.Subjects[0].Name);
        Assert.Equal(6, finding.Related.Length);
    }

    [Fact]
    public void InterfaceSgQuota_EndpointGatewayWithSeveralAddresses_IsOneTarget()
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24").Subnet("s2", "10.0.1.0/24")
            .EndpointGateway("cos", ["10.0.0.9", "10.0.1.9"], "g1", "g2", "g3", "g4", "g5", "g6");

        Assert.Contains("endpoint gateway \"cos\"", Assert.Single(Lints.Run("interface-sg-quota", builder)).Message, StringComparison.Ordinal);
    }
}
