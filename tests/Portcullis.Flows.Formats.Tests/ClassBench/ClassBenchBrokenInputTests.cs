using System.IO.Compression;
using System.Text;
using Portcullis.Core.Diagnostics;
using Portcullis.Flows.Formats.ClassBench;

namespace Portcullis.Flows.Formats.Tests.ClassBench;

/// <summary>A ClassBench file that starts like gzip but does not decompress is reported, not thrown (quick mode ended in a stack trace).</summary>
public sealed class ClassBenchBrokenInputTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-classbench-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void TryReadTrace_CorruptGzip_IsReportedWithTheFile()
    {
        var path = Corrupt("trace.gz", "2558229331\t1035683257\t13588\t7396\t215\t0\t9694\n");
        var diagnostics = new DiagnosticBag();

        Assert.False(ClassBenchReader.TryReadTrace(path, diagnostics, out var packets));

        Assert.Empty(packets);
        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal("PC6000", error.Code);
        Assert.Equal(path, error.Location!.File);
        Assert.StartsWith("cannot read the ClassBench trace: not a readable gzip stream", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryReadFilters_CorruptGzip_IsReportedWithTheFile()
    {
        var path = Corrupt("rules.gz", "@1.2.3.4/32\t5.6.7.8/32\t0 : 65535\t80 : 80\t0x06/0xFF\t0x0000/0x0000\n");
        var diagnostics = new DiagnosticBag();

        Assert.False(ClassBenchReader.TryReadFilters(path, diagnostics, out var filters));

        Assert.Empty(filters);
        Assert.StartsWith("cannot read the ClassBench filter set: not a readable gzip stream", Assert.Single(diagnostics.ToImmutable()).Message, StringComparison.Ordinal);
    }

    // A real gzip stream with its deflate data overwritten: the magic bytes say gzip, the body does not decompress.
    private string Corrupt(string name, string text)
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.ASCII.GetBytes(text));
        }

        var bytes = compressed.ToArray();
        for (var i = 10; i < bytes.Length - 8; i++)
        {
            bytes[i] = 0xFF;
        }

        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
