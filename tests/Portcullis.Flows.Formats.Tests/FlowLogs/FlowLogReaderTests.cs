using System.Text;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Flows.Classification;
using Portcullis.Flows.Formats.FlowLogs;
using Portcullis.Flows.Replay;
using static Portcullis.Flows.Formats.Tests.FlowLogs.FlowLogSamples;

namespace Portcullis.Flows.Formats.Tests.FlowLogs;

public sealed class FlowLogReaderTests
{
    [Fact]
    public void TryRead_WrittenObject_ReadsEveryRecordBack()
    {
        var flowLog = Object("0717-nic-1",
            Entry("10.0.0.4", 44321, "161.26.0.10", 53, TrafficDirection.Outbound, FlowAction.Accepted, protocol: 17),
            Entry("203.0.113.9", 51000, "10.0.0.4", 22, TrafficDirection.Inbound, FlowAction.Rejected, fromTarget: 0));
        var reader = new FlowLogReader();

        Assert.True(reader.TryRead(new MemoryStream(Gzip(flowLog)), "a.gz", new DiagnosticBag()));

        Assert.Equal(new FlowLogHeader("0717-nic-1", "ok", 2), reader.Header);
        Assert.Equal(
            [
                new FlowRecord(new FlowKey(0x0A000004, 0xA11A000A, 17, 44321, 53), TrafficDirection.Outbound, FlowAction.Accepted, true),
                new FlowRecord(new FlowKey(0xCB007109, 0x0A000004, 6, 51000, 22), TrafficDirection.Inbound, FlowAction.Rejected, false),
            ],
            reader.Records.ToArray());
    }

    [Fact]
    public void TryRead_ObjectLargerThanTheBuffer_ReadsAcrossRefills()
    {
        // 3,000 records are about 1.7 MB of JSON: the reader's 64 KB buffer is refilled many times mid-token.
        var flowLog = Object("nic", [.. Many(3_000)]);
        var reader = new FlowLogReader();

        Assert.True(reader.TryRead(new MemoryStream(Gzip(flowLog)), "big.gz", new DiagnosticBag()));

        Assert.Equal(3_000, reader.Records.Length);
        Assert.Equal(flowLog.FlowLogs.Select(e => (e.InitiatorIp.IPv4Value, e.InitiatorPort, e.Action, e.PacketsFromTarget > 0)),
            reader.Records.ToArray().Select(r => (r.Connection.Source, (int)r.Connection.SourcePort, r.Action, r.TargetReplied)));
    }

    [Fact]
    public void TryRead_PlainJsonFieldsInAnyOrderWithUnknownValues_ReadsTheRecords()
    {
        // flow_logs before the header, unknown nested values at both levels, an escaped property name.
        const string json = """
            { "flow_logs": [ { "extra": {"a": [1, 2, {"b": null}]}, "target_port": 443, "initiator_port": 50000,
                               "transport_protocol": 6, "target_ip": "10.0.0.4", "initiator_ip": "192.0.2.1",
                               "act\u0069on": "accepted", "direction": "I", "cumulative_packets_from_target": 9 } ],
              "labels": ["x", {"y": 1}], "network_interface_id": "nic-7", "state": "skip data" }
            """;
        var reader = new FlowLogReader();

        Assert.True(reader.TryRead(new MemoryStream(Encoding.UTF8.GetBytes(json)), "plain.json", new DiagnosticBag()));

        Assert.Equal("nic-7", reader.Header!.NetworkInterfaceId);
        Assert.True(reader.Header.SkippedData);
        Assert.Equal(new FlowRecord(new FlowKey(0xC0000201, 0x0A000004, 6, 50000, 443), TrafficDirection.Inbound, FlowAction.Accepted, true), Assert.Single(reader.Records.ToArray()));
    }

    [Fact]
    public void TryRead_DocumentationStyleMissingComma_ReportsTheLineAndSkipsTheObject()
    {
        // The documentation's example misses commas between fields; a reader must say so rather than guess.
        const string json = "{\n  \"network_interface_id\": \"nic\",\n  \"flow_logs\": [\n    {\n      \"direction\": \"I\"\n      \"action\": \"accepted\"\n    }\n  ]\n}\n";
        var diagnostics = new DiagnosticBag();
        var reader = new FlowLogReader();

        Assert.False(reader.TryRead(new MemoryStream(Gzip(json)), "doc.gz", diagnostics));

        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(("PC6102", "doc.gz", 6), (error.Code, error.Location!.File, error.Location.Line));
        Assert.Contains("malformed JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, reader.Records.Length);
    }

    [Theory]
    // a direction other than I or O
    [InlineData("\"direction\": \"X\"", "direction must be \"I\" or \"O\"")]
    // no action at all
    [InlineData("\"action\": null", "no action")]
    // an IPv6 initiator
    [InlineData("\"initiator_ip\": \"fd00::1\"", "initiator_ip is IPv6")]
    // an address out of range
    [InlineData("\"target_ip\": \"10.0.0.256\"", "target_ip is not an IPv4 address")]
    // a port out of range
    [InlineData("\"target_port\": 70000", "target_port must be a number 0-65535")]
    // a port given as text
    [InlineData("\"initiator_port\": \"443\"", "initiator_port must be a number 0-65535")]
    public void TryRead_InvalidRecord_IsReportedWithItsPathAndSkipped(string replacement, string problem)
    {
        var good = """{ "direction": "I", "action": "accepted", "initiator_ip": "192.0.2.1", "target_ip": "10.0.0.4", "initiator_port": 50000, "target_port": 443, "transport_protocol": 6 }""";
        var field = replacement[..(replacement.IndexOf(':', StringComparison.Ordinal) + 1)];
        var start = good.IndexOf(field, StringComparison.Ordinal);
        var end = good.IndexOfAny([',', '}'], start);
        var bad = good[..start] + replacement + good[end..];
        if (replacement.StartsWith("\"action\": null", StringComparison.Ordinal))
        {
            bad = bad.Replace("\"action\": null,", string.Empty, StringComparison.Ordinal);
        }

        var json = $$"""{ "network_interface_id": "nic", "flow_logs": [ {{good}}, {{bad}}, {{good}} ] }""";
        var diagnostics = new DiagnosticBag();
        var reader = new FlowLogReader();

        Assert.True(reader.TryRead(new MemoryStream(Encoding.UTF8.GetBytes(json)), "f.json", diagnostics));

        Assert.Equal(2, reader.Records.Length);
        Assert.Equal(1, reader.SkippedRecords);
        var warning = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal((Severity.Warning, "$.flow_logs[1]"), (warning.Severity, warning.Location!.Path));
        Assert.Contains(problem, warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    // no vNIC id: the records cannot be attributed
    [InlineData("""{ "flow_logs": [] }""", "PC6105")]
    // not an object at all
    [InlineData("""[1, 2]""", "PC6104")]
    // empty
    [InlineData("", "PC6104")]
    // trailing garbage after the object
    [InlineData("""{ "network_interface_id": "nic", "flow_logs": [] } {}""", "PC6102")]
    public void TryRead_UnusableObject_FailsWithAnError(string json, string code)
    {
        var diagnostics = new DiagnosticBag();

        Assert.False(new FlowLogReader().TryRead(new MemoryStream(Encoding.UTF8.GetBytes(json)), "x.json", diagnostics));

        Assert.Equal(code, Assert.Single(diagnostics.ToImmutable()).Code);
    }

    [Fact]
    public void TryRead_TruncatedGzip_FailsWithAnError()
    {
        var bytes = Gzip(Object("nic", [.. Many(500)]));
        var diagnostics = new DiagnosticBag();

        Assert.False(new FlowLogReader().TryRead(new MemoryStream(bytes[..(bytes.Length / 2)]), "cut.gz", diagnostics));

        Assert.Equal(Severity.Error, Assert.Single(diagnostics.ToImmutable()).Severity);
    }

    [Fact]
    public void TryReadFile_MissingFile_ReportsIt()
    {
        var diagnostics = new DiagnosticBag();
        Assert.False(new FlowLogReader().TryReadFile("/no/such/flow.gz", diagnostics));
        Assert.Contains("no such file", Assert.Single(diagnostics.ToImmutable()).Message, StringComparison.Ordinal);
    }
}
