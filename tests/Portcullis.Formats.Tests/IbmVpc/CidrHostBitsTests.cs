using System.Text;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats.IbmVpc;

namespace Portcullis.Formats.Tests.IbmVpc;

/// <summary>
/// A CIDR block with host bits set (<c>10.240.1.4/24</c>), which IBM Cloud's API rejects, is read as the block that
/// holds the address, with a warning at its place: never silently, never fatally.
/// </summary>
public sealed class CidrHostBitsTests
{
    private const string Config = """
        {
          "vpcs": [{"id": "v1", "crn": "crn:v1", "name": "vpc-one", "region": "us-south"}],
          "subnets": [{"id": "s1", "name": "sub", "vpc": {"id": "v1"}, "zone": {"name": "us-south-1"},
                       "ipv4_cidr_block": "SUBNET", "network_acl": {"id": "a1"}}],
          "network_acls": [{"id": "a1", "name": "acl", "vpc": {"id": "v1"}, "subnets": [{"id": "s1"}],
            "rules": [{"name": "r", "action": "allow", "direction": "inbound", "source": "SOURCE", "destination": "0.0.0.0/0", "protocol": "all"}]}],
          "security_groups": [{"id": "g1", "name": "sg", "vpc": {"id": "v1"}, "targets": [],
            "rules": [{"id": "gr1", "direction": "inbound", "protocol": "all", "remote": {"cidr_block": "REMOTE"}}]}],
          "instances": []
        }
        """;

    private static (bool Ok, Core.Model.VpcConfiguration Config, Diagnostic[] Diagnostics) Read(string subnet = "10.0.0.0/24", string source = "0.0.0.0/0", string remote = "0.0.0.0/0")
    {
        var json = Config.Replace("SUBNET", subnet, StringComparison.Ordinal).Replace("SOURCE", source, StringComparison.Ordinal).Replace("REMOTE", remote, StringComparison.Ordinal);
        var diagnostics = new DiagnosticBag();
        var ok = IbmVpcConfigReader.TryRead(Encoding.UTF8.GetBytes(json), "vpc.json", diagnostics, out var config);
        return (ok, config, [.. diagnostics.ToImmutable()]);
    }

    [Fact]
    public void TryRead_AclRuleSourceWithHostBits_KeepsTheNetworkAndWarnsWhereItIs()
    {
        var (ok, config, diagnostics) = Read(source: "10.240.1.4/24");

        Assert.True(ok);
        Assert.Equal(IpPrefix.Parse("10.240.1.0/24".AsSpan()), config.NetworkAcls[0].Rules[0].Source);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(FormatDiagnostics.CidrHostBitsSet, warning.Descriptor);
        Assert.Equal("vpc.json: $.network_acls[0].rules[0].source: warning PC1012: '10.240.1.4/24' has host bits set; it is read as 10.240.1.0/24", warning.ToString());
    }

    [Fact]
    public void TryRead_SubnetAndSecurityGroupRemoteWithHostBits_EachWarnAtTheirPath()
    {
        var (ok, config, diagnostics) = Read(subnet: "10.0.0.9/24", remote: "192.168.7.7/16");

        Assert.True(ok);
        Assert.Equal("10.0.0.0/24", config.Subnets[0].Cidr.ToString());
        Assert.Equal(["$.subnets[0].ipv4_cidr_block", "$.security_groups[0].rules[0].remote.cidr_block"], diagnostics.Select(d => d.Location!.Path));
        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Theory]
    [InlineData("10.240.1.0/24")]
    [InlineData("10.240.1.4")] // an address is its own /32
    [InlineData("0.0.0.0/0")]
    public void TryRead_NetworkAddresses_AreNotWarnedAbout(string source)
    {
        var (ok, _, diagnostics) = Read(source: source);
        Assert.True(ok);
        Assert.Empty(diagnostics);
    }
}
