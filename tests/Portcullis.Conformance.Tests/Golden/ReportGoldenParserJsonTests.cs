using Portcullis.Conformance.Facts;
using Portcullis.Conformance.Golden;

namespace Portcullis.Conformance.Tests.Golden;

/// <summary>
/// The analyzer's JSON reports read as the same facts as its text reports: subnet reports (nodes by name, public
/// gateways as external blocks), endpoint reports with reply-blocked parts, and a clear reason for what cannot be read.
/// </summary>
public sealed class ReportGoldenParserJsonTests
{
    private const string SubnetsJson = """
        {
            "v": {
                "subnets_connectivity": [
                    {
                        "src": { "ResourceName": "edge", "ResourceUID": "crn:1", "ResourceType": "Subnet", "Zone": "z-1", "Region": "r" },
                        "dst": { "ResourceType": "Public Internet", "CidrStr": "1.0.0.0/8" },
                        "conn": [ { "protocol": "ANY" } ]
                    },
                    {
                        "src": { "ResourceName": "edge", "ResourceUID": "crn:1", "ResourceType": "Subnet", "Zone": "z-1", "Region": "r" },
                        "dst": { "ResourceName": "private", "ResourceUID": "crn:2", "ResourceType": "Subnet", "Zone": "z-1", "Region": "r" },
                        "conn": [ { "protocol": "TCP", "min_source_port": 443, "max_source_port": 443 } ],
                        "unidirectional_conn": [ { "protocol": "TCP", "min_destination_port": 22, "max_destination_port": 22 } ]
                    }
                ]
            }
        }
        """;

    private const string SubnetsText = """
        Subnet connectivity for VPC v
        edge => Public Internet 1.0.0.0/8 : All Connections
        edge => private : protocol: TCP src-ports: 443
        edge => private : protocol: TCP dst-ports: 22 *
        """;

    [Fact]
    public void SubnetReportWithPublicGateway_ReadsAsItsTextForm() =>
        Assert.Null(ConnectivityFacts.FirstDifference(ReportGoldenParser.Parse(SubnetsJson, "json"), ReportGoldenParser.Parse(SubnetsText, "txt")));

    [Fact]
    public void SubnetReport_ReplyBlockedPartCounts() =>
        Assert.NotNull(ConnectivityFacts.FirstDifference(
            ReportGoldenParser.Parse(SubnetsJson, "json"),
            ReportGoldenParser.Parse(SubnetsText.Replace("dst-ports: 22 *", "dst-ports: 22", StringComparison.Ordinal), "txt")));

    [Fact]
    public void EndpointReport_ReadsEndpointsByAddress()
    {
        const string Json = """
            { "v": { "endpoints_connectivity": [ {
                "src": { "ResourceName": "ni1", "ResourceType": "NetworkInterface", "AddressStr": "10.0.0.4" },
                "dst": { "ResourceType": "Service Network", "CidrStr": "161.26.0.0/16" },
                "conn": [ { "protocol": "ICMP", "type": 8 }, { "protocol": "UDP" } ] } ] } }
            """;
        const string Text = """
            Endpoint connectivity for VPC v
            a[10.0.0.4] => Service Network 161.26.0.0/16 : protocol: ICMP icmp-type: 8; protocol: UDP
            """;
        Assert.Null(ConnectivityFacts.FirstDifference(ReportGoldenParser.Parse(Json, "json"), ReportGoldenParser.Parse(Text, "txt")));
    }

    [Theory]
    [InlineData("""{ "v": { "subnets_connectivity": [ { "src": { "ResourceType": "Subnet" }, "dst": { "ResourceType": "Subnet", "ResourceName": "b" }, "conn": [] } ] } }""", "$['v'].subnets_connectivity[0].src: no 'ResourceName'")]
    [InlineData("""{ "v": { "subnets_connectivity": [ { "src": { "ResourceType": "Subnet", "ResourceName": "a" } } ] } }""", "$['v'].subnets_connectivity[0]: no 'dst'")]
    [InlineData("""{ "v": { "endpoints_connectivity": [ { "src": { "ResourceType": "VSI", "ResourceName": "a" }, "dst": { "ResourceType": "Subnet", "ResourceName": "b" }, "conn": [] } ] } }""", "a node of type 'VSI' without AddressStr")]
    [InlineData("""{ "v": { "endpoints_connectivity": [ { "src": { "ResourceType": "Subnet", "ResourceName": "a" }, "dst": { "ResourceType": "Subnet", "ResourceName": "b" }, "conn": [ { "protocol": "GRE" } ] } ] } }""", "'GRE' is not a protocol the reader knows")]
    [InlineData("""{ "v": { "routes": [] } }""", "$['v'].routes: not a connectivity list the reader knows")]
    [InlineData("""[ 1, 2 ]""", "$: expected object, found array")]
    [InlineData("""{ "v": """, "LineNumber: 0")]
    public void UnreadableGolden_ThrowsGoldenFormatException_WithPlaceAndReason(string json, string reason)
    {
        var error = Assert.Throws<GoldenFormatException>(() => ReportGoldenParser.Parse(json, "json"));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortMarkdownRow_ThrowsGoldenFormatException()
    {
        const string Markdown = """
            # Endpoint connectivity for VPC v
            | src | dst | conn |
            | a[10.0.0.4] | b[10.0.0.5] |
            """;
        Assert.Throws<GoldenFormatException>(() => ReportGoldenParser.Parse(Markdown, "md"));
    }
}
