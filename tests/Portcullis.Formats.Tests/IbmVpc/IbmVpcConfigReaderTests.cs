using System.Text;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Formats.IbmVpc;
using Portcullis.Formats.Wording;
using Portcullis.Testing;

namespace Portcullis.Formats.Tests.IbmVpc;

/// <summary>Reading the collector's JSON: real files, every kind of bad input, and what is kept rather than rejected.</summary>
public sealed class IbmVpcConfigReaderTests
{
    private const string MinimalVpc = """
        {
          "vpcs": [{"id": "v1", "crn": "crn:v1", "name": "vpc-one", "region": "us-south"}],
          "subnets": [{"id": "s1", "name": "sub", "vpc": {"id": "v1"}, "zone": {"name": "us-south-1"},
                       "ipv4_cidr_block": "10.0.0.0/24", "network_acl": {"id": "a1"}}],
          "network_acls": [{"id": "a1", "name": "acl", "vpc": {"id": "v1"}, "subnets": [{"id": "s1"}],
            "rules": [RULES]}],
          "security_groups": [], "instances": []
        }
        """;

    private static (bool Ok, VpcConfiguration Config, DiagnosticBag Diagnostics) Read(string json, string file = "config.json")
    {
        var diagnostics = new DiagnosticBag();
        var ok = IbmVpcConfigReader.TryRead(Encoding.UTF8.GetBytes(json), file, diagnostics, out var config);
        return (ok, config, diagnostics);
    }

    private static string WithRules(string rules) => MinimalVpc.Replace("RULES", rules, StringComparison.Ordinal);

    [Fact]
    public void TryRead_ExampleConfig_ReadsEveryResource()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(RepositoryPaths.IksExample, diagnostics, out var config), string.Join("\n", diagnostics.ToImmutable()));
        Assert.Single(config.Vpcs);
        Assert.Equal(4, config.Subnets.Length);
        Assert.Equal(2, config.NetworkAcls.Length);
        Assert.Equal(4, config.SecurityGroups.Length);
        Assert.Single(config.IksClusters);
        Assert.Equal(6, config.IksClusters[0].Workers.Length);
        Assert.Equal(3, config.EndpointGateways[0].Ips.Length);
    }

    [Fact]
    public void TryRead_MalformedJson_ReportsFileLineAndColumn()
    {
        var (ok, _, diagnostics) = Read("{\n  \"vpcs\": [\n    {\"id\": \"v1\",}\n  ]\n}", "broken.json");
        Assert.False(ok);
        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal("PC1002", error.Code);
        Assert.Equal("broken.json", error.Location!.File);
        Assert.Equal(3, error.Location.Line);
        Assert.StartsWith("broken.json:3:", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void TryRead_EmptyFile_SaysItIsEmpty(string content)
    {
        var (ok, _, diagnostics) = Read(content);
        Assert.False(ok);
        Assert.Contains("empty", Assert.Single(diagnostics.ToImmutable()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryReadFile_MissingFile_NamesTheFile()
    {
        var diagnostics = new DiagnosticBag();
        Assert.False(IbmVpcConfigReader.TryReadFile("/no/such/dir/vpc.json", diagnostics, out _));
        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal("/no/such/dir/vpc.json: error PC1000: cannot read the configuration: no such file", error.ToString());
    }

    [Theory]
    [InlineData("[1, 2]", "expected a JSON object")]
    [InlineData("{\"name\": \"x\"}", "not an IBM Cloud VPC configuration")]
    public void TryRead_NotAConfiguration_SaysWhatItExpected(string json, string expected)
    {
        var (ok, _, diagnostics) = Read(json);
        Assert.False(ok);
        Assert.Contains(expected, Assert.Single(diagnostics.ToImmutable()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_BadCidr_ReportsTheJsonPath()
    {
        var (ok, _, diagnostics) = Read(WithRules("""{"name": "r", "action": "allow", "direction": "inbound", "source": "10.0.0.0/33", "destination": "0.0.0.0/0", "protocol": "all"}"""));
        Assert.False(ok);
        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal("$.network_acls[0].rules[0].source", error.Location!.Path);
        Assert.Contains("'10.0.0.0/33' is not a valid CIDR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_ManyProblems_ReportsThemAll()
    {
        // A user fixes a file in one pass only if every problem is listed.
        var (ok, _, diagnostics) = Read(WithRules("""
            {"name": "r1", "action": "permit", "direction": "inbound", "source": "10.0.0.0/8", "destination": "0.0.0.0/0", "protocol": "all"},
            {"name": "r2", "action": "allow", "direction": "sideways", "source": "10.0.0.0/8", "destination": "0.0.0.0/0", "protocol": "all"},
            {"name": "r3", "action": "allow", "direction": "inbound", "source": "x", "destination": "0.0.0.0/0", "protocol": "tcp", "destination_port_min": 90, "destination_port_max": 80}
            """));
        Assert.False(ok);
        var paths = diagnostics.ToImmutable().Select(d => d.Location!.Path).ToList();
        Assert.Contains("$.network_acls[0].rules[0].action", paths);
        Assert.Contains("$.network_acls[0].rules[1].direction", paths);
        Assert.Contains("$.network_acls[0].rules[2].source", paths);
        Assert.Contains("$.network_acls[0].rules[2].destination_port_min", paths);
    }

    [Theory]
    [InlineData("\"destination_port_min\": -1", "must be an integer from 1 to 65535, found -1")] // a sentinel, not a port
    [InlineData("\"destination_port_max\": 0", "must be an integer from 1 to 65535, found 0")] // no port left in the range
    [InlineData("\"destination_port_min\": 70000", "must be an integer from 1 to 65535, found 70000")]
    [InlineData("\"destination_port_min\": \"22\"", "must be an integer from 1 to 65535, found \"22\"")]
    [InlineData("\"destination_port_min\": 22.5", "must be an integer from 1 to 65535, found 22.5")]
    public void TryRead_PortWithoutSensibleMeaning_IsAnError(string field, string expected)
    {
        var (ok, _, diagnostics) = Read(WithRules($$"""{"name": "r", "action": "allow", "direction": "inbound", "source": "0.0.0.0/0", "destination": "0.0.0.0/0", "protocol": "tcp", {{field}}}"""));
        Assert.False(ok);
        Assert.Contains(expected, Assert.Single(diagnostics.ToImmutable()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_UnknownProtocol_IsKeptAndReported()
    {
        // The cloud adds protocols over time: a new name must not make the whole file unreadable.
        var (ok, config, diagnostics) = Read(WithRules("""{"name": "quic", "action": "allow", "direction": "inbound", "source": "0.0.0.0/0", "destination": "0.0.0.0/0", "protocol": "quic"}"""));
        Assert.True(ok);
        var warning = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("unknown protocol 'quic'", warning.Message, StringComparison.Ordinal);
        var rule = Assert.Single(config.NetworkAcls[0].Rules);
        Assert.Equal("quic", rule.Protocol.Name);
        Assert.False(rule.Protocol.IsKnown);
        Assert.True(rule.Connection.IsEmpty);
    }

    [Theory]
    [InlineData("all", "allow", "protocol: ICMP,TCP,UDP")] // the old name of icmp_tcp_udp
    [InlineData("all", "deny", "All Connections")] // an old deny-all reads back as `any`
    [InlineData("icmp_tcp_udp", "allow", "protocol: ICMP,TCP,UDP")]
    [InlineData("any", "allow", "All Connections")]
    [InlineData("number_47", "allow", "protocol: GRE")]
    [InlineData("vrrp", "allow", "protocol: VRRP")]
    public void TryRead_ProtocolNames_MeanWhatTheApiSays(string protocol, string action, string expected)
    {
        var (ok, config, _) = Read(WithRules($$"""{"name": "r", "action": "{{action}}", "direction": "inbound", "source": "0.0.0.0/0", "destination": "0.0.0.0/0", "protocol": "{{protocol}}"}"""));
        Assert.True(ok);
        Assert.Equal(expected, ConnectionText.Of(config.NetworkAcls[0].Rules[0].Connection));
    }

    [Fact]
    public void TryRead_UnknownFields_AreIgnored()
    {
        var (ok, config, diagnostics) = Read(WithRules("""{"name": "r", "action": "allow", "direction": "inbound", "source": "0.0.0.0/0", "destination": "0.0.0.0/0", "protocol": "all", "future_field": {"x": 1}}"""));
        Assert.True(ok);
        Assert.Equal(0, diagnostics.Count);
        Assert.Single(config.NetworkAcls[0].Rules);
    }

    [Fact]
    public void Build_DanglingAclReference_IsAnErrorAtTheSubnet()
    {
        var json = MinimalVpc.Replace("\"network_acl\": {\"id\": \"a1\"}", "\"network_acl\": {\"id\": \"missing\"}", StringComparison.Ordinal).Replace("RULES", string.Empty, StringComparison.Ordinal);
        var (ok, config, _) = Read(json);
        Assert.True(ok);
        var diagnostics = new DiagnosticBag();
        Assert.Null(NetworkTopology.Build(config, TopologyFilter.None, diagnostics));
        var error = diagnostics.ToImmutable().Single(d => d.Severity == Severity.Error);
        Assert.Equal("$.subnets[0].network_acl", error.Location!.Path);
        Assert.Contains("network ACL 'missing', which is not in the configuration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_SecurityGroupRuleWithoutRemote_MeansEverywhere()
    {
        var json = MinimalVpc.Replace("RULES", string.Empty, StringComparison.Ordinal).Replace("\"security_groups\": []",
            """ "security_groups": [{"id": "g1", "name": "g", "vpc": {"id": "v1"}, "targets": [], "rules": [{"id": "x", "direction": "inbound", "protocol": "tcp", "port_min": 22, "port_max": 22}]}] """,
            StringComparison.Ordinal);
        var (ok, config, _) = Read(json);
        Assert.True(ok);
        var rule = config.SecurityGroups[0].Rules[0];
        Assert.Equal("0.0.0.0/0", rule.Remote.ToString());
        Assert.Equal(ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22), rule.Connection);
    }

    [Fact]
    public void TryRead_Utf8ByteOrderMark_IsReadAsTheSameConfiguration()
    {
        var json = WithRules(string.Empty);
        var diagnostics = new DiagnosticBag();

        Assert.True(IbmVpcConfigReader.TryRead((byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)], "bom.json", diagnostics, out var config), string.Join("\n", diagnostics.ToImmutable()));
        Assert.Equal(Read(json).Config.Subnets.Select(s => s.Cidr), config.Subnets.Select(s => s.Cidr));
    }

    [Fact]
    public void TryRead_Ipv6BlockAsASubnetsIpv4Block_IsAnErrorAtTheField()
    {
        var (ok, _, diagnostics) = Read(WithRules(string.Empty).Replace("\"ipv4_cidr_block\": \"10.0.0.0/24\"", "\"ipv4_cidr_block\": \"2001:db8::/64\"", StringComparison.Ordinal));

        Assert.False(ok);
        var error = Assert.Single(diagnostics.ToImmutable(), d => d.Descriptor == FormatDiagnostics.Ipv4BlockExpected);
        Assert.Equal("$.subnets[0].ipv4_cidr_block", error.Location!.Path);
    }

    [Fact]
    public void TryRead_Ipv6Rules_AreKeptAndWarnedAboutAtTheirPlace()
    {
        var json = WithRules("""
            {"name": "v4", "action": "allow", "direction": "inbound", "source": "0.0.0.0/0", "destination": "0.0.0.0/0", "protocol": "all"},
            {"name": "v6", "action": "allow", "direction": "inbound", "source": "::/0", "destination": "::/0", "protocol": "all"}
            """).Replace("\"security_groups\": []",
            """ "security_groups": [{"id": "g1", "name": "g", "vpc": {"id": "v1"}, "targets": [], "rules": [{"id": "r4", "direction": "inbound", "protocol": "tcp", "remote": {"cidr_block": "10.0.0.0/8"}}, {"id": "r6", "direction": "inbound", "protocol": "tcp", "remote": {"cidr_block": "2001:db8::/32"}}]}] """,
            StringComparison.Ordinal);

        var (ok, config, diagnostics) = Read(json);

        Assert.True(ok);
        Assert.Equal(2, config.NetworkAcls[0].Rules.Length);
        var warnings = diagnostics.ToImmutable().Where(d => d.Descriptor == FormatDiagnostics.Ipv6RuleLeftOut).ToList();
        Assert.Equal(["$.network_acls[0].rules[1]", "$.security_groups[0].rules[1]"], warnings.Select(w => w.Location!.Path));
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Contains("rule 'v6' is an IPv6 rule", warnings[0].Message, StringComparison.Ordinal);
    }

    // The collector lists an instance's network attachment twice (under network_interfaces with the attachment's id,
    // and under network_attachments without its virtual interface); only the top-level virtual_nis names the virtual
    // interface id that floating IPs and group targets use (np-guard's input_vni_basic.json has this shape).
    private const string VirtualNicInstance = """
        {
          "vpcs": [{"id": "v1", "name": "vpc-one"}],
          "subnets": [{"id": "s1", "name": "sub", "vpc": {"id": "v1"}, "zone": {"name": "us-south-1"},
                       "ipv4_cidr_block": "10.0.0.0/24", "network_acl": {"id": "a1"}}],
          "network_acls": [{"id": "a1", "name": "acl", "vpc": {"id": "v1"}, "subnets": [{"id": "s1"}], "rules": []}],
          "security_groups": [
            {"id": "g1", "name": "listed-by-nic", "vpc": {"id": "v1"}, "rules": [], "targets": []},
            {"id": "g2", "name": "targets-vni", "vpc": {"id": "v1"}, "rules": [],
             "targets": [{"id": "vni-1", "resource_type": "virtual_network_interface"}]}],
          "instances": [{"id": "i1", "name": "wl", "vpc": {"id": "v1"}, "zone": {"name": "us-south-1"},
            "network_interfaces": [{"id": "att-1", "name": "eth0", "primary_ip": {"address": "10.0.0.4"},
                                    "subnet": {"id": "s1"}, "security_groups": [{"id": "g1"}]}],
            "network_attachments": [{"id": "att-1", "name": "eth0", "primary_ip": {"address": "10.0.0.4"},
                                     "subnet": {"id": "s1"}}]}],
          "virtual_nis": [{"id": "vni-1", "name": "wl-vni", "primary_ip": {"address": "10.0.0.4"}, "subnet": {"id": "s1"},
                           "security_groups": [{"id": "g2"}], "target": {"id": "att-1", "resource_type": "instance_network_attachment"}}],
          "floating_ips": [{"id": "f1", "name": "wl-fip", "address": "150.240.1.1",
                            "target": {"id": "vni-1", "resource_type": "virtual_network_interface"}}]
        }
        """;

    [Fact]
    public void TryRead_AttachmentListedTwiceWithTopLevelVirtualNic_IsOneEndpointWithItsFloatingIpAndGroups()
    {
        var (ok, config, readDiagnostics) = Read(VirtualNicInstance);
        Assert.True(ok, string.Join("\n", readDiagnostics.ToImmutable()));

        var nic = Assert.Single(config.Instances[0].Interfaces);
        Assert.Equal("vni-1", nic.Id);
        Assert.Equal("att-1", nic.AttachmentId);

        var diagnostics = new DiagnosticBag();
        var topology = NetworkTopology.Build(config, TopologyFilter.None, diagnostics);
        Assert.NotNull(topology);
        Assert.Empty(diagnostics.ToImmutable()); // no target or floating IP left unresolved
        var endpoint = Assert.Single(topology.Endpoints);
        Assert.Equal("wl-fip", endpoint.FloatingIp?.Name);
        Assert.Equal(["listed-by-nic", "targets-vni"], endpoint.SecurityGroups.Select(g => g.Name).Order(StringComparer.Ordinal));
    }
}
