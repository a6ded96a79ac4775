using System.Text.Json;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Formats.Explain;
using Portcullis.Formats.Reports;
using Portcullis.Testing;

namespace Portcullis.Formats.Tests.Explain;

/// <summary>
/// <c>explain --detail</c> through a transit gateway names the transit connection and the prefix filter (index,
/// action, ge/le, prefix) or the default that decide, between the egress and ingress tables, for the request and for
/// TCP replies; JSON carries the same facts as fields.
/// </summary>
public sealed class ExplanationWriterTransitGatewayTests
{
    private static Explanation Explain(VpcConfiguration config)
    {
        var topology = NetworkTopology.Build(config, TopologyFilter.None, new DiagnosticBag())!;
        Assert.True(new Explainer(new ConnectivityAnalyzer(topology)).TryExplain(new ExplainRequest("vsi-a", "vsi-b"), out var explanation, out _));
        return explanation!;
    }

    private static PrefixFilter Filter(PrefixFilterAction action, string prefix, int? ge = null, int? le = null) => new(action, IpPrefix.Parse(prefix), ge, le);

    // b denies its prefix with ge/le at index 1; a's prefix meets no filter, so a's default (deny) stops the replies.
    private static readonly VpcConfiguration Blocked = TransitGatewayConfig.Build(
        [Filter(PrefixFilterAction.Permit, "10.9.0.0/16"), Filter(PrefixFilterAction.Deny, "10.2.0.0/15", ge: 16, le: 17)], PrefixFilterAction.Permit);

    private static readonly VpcConfiguration RepliesBlocked = TransitGatewayConfig.Build(
        [Filter(PrefixFilterAction.Permit, "10.2.0.0/16")], PrefixFilterAction.Deny, filtersOfA: [Filter(PrefixFilterAction.Permit, "10.9.0.0/16")], defaultOfA: PrefixFilterAction.Deny);

    [Fact]
    public void Detail_DenyingFilter_IsCitedBetweenEgressAndIngress()
    {
        var text = ExplanationWriter.Text(Explain(Blocked), details: true);

        const string Citation = "\ttransit gateway tgw blocks connection via transit connection conn-b with the following prefix filter\n"
            + "\t\tindex: 1, action: deny, ge: 16, le: 17, prefix: 10.2.0.0/15\n";
        Assert.Contains(Citation, text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("\tEgress:", StringComparison.Ordinal) < text.IndexOf(Citation, StringComparison.Ordinal));
        Assert.True(text.IndexOf(Citation, StringComparison.Ordinal) < text.IndexOf("\tIngress:", StringComparison.Ordinal));
        Assert.Contains("cross-vpc-connection: transit connection conn-b of transit gateway tgw denies connection", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Detail_Replies_CiteTheSourceSidesDefault_AndTheRequestItsFilter()
    {
        var text = ExplanationWriter.Text(Explain(RepliesBlocked), details: true);

        var request = text.IndexOf("\ttransit gateway tgw allows connection via transit connection conn-b with the following prefix filter\n\t\tindex: 0, action: permit, prefix: 10.2.0.0/16\n", StringComparison.Ordinal);
        var response = text.IndexOf("TCP response is disabled", StringComparison.Ordinal);
        var reply = text.IndexOf("\ttransit gateway tgw blocks connection via transit connection conn-a with the following prefix filter\n\t\tdefault prefix,  action: deny\n", StringComparison.Ordinal);
        Assert.True(request >= 0 && response > request && reply > response, text);
    }

    [Fact]
    public void WithoutDetail_NoFilterIsCited()
    {
        var text = ExplanationWriter.Text(Explain(RepliesBlocked), details: false);
        Assert.DoesNotContain("prefix filter", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_PrintsTheSameCitations()
    {
        using var output = new StringWriter();
        ExplanationWriter.Write(Explain(Blocked), ReportFormat.Md, details: true, output);
        Assert.Contains("\t\tindex: 1, action: deny, ge: 16, le: 17, prefix: 10.2.0.0/15\n", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_CarriesConnectionFilterAndDefault_ForRequestAndReplies()
    {
        using var output = new StringWriter();
        ExplanationWriter.Write(Explain(RepliesBlocked), ReportFormat.Json, details: true, output);
        using var document = JsonDocument.Parse(output.ToString());
        var pair = document.RootElement.GetProperty("pairs")[0];

        var route = pair.GetProperty("transit_gateway_route")[0];
        Assert.Equal("tgw", route.GetProperty("transit_gateway").GetString());
        Assert.Equal("conn-b", route.GetProperty("transit_connection").GetString());
        Assert.Equal("cb", route.GetProperty("transit_connection_id").GetString());
        Assert.Equal("10.2.0.0/16", route.GetProperty("address_prefix").GetString());
        Assert.Equal("permit", route.GetProperty("action").GetString());
        Assert.False(route.GetProperty("default").GetBoolean());
        var filter = route.GetProperty("prefix_filter");
        Assert.Equal(0, filter.GetProperty("index").GetInt32());
        Assert.Equal("10.2.0.0/16", filter.GetProperty("prefix").GetString());
        Assert.False(filter.TryGetProperty("ge", out _));

        var reply = pair.GetProperty("response_transit_gateway_route")[0];
        Assert.Equal("conn-a", reply.GetProperty("transit_connection").GetString());
        Assert.Equal("deny", reply.GetProperty("action").GetString());
        Assert.True(reply.GetProperty("default").GetBoolean());
        Assert.Equal(JsonValueKind.Null, reply.GetProperty("prefix_filter").ValueKind);
    }

    [Fact]
    public void Json_FilterWithBounds_WritesGeAndLe()
    {
        using var output = new StringWriter();
        ExplanationWriter.Write(Explain(Blocked), ReportFormat.Json, details: false, output);
        using var document = JsonDocument.Parse(output.ToString());
        var filter = document.RootElement.GetProperty("pairs")[0].GetProperty("transit_gateway_route")[0].GetProperty("prefix_filter");
        Assert.Equal(1, filter.GetProperty("index").GetInt32());
        Assert.Equal("deny", filter.GetProperty("action").GetString());
        Assert.Equal(16, filter.GetProperty("ge").GetInt32());
        Assert.Equal(17, filter.GetProperty("le").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("pairs")[0].GetProperty("response_transit_gateway_route").GetArrayLength());
    }
}
