using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Testing;

namespace Portcullis.Core.Tests.Topology;

/// <summary>How a rule's remote group reference finds the group's members.</summary>
public sealed class SecurityGroupRemoteTests
{
    [Fact]
    public void ReferenceByIdOnly_FindsTheMembers()
    {
        var (vpc, diagnostics) = Build(new SecurityGroupRemote("sg-db", string.Empty));
        Assert.Equal(IpAddressSet.Single(IpAddress.Parse("10.0.1.5")), vpc.RemoteAddresses(RemoteOfTheAppRule(vpc)));
        Assert.Empty(diagnostics.ToImmutable());
    }

    [Fact]
    public void ReferenceByNameOnly_FindsTheMembers()
    {
        // The reader keeps a missing id as empty; the name still resolves (and did already pass validation).
        var (vpc, diagnostics) = Build(new SecurityGroupRemote(string.Empty, "sg-db"));
        Assert.Equal(IpAddressSet.Single(IpAddress.Parse("10.0.1.5")), vpc.RemoteAddresses(RemoteOfTheAppRule(vpc)));
        Assert.DoesNotContain(diagnostics.ToImmutable(), d => d.Severity == Severity.Error);
    }

    [Fact]
    public void IdAndNameOfDifferentGroups_TheIdDecidesWithAWarning()
    {
        var (vpc, diagnostics) = Build(new SecurityGroupRemote("sg-db", "sg-db-old-name"));
        Assert.Equal(IpAddressSet.Single(IpAddress.Parse("10.0.1.5")), vpc.RemoteAddresses(RemoteOfTheAppRule(vpc)));
        var warning = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal("PC2010", warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("names group 'sg-db-old-name' but its id is group sg-db's; the id decides", warning.Message, StringComparison.Ordinal);
    }

    private static RuleRemote RemoteOfTheAppRule(VpcNetwork vpc) =>
        vpc.SecurityGroups.Single(g => g.Name == "sg-app").Rules.Single().Remote;

    private static (VpcNetwork Vpc, DiagnosticBag Diagnostics) Build(SecurityGroupRemote remote)
    {
        var config = new ConfigBuilder()
            .Subnet("app", "10.0.0.0/24")
            .Subnet("db", "10.0.1.0/24")
            .GroupRuleWithRemote("sg-app", TrafficDirection.Outbound, remote, ConnectionSet.AllTcp)
            .GroupRule("sg-db", TrafficDirection.Inbound, "10.0.0.0/24", ConnectionSet.AllTcp)
            .Instance("app1", "app", "10.0.0.4", "sg-app")
            .Instance("db1", "db", "10.0.1.5", "sg-db")
            .Build();
        var diagnostics = new DiagnosticBag();
        var topology = NetworkTopology.Build(config, TopologyFilter.None, diagnostics);
        Assert.NotNull(topology);
        return (topology.Vpcs.Single(), diagnostics);
    }
}
