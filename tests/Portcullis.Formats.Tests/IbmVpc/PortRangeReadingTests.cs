using System.Text;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Formats.IbmVpc;

namespace Portcullis.Formats.Tests.IbmVpc;

/// <summary>
/// A port bound just outside the API's 1-65535 (a real export had a security-group rule with <c>port_min: 0</c>) is
/// read as the range's part within the port space, with a warning at the bound, so that the rest of the file is
/// still analysed (docs/input.md).
/// </summary>
public sealed class PortRangeReadingTests
{
    private const string Config = """
        {
          "vpcs": [{"id": "v1", "crn": "crn:v1", "name": "vpc-one", "region": "us-south"}],
          "subnets": [{"id": "s1", "name": "sub", "vpc": {"id": "v1"}, "zone": {"name": "us-south-1"},
                       "ipv4_cidr_block": "10.0.0.0/24", "network_acl": {"id": "a1"}}],
          "network_acls": [{"id": "a1", "name": "acl", "vpc": {"id": "v1"}, "subnets": [{"id": "s1"}], "rules": [ACL]}],
          "security_groups": [{"id": "g1", "name": "g", "vpc": {"id": "v1"}, "targets": [], "rules": [GROUP]}],
          "instances": []
        }
        """;

    private static (bool Ok, VpcConfiguration Config, Diagnostic[] Diagnostics) Read(string acl = "", string group = "")
    {
        var json = Config.Replace("ACL", acl, StringComparison.Ordinal).Replace("GROUP", group, StringComparison.Ordinal);
        var diagnostics = new DiagnosticBag();
        var ok = IbmVpcConfigReader.TryRead(Encoding.UTF8.GetBytes(json), "vpc.json", diagnostics, out var config);
        return (ok, config, [.. diagnostics.ToImmutable()]);
    }

    [Fact]
    public void SecurityGroupRule_PortMinZero_IsReadFromPortOne_WithAWarningAtTheBound()
    {
        var (ok, config, diagnostics) = Read(group: """{"id": "r", "direction": "inbound", "protocol": "tcp", "port_min": 0, "port_max": 22, "remote": {"address": "147.235.219.206"}}""");

        Assert.True(ok);
        Assert.Equal(ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 1, 22), config.SecurityGroups[0].Rules[0].Connection);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("PC1015", warning.Code);
        Assert.Equal("$.security_groups[0].rules[0].port_min", warning.Location!.Path);
        Assert.Equal("'port_min' is 0, outside the ports 1-65535; the rule's range is read as 1-22", warning.Message);
    }

    [Fact]
    public void AclRule_SourceRangeEndingAbove65535_IsReadUpTo65535()
    {
        var (ok, config, diagnostics) = Read(acl: """
            {"name": "r", "action": "allow", "direction": "inbound", "source": "0.0.0.0/0", "destination": "0.0.0.0/0",
             "protocol": "udp", "source_port_min": 1000, "source_port_max": 70000, "destination_port_min": 53, "destination_port_max": 53}
            """);

        Assert.True(ok);
        Assert.Equal(ConnectionSet.Ports(IpProtocols.Udp, 1000, 65535, 53, 53), config.NetworkAcls[0].Rules[0].Connection);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("$.network_acls[0].rules[0].source_port_max", warning.Location!.Path);
        Assert.Contains("read as 1000-65535", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BothBoundsOutside_AreEachReported_AndTheRangeIsThePortSpace()
    {
        var (ok, config, diagnostics) = Read(group: """{"id": "r", "direction": "outbound", "protocol": "udp", "port_min": 0, "port_max": 65536}""");

        Assert.True(ok);
        Assert.Equal(ConnectionSet.Protocol(IpProtocols.Udp), config.SecurityGroups[0].Rules[0].Connection);
        Assert.Equal(["$.security_groups[0].rules[0].port_min", "$.security_groups[0].rules[0].port_max"], diagnostics.Select(d => d.Location!.Path));
        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Theory]
    [InlineData("\"port_min\": 0, \"port_max\": 0", "port_max")] // only port 0: no port is left
    [InlineData("\"port_min\": -1, \"port_max\": 22", "port_min")] // negative: a sentinel whose meaning is not the API's
    [InlineData("\"port_min\": 65536, \"port_max\": 65600", "port_min")] // wholly above the port space
    public void BoundLeavingNoSensibleRange_StaysAnError_AndOtherProblemsAreStillListed(string ports, string field)
    {
        var (ok, _, diagnostics) = Read(
            acl: """{"name": "r", "action": "allow", "direction": "sideways", "source": "0.0.0.0/0", "destination": "0.0.0.0/0", "protocol": "all"}""",
            group: $$"""{"id": "r", "direction": "inbound", "protocol": "tcp", {{ports}}}""");

        Assert.False(ok);
        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.Code == "PC1005" && d.Location!.Path == $"$.security_groups[0].rules[0].{field}");
        Assert.Contains(diagnostics, d => d.Location!.Path == "$.network_acls[0].rules[0].direction");
    }

    [Fact]
    public void ReversedRange_StaysAnEmptyRangeError()
    {
        var (ok, _, diagnostics) = Read(group: """{"id": "r", "direction": "inbound", "protocol": "tcp", "port_min": 100, "port_max": 50}""");
        Assert.False(ok);
        Assert.Equal("PC1008", Assert.Single(diagnostics).Code);
    }
}
