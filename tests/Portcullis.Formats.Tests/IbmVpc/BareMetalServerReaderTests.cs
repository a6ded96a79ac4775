using System.Text;
using System.Text.Json.Nodes;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Formats.IbmVpc;
using Portcullis.Formats.Reports;
using Portcullis.Formats.Wording;

namespace Portcullis.Formats.Tests.IbmVpc;

/// <summary>
/// Bare metal servers, as the VPC API lists them (<c>GET /bare_metal_servers</c> with each server's
/// <c>network_interfaces</c> and <c>network_attachments</c>): every interface and attachment is an endpoint with its
/// own security groups and floating IP, exactly as an instance's of the same shape.
/// </summary>
public sealed class BareMetalServerReaderTests
{
    // bm1 has the old interfaces: a PCI interface (group bm, a floating IP) and a VLAN interface that rides on it but has
    // its own group (quiet: no rules). bm2 has a network attachment, listed again under network_interfaces with the
    // attachment's id (the API's read-only view), whose virtual interface only the top-level virtual_nis ties to it.
    // The web instance lets the bm group's members in on SSH; the bm group lets HTTPS in from anywhere and anything out.
    private const string Config = """
        {
          "vpcs": [{"id": "v1", "name": "vpc-one", "region": "us-south"}],
          "subnets": [
            {"id": "s1", "name": "web", "vpc": {"id": "v1"}, "zone": {"name": "us-south-1"}, "ipv4_cidr_block": "10.0.1.0/24", "network_acl": {"id": "a1"}},
            {"id": "s2", "name": "metal", "vpc": {"id": "v1"}, "zone": {"name": "us-south-1"}, "ipv4_cidr_block": "10.0.2.0/24", "network_acl": {"id": "a1"}}],
          "network_acls": [{"id": "a1", "name": "open", "vpc": {"id": "v1"}, "subnets": [{"id": "s1"}, {"id": "s2"}], "rules": [
            {"name": "in", "action": "allow", "direction": "inbound", "source": "0.0.0.0/0", "destination": "0.0.0.0/0", "protocol": "all"},
            {"name": "out", "action": "allow", "direction": "outbound", "source": "0.0.0.0/0", "destination": "0.0.0.0/0", "protocol": "all"}]}],
          "security_groups": [
            {"id": "g-web", "name": "web", "vpc": {"id": "v1"}, "targets": [], "rules": [
              {"id": "r1", "direction": "inbound", "protocol": "tcp", "port_min": 22, "port_max": 22, "remote": {"id": "g-bm", "name": "bm"}}]},
            {"id": "g-bm", "name": "bm", "vpc": {"id": "v1"}, "targets": [], "rules": [
              {"id": "r2", "direction": "inbound", "protocol": "tcp", "port_min": 443, "port_max": 443, "remote": {"cidr_block": "0.0.0.0/0"}},
              {"id": "r3", "direction": "outbound", "protocol": "all", "remote": {"cidr_block": "0.0.0.0/0"}}]},
            {"id": "g-quiet", "name": "quiet", "vpc": {"id": "v1"}, "targets": [], "rules": []}],
          "instances": [{"id": "i1", "name": "web", "vpc": {"id": "v1"}, "zone": {"name": "us-south-1"},
            "network_interfaces": [{"id": "nic-web", "name": "eth0", "primary_ip": {"address": "10.0.1.4"}, "subnet": {"id": "s1"}, "security_groups": [{"id": "g-web"}]}]}],
          "bare_metal_servers": [
            {"id": "bm-1", "crn": "crn:v1:bluemix:public:is:us-south-1:a/1::bare-metal-server:bm-1", "name": "bm1", "vpc": {"id": "v1"}, "zone": {"name": "us-south-1"},
             "network_interfaces": [
               {"id": "bm1-pci", "name": "pci0", "interface_type": "pci", "allowed_vlans": [4], "primary_ip": {"address": "10.0.2.5"},
                "subnet": {"id": "s2"}, "security_groups": [{"id": "g-bm"}], "floating_ips": [{"id": "f1", "address": "52.0.0.1"}], "type": "primary"},
               {"id": "bm1-vlan", "name": "vlan4", "interface_type": "vlan", "vlan": 4, "primary_ip": {"address": "10.0.2.6"},
                "subnet": {"id": "s2"}, "security_groups": [{"id": "g-quiet"}], "type": "secondary"}],
             "network_attachments": []},
            {"id": "bm-2", "name": "bm2", "vpc": {"id": "v1"}, "zone": {"name": "us-south-1"},
             "network_interfaces": [{"id": "att-2", "name": "eth0", "interface_type": "pci", "primary_ip": {"address": "10.0.2.7"}, "subnet": {"id": "s2"}, "security_groups": [{"id": "g-bm"}]}],
             "network_attachments": [{"id": "att-2", "name": "eth0", "interface_type": "pci", "primary_ip": {"address": "10.0.2.7"}, "subnet": {"id": "s2"},
                                      "virtual_network_interface": {"id": "vni-2", "name": "bm2-vni", "resource_type": "virtual_network_interface"},
                                      "resource_type": "bare_metal_server_network_attachment", "type": "primary"}]}],
          "virtual_nis": [{"id": "vni-2", "name": "bm2-vni", "primary_ip": {"address": "10.0.2.7"}, "subnet": {"id": "s2"},
                           "security_groups": [{"id": "g-bm"}], "target": {"id": "att-2", "resource_type": "bare_metal_server_network_attachment"}}],
          "floating_ips": [{"id": "f1", "name": "bm1-fip", "address": "52.0.0.1", "target": {"id": "bm1-pci", "resource_type": "network_interface"}}]
        }
        """;

    [Fact]
    public void TryRead_BareMetalServers_AreReadWithEveryInterfaceAndAttachment()
    {
        var config = Read(Config);

        var servers = config.Instances.Where(i => i.IsBareMetal).ToList();
        Assert.Equal(["bm1", "bm2"], servers.Select(s => s.Name));
        Assert.False(config.Instances.Single(i => i.Name == "web").IsBareMetal);
        Assert.Equal(["bm1-pci", "bm1-vlan"], servers[0].Interfaces.Select(n => n.Id));
        var attachment = Assert.Single(servers[1].Interfaces);
        Assert.Equal(("vni-2", "att-2", true), (attachment.Id, attachment.AttachmentId, attachment.IsVirtual));
    }

    [Fact]
    public void Build_BareMetalInterfaces_AreEndpointsWithTheirOwnGroupsAndFloatingIps()
    {
        var diagnostics = new DiagnosticBag();
        var topology = NetworkTopology.Build(Read(Config), TopologyFilter.None, diagnostics);

        Assert.NotNull(topology);
        Assert.Empty(diagnostics.ToImmutable()); // every group target and floating IP resolved
        var byAddress = topology.Endpoints.ToDictionary(e => e.Address.ToString(), e => e);
        Assert.Equal(["10.0.1.4", "10.0.2.5", "10.0.2.6", "10.0.2.7"], byAddress.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["bm"], byAddress["10.0.2.5"].SecurityGroups.Select(g => g.Name));
        Assert.Equal("bm1-fip", byAddress["10.0.2.5"].FloatingIp?.Name);
        Assert.Equal(["quiet"], byAddress["10.0.2.6"].SecurityGroups.Select(g => g.Name));
        Assert.Null(byAddress["10.0.2.6"].FloatingIp);
        Assert.Equal(["bm"], byAddress["10.0.2.7"].SecurityGroups.Select(g => g.Name));
    }

    [Fact]
    public void Analysis_BareMetalServers_AreReachedAsTheirGroupsAndFloatingIpsSay()
    {
        // Line by line, from the rules (the ACL allows everything, so the groups decide):
        // - only bm1's PCI interface has a floating IP, so only it talks with the public internet: HTTPS in (group bm),
        //   anything out; the service network is reached without one, so it reaches both servers' bm interfaces;
        // - bm's members open HTTPS to each other, and SSH to web (whose group lets bm's members in);
        // - web's group allows nothing out, and the VLAN interface's own group (quiet) nothing at all, so neither
        //   opens a connection and the VLAN interface accepts none.
        // The report lists each endpoint, by name, with the endpoints and then the external blocks it opens
        // connections to, then the external blocks that open connections to it.
        Assert.Equal(
            """
            Endpoint connectivity for VPC vpc-one
            bm1[10.0.2.5] => bm2[10.0.2.7] : protocol: TCP dst-ports: 443
            bm1[10.0.2.5] => web[10.0.1.4] : protocol: TCP dst-ports: 22
            bm1[10.0.2.5] => Public Internet (all ranges) : protocol: ICMP,TCP,UDP
            bm1[10.0.2.5] => Service Network (all ranges) : protocol: ICMP,TCP,UDP
            Public Internet (all ranges) => bm1[10.0.2.5] : protocol: TCP dst-ports: 443
            Service Network (all ranges) => bm1[10.0.2.5] : protocol: TCP dst-ports: 443
            bm2[10.0.2.7] => bm1[10.0.2.5] : protocol: TCP dst-ports: 443
            bm2[10.0.2.7] => web[10.0.1.4] : protocol: TCP dst-ports: 22
            bm2[10.0.2.7] => Service Network (all ranges) : protocol: ICMP,TCP,UDP
            Service Network (all ranges) => bm2[10.0.2.7] : protocol: TCP dst-ports: 443

            """,
            EndpointsReport(Config).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Analysis_ABareMetalServer_AnalysesAsAnInstanceOfTheSameShape()
    {
        var asInstances = JsonNode.Parse(Config)!.AsObject();
        var servers = asInstances["bare_metal_servers"]!.AsArray();
        asInstances.Remove("bare_metal_servers");
        foreach (var server in servers.ToList())
        {
            servers.Remove(server);
            asInstances["instances"]!.AsArray().Add(server);
        }

        Assert.Equal(EndpointsReport(asInstances.ToJsonString()), EndpointsReport(Config));
    }

    [Fact]
    public void Build_BareMetalInterfaceInAnUnknownSubnet_IsAnErrorNamingTheServer()
    {
        var config = Read(Config.Replace("\"subnet\": {\"id\": \"s2\"}, \"security_groups\": [{\"id\": \"g-quiet\"}]", "\"subnet\": {\"id\": \"s9\"}, \"security_groups\": [{\"id\": \"g-quiet\"}]", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        Assert.Null(NetworkTopology.Build(config, TopologyFilter.None, diagnostics));

        var error = Assert.Single(diagnostics.ToImmutable(), d => d.Severity == Severity.Error);
        Assert.Equal("config.json: $.bare_metal_servers[0].network_interfaces[1].subnet: error PC3005: bare metal server bm1: interface vlan4 refers to subnet 's9', which is not in the configuration", error.ToString());
    }

    private static VpcConfiguration Read(string json)
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryRead(Encoding.UTF8.GetBytes(json), "config.json", diagnostics, out var config), string.Join('\n', diagnostics.ToImmutable()));
        Assert.Empty(diagnostics.ToImmutable());
        return config;
    }

    private static string EndpointsReport(string json)
    {
        var diagnostics = new DiagnosticBag();
        var topology = NetworkTopology.Build(Read(json), TopologyFilter.None, diagnostics);
        Assert.NotNull(topology);
        var analyzer = new ConnectivityAnalyzer(topology);
        var report = analyzer.StreamEndpoints(TextOrder.Report.Nodes); // as 'report endpoints' writes it
        using var writer = new StringWriter();
        ConnectivityReportWriter.Write(report, ReportFormat.Txt, writer);
        return writer.ToString();
    }
}
