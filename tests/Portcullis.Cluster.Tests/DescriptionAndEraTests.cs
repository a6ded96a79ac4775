using Portcullis.Cluster.Description;
using Portcullis.Cluster.Requirements;
using Portcullis.Formats.Wording;

namespace Portcullis.Cluster.Tests;

public sealed class DescriptionAndEraTests
{
    [Theory]
    [InlineData("1.29.8_1543", 1, 29)] // what IKS prints
    [InlineData("1.30", 1, 30)]
    [InlineData("v1.31.2", 1, 31)] // kubectl style
    [InlineData("4.15.12_1550_openshift", 4, 15)]
    public void KubernetesVersion_TryParse_ReadsMajorAndMinor(string text, int major, int minor)
    {
        Assert.True(KubernetesVersion.TryParse(text, out var version));
        Assert.Equal(new KubernetesVersion(major, minor), version);
    }

    [Theory]
    [InlineData("")]
    [InlineData("latest")]
    [InlineData("1")] // no minor
    [InlineData("1.x")]
    [InlineData("1.29a")] // junk after the minor
    public void KubernetesVersion_TryParse_RejectsNonVersions(string text) => Assert.False(KubernetesVersion.TryParse(text, out _));

    [Theory]
    [InlineData("1.18.20", DocumentationEra.Vpc2020)] // before 1.19: the 2020 page
    [InlineData("1.19.0", DocumentationEra.AclSgMinimums)] // the first version of the minimums
    [InlineData("1.29.8_1543", DocumentationEra.AclSgMinimums)] // the last
    [InlineData("1.30.0", DocumentationEra.SecureByDefault)] // Secure by Default from 1.30
    [InlineData("1.33.1", DocumentationEra.SecureByDefault)]
    public void EraNames_For_SelectsTheCatalogByVersion(string version, DocumentationEra era)
    {
        Assert.True(KubernetesVersion.TryParse(version, out var parsed));
        Assert.Equal(era, EraNames.For(parsed));
    }

    [Theory]
    // Asked for wins; else the description's stated era; else the version's.
    [InlineData(DocumentationEra.Vpc2020, DocumentationEra.SecureByDefault, DocumentationEra.Vpc2020)]
    [InlineData(null, DocumentationEra.SecureByDefault, DocumentationEra.SecureByDefault)]
    [InlineData(null, null, DocumentationEra.AclSgMinimums)]
    public void EraNames_ForDescription_AskedThenStatedThenByVersion(DocumentationEra? requested, DocumentationEra? stated, DocumentationEra expected)
    {
        var description = IksFixture.Description(DocumentationEra.AclSgMinimums);
        description = description with { Overrides = description.Overrides with { Era = stated } };

        Assert.Equal(expected, EraNames.For(description, requested));
    }

    [Theory]
    [InlineData("https://c100.us-south.containers.cloud.ibm.com:31438", "c100.us-south.containers.cloud.ibm.com", 31438)]
    [InlineData("https://containers.cloud.ibm.com", "containers.cloud.ibm.com", 443)] // the https default
    [InlineData("c100.us-south.containers.cloud.ibm.com:30453", "c100.us-south.containers.cloud.ibm.com", 30453)]
    public void ServiceEndpoint_TryParse_ReadsHostAndPort(string text, string host, int port)
    {
        Assert.True(ServiceEndpoint.TryParse(text, out var endpoint));
        Assert.Equal((host, port), (endpoint!.Host, endpoint.Port));
    }

    [Theory]
    [InlineData("host:99999")] // port out of range
    [InlineData("https://")]
    [InlineData(":443")]
    // Hosts that are not host names reach firewall rules and verify commands: refused where they are read.
    [InlineData("a$(touch x):30453")]
    [InlineData("1.2.3.4 accept; flush ruleset:443")]
    [InlineData("etcd\nadd rule:2379")]
    [InlineData("host\";:443")]
    [InlineData("bare host")]
    [InlineData("https://a`b`.example.com:443")]
    public void ServiceEndpoint_TryParse_RejectsBadEndpoints(string text) => Assert.False(ServiceEndpoint.TryParse(text, out _));

    [Theory]
    [InlineData("tcp", "30000-32767", null, "protocol: TCP dst-ports: 30000-32767")]
    [InlineData("tcp", "443,4443", null, "protocol: TCP dst-ports: 443,4443")]
    [InlineData("tcp", "${master-port}", null, "protocol: TCP dst-ports: 31438")]
    [InlineData("icmp", null, 8, "protocol: ICMP icmp-type: 8")]
    [InlineData("icmp_tcp_udp", null, null, "protocol: ICMP,TCP,UDP")]
    public void ConnectionTemplate_TryResolve_FillsParameters(string protocol, string? ports, int? type, string expected)
    {
        var template = new ConnectionTemplate(protocol, ports, IcmpType: type);

        Assert.True(template.TryResolve(31438, out var connection, out var problem), problem?.ToString());
        Assert.Equal(ConnectionText.Parse(expected), connection);
    }

    [Theory]
    [InlineData("tcp", "${master-port}", TemplateProblemKind.MasterPortUnknown, null)] // no endpoint URL in cluster.yaml
    [InlineData("icmp", "80", TemplateProblemKind.PortsWithoutTcpOrUdp, "icmp")]
    [InlineData("tcp", "0-80", TemplateProblemKind.NotAPortList, "0-80")]
    [InlineData("carrier-pigeon", null, TemplateProblemKind.UnknownProtocol, "carrier-pigeon")]
    public void ConnectionTemplate_TryResolve_SaysWhatIsWrongAndWhere(string protocol, string? ports, TemplateProblemKind kind, string? text)
    {
        Assert.False(new ConnectionTemplate(protocol, ports).TryResolve(null, out _, out var actual));
        Assert.Equal(new TemplateProblem(kind, text), actual);
    }
}
