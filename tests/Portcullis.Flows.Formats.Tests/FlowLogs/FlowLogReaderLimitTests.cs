using System.Text;
using Portcullis.Core.Diagnostics;
using Portcullis.Flows.Formats.FlowLogs;
using Portcullis.Formats.Limits;
using static Portcullis.Flows.Formats.Tests.FlowLogs.FlowLogSamples;

namespace Portcullis.Flows.Formats.Tests.FlowLogs;

/// <summary>
/// Flow-log objects the reader cannot or must not take whole: undecodable strings (before, an exception and exit 70),
/// more records or more decompressed bytes than the limits, one value longer than any field. Each is reported against
/// the object, which is skipped.
/// </summary>
public sealed class FlowLogReaderLimitTests
{
    [Fact]
    public void TryRead_InvalidUtf8InTheInterfaceId_IsMalformedAtTheField()
    {
        byte[] json = [.. "{\"network_interface_id\": \"nic"u8, 0xFF, .. "\", \"flow_logs\": []}"u8];
        var diagnostics = new DiagnosticBag();

        Assert.False(new FlowLogReader().TryRead(new MemoryStream(json), "a.json", diagnostics));

        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal("PC6102", error.Code);
        Assert.Equal(new SourceLocation("a.json", "$.network_interface_id"), error.Location);
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_UnpairedSurrogateEscapeInARecord_IsMalformedAtTheRecord()
    {
        const string json = """{"network_interface_id": "nic", "flow_logs": [{"direction": "\ud800"}]}""";
        var diagnostics = new DiagnosticBag();

        Assert.False(new FlowLogReader().TryRead(new MemoryStream(Encoding.UTF8.GetBytes(json)), "a.json", diagnostics));

        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(new SourceLocation("a.json", "$.flow_logs[0]"), error.Location);
        Assert.Contains("unpaired surrogate escape", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_FlowLogsOfTheWrongType_NamesTheField()
    {
        var diagnostics = new DiagnosticBag();

        Assert.False(new FlowLogReader().TryRead(new MemoryStream("""{"network_interface_id": "nic", "flow_logs": 5}"""u8.ToArray()), "a.json", diagnostics));

        Assert.Equal(new SourceLocation("a.json", "$.flow_logs"), Assert.Single(diagnostics.ToImmutable()).Location);
    }

    [Fact]
    public void TryRead_MoreRecordsThanTheLimit_SkipsTheObjectNamingTheLimit()
    {
        using var limits = InputLimits.Use(InputLimits.Default with { MaxObjectRecords = 1000 });
        var diagnostics = new DiagnosticBag();
        var reader = new FlowLogReader();

        Assert.False(reader.TryRead(new MemoryStream(Gzip(Object("nic", [.. Many(3_000)]))), "big.gz", diagnostics));

        Assert.Equal(0, reader.Records.Length);
        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal("PC1016", error.Code);
        Assert.Equal("the object holds more than 1,000 records (the limit is 1,000 records; set PORTCULLIS_MAX_OBJECT_RECORDS to raise it); the object is skipped", error.Message);
    }

    [Fact]
    public void TryRead_RecordsWithinTheLimit_AreAllRead()
    {
        using var limits = InputLimits.Use(InputLimits.Default with { MaxObjectRecords = 3_000 });
        var reader = new FlowLogReader();

        Assert.True(reader.TryRead(new MemoryStream(Gzip(Object("nic", [.. Many(3_000)]))), "big.gz", new DiagnosticBag()));

        Assert.Equal(3_000, reader.Records.Length);
    }

    [Fact]
    public void TryRead_DecompressingPastTheLimit_StopsThere()
    {
        // A gzip bomb in small: 4 MB of blanks compress to a few KB.
        using var limits = InputLimits.Use(InputLimits.Default with { MaxObjectBytes = 1 << 20 });
        var diagnostics = new DiagnosticBag();

        Assert.False(new FlowLogReader().TryRead(new MemoryStream(Gzip("{" + new string(' ', 4 << 20) + "}")), "bomb.gz", diagnostics));

        Assert.Equal("the object decompresses to more than 1 MiB (the limit is 1 MiB; set PORTCULLIS_MAX_OBJECT_BYTES to raise it); the object is skipped", Assert.Single(diagnostics.ToImmutable()).Message);
    }

    [Fact]
    public void TryRead_OneValueLongerThanTheStringLimit_IsNotBufferedWhole()
    {
        // Before, the buffer doubled until it held the whole string (1 GB from a 1 MB gzip).
        using var limits = InputLimits.Use(InputLimits.Default with { MaxStringBytes = 100_000 });
        var diagnostics = new DiagnosticBag();

        Assert.False(new FlowLogReader().TryRead(new MemoryStream(Gzip("{\"state\": \"" + new string('x', 1 << 20) + "\"}")), "long.gz", diagnostics));

        Assert.StartsWith("a single value is longer than", Assert.Single(diagnostics.ToImmutable()).Message, StringComparison.Ordinal);
    }
}
