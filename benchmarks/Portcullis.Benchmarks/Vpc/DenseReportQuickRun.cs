using System.Diagnostics;
using System.Globalization;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Topology;
using Portcullis.Formats.Configuration;
using Portcullis.Formats.Reports;
using Portcullis.Formats.Wording;

namespace Portcullis.Benchmarks.Vpc;

/// <summary>
/// Where the time of a large endpoint report goes, phase by phase, in one process: read the configuration, build the
/// topology and classes, analyse (enumerate every line, no wording), word (the writer into a counting sink), write
/// (the writer into a file), and the floor: the same number of bytes written to the same file system.
/// </summary>
/// <remarks><c>quick-dense --config dense-1000.json --format txt --output /tmp/report.txt</c></remarks>
internal static class DenseReportQuickRun
{
    public static int Run(string[] args)
    {
        var config = Option(args, "--config") ?? throw new ArgumentException("--config FILE is required");
        var format = Enum.Parse<ReportFormat>(Option(args, "--format") ?? "txt", ignoreCase: true);
        var output = Option(args, "--output") ?? Path.Combine(Path.GetTempPath(), $"dense-report.{format.ToString().ToLowerInvariant()}");
        var watch = Stopwatch.StartNew();

        var diagnostics = new DiagnosticBag();
        if (!ConfigurationReader.TryReadFile(config, diagnostics, out var document))
        {
            Console.Error.WriteLine(string.Join('\n', diagnostics.ToImmutable()));
            return 2;
        }

        Phase("read", watch);
        var topology = NetworkTopology.Build(document.Configuration, TopologyFilter.None, diagnostics)!;
        var analyzer = new ConnectivityAnalyzer(topology);
        Phase("build topology", watch);

        long lines = 0;
        foreach (var section in analyzer.StreamEndpoints(TextOrder.Report.Nodes).Sections)
        {
            lines += section.Lines.LongCount();
        }

        Phase($"analyse ({lines:N0} lines, not worded)", watch);
        using (var counting = new CountingWriter())
        {
            ConnectivityReportWriter.Write(analyzer.StreamEndpoints(TextOrder.Report.Nodes), format, counting);
            Phase($"analyse + word ({counting.Length / 1e6:F0} M characters to a counting sink)", watch);
        }

        using (var file = new StreamWriter(output, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16))
        {
            ConnectivityReportWriter.Write(analyzer.StreamEndpoints(TextOrder.Report.Nodes), format, file);
        }

        var bytes = new FileInfo(output).Length;
        var report = watch.Elapsed;
        Phase($"analyse + word + write ({bytes / 1e6:F0} MB to {output})", watch);

        // The floor: the same bytes, already made, written to a file beside the report.
        var floor = output + ".floor";
        var block = new byte[1 << 16];
        Array.Fill(block, (byte)'x');
        using (var stream = new FileStream(floor, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            for (var written = 0L; written < bytes; written += block.Length)
            {
                stream.Write(block, 0, (int)Math.Min(block.Length, bytes - written));
            }

            stream.Flush(flushToDisk: false);
        }

        var floorTime = watch.Elapsed;
        Phase($"floor: write {bytes / 1e6:F0} MB", watch);
        File.Delete(floor);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report / floor: {report / floorTime:F1}x"));
        return 0;
    }

    private static void Phase(string name, Stopwatch watch)
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-70} {watch.Elapsed.TotalSeconds,8:F2} s   peak {process.PeakWorkingSet64 / 1e6,6:F0} MB"));
        watch.Restart();
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
