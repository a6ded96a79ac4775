using System.IO.Compression;
using System.Text;
using Portcullis.Core.Diagnostics;
using Portcullis.Flows.Classification;
using Portcullis.Flows.Formats.ClassBench;

namespace Portcullis.Flows.Formats.Tests.ClassBench;

public sealed class ClassBenchReaderTests
{
    [Fact]
    public void TryParseFilter_ReadmeExample_ReadsEveryField()
    {
        var ok = ClassBenchReader.TryParseFilter("@38.98.235.128/32\t43.148.157.28/32\t0 : 65535\t1724 : 1724\t0x06/0xFF\t0x1000/0x1000\t", 7, out var filter, out var problem);

        Assert.True(ok, problem);
        Assert.Equal("38.98.235.128/32", filter.Source.ToString());
        Assert.Equal("43.148.157.28/32", filter.Destination.ToString());
        Assert.Equal((0, 65535), (filter.SourcePorts.Start, filter.SourcePorts.End));
        Assert.Equal((1724, 1724), (filter.DestinationPorts.Start, filter.DestinationPorts.End));
        Assert.Equal((6, 0xFF), (filter.Protocol, filter.ProtocolMask));
        Assert.Equal(7, filter.Line);
    }

    [Theory]
    // no leading @
    [InlineData("38.98.235.128/32\t43.148.157.28/32\t0 : 65535\t1724 : 1724\t0x06/0xFF")]
    // a prefix without a length
    [InlineData("@38.98.235.128\t43.148.157.28/32\t0 : 65535\t1724 : 1724\t0x06/0xFF")]
    // a bad address
    [InlineData("@38.98.235.300/32\t43.148.157.28/32\t0 : 65535\t1724 : 1724\t0x06/0xFF")]
    // ports high to low
    [InlineData("@38.98.235.128/32\t43.148.157.28/32\t10 : 5\t1724 : 1724\t0x06/0xFF")]
    // a port above 65535
    [InlineData("@38.98.235.128/32\t43.148.157.28/32\t0 : 65536\t1724 : 1724\t0x06/0xFF")]
    // a protocol without a mask
    [InlineData("@38.98.235.128/32\t43.148.157.28/32\t0 : 65535\t1724 : 1724\t0x06")]
    // fields missing
    [InlineData("@38.98.235.128/32\t43.148.157.28/32")]
    public void TryParseFilter_Malformed_FailsWithAReason(string line)
    {
        Assert.False(ClassBenchReader.TryParseFilter(line, 1, out _, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Theory]
    // 0xFF: exactly the protocol
    [InlineData(6, 0xFF, "6")]
    // 0x00: any protocol
    [InlineData(6, 0x00, "0-255")]
    // a partial mask admits every value that agrees on the masked bits: 0x10-0x1F here
    [InlineData(0x11, 0xF0, "16-31")]
    public void ToClassifierRules_ProtocolMask_BecomesProtocolRanges(int protocol, int mask, string expected)
    {
        var filter = new ClassBenchFilter(Core.Addresses.IpPrefix.AllIPv4, Core.Addresses.IpPrefix.AllIPv4, ClassifierRule.AnyPort, ClassifierRule.AnyPort, (byte)protocol, (byte)mask, 1);
        Assert.Equal(expected, string.Join(',', filter.ToClassifierRules(0).Select(r => r.Protocols.ToString())));
    }

    [Fact]
    public void TryReadFilters_MalformedLines_ReportsEachWithItsLine()
    {
        var text = "@1.2.3.4/32\t5.6.7.8/32\t0 : 65535\t80 : 80\t0x06/0xFF\t0x0000/0x0000\n\nnonsense\n@1.2.3.4/33\t5.6.7.8/32\t0 : 65535\t80 : 80\t0x06/0xFF\n";
        var diagnostics = new DiagnosticBag();

        var ok = ClassBenchReader.TryReadFilters(new MemoryStream(Encoding.UTF8.GetBytes(text)), "rules.txt", diagnostics, out var filters);

        Assert.False(ok);
        Assert.Empty(filters);
        Assert.Equal([3, 4], diagnostics.ToImmutable().Select(d => d.Location!.Line!.Value));
        Assert.All(diagnostics.ToImmutable(), d => Assert.Equal("rules.txt", d.Location!.File));
    }

    [Fact]
    public void TryReadTrace_GzipOrPlain_ReadsTheSamePackets()
    {
        var text = "2558229331\t1035683257\t13588\t7396\t215\t0\t9694\n3403685767\t1898599312\t9790\t8049\t6\t0\t-1\n";
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.ASCII.GetBytes(text));
        }

        compressed.Position = 0;
        Assert.True(ClassBenchReader.TryReadTrace(new MemoryStream(Encoding.ASCII.GetBytes(text)), "t", new DiagnosticBag(), out var plain));
        Assert.True(ClassBenchReader.TryReadTrace(compressed, "t.gz", new DiagnosticBag(), out var unzipped));

        Assert.Equal(plain, unzipped);
        Assert.Equal(new ClassBenchPacket(new FlowKey(2558229331, 1035683257, 215, 13588, 7396), 9694), plain[0]);
        Assert.Equal(-1, plain[1].ExpectedIndex);
    }

    [Fact]
    public void TryReadFilters_MissingFile_ReportsItWithoutThrowing()
    {
        var diagnostics = new DiagnosticBag();
        Assert.False(ClassBenchReader.TryReadFilters("/no/such/rules", diagnostics, out _));
        Assert.Contains("no such file", diagnostics.ToImmutable().Single().Message, StringComparison.Ordinal);
    }
}
