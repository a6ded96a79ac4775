using BenchmarkDotNet.Attributes;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Topology;
using Portcullis.Formats.IbmVpc;
using Portcullis.Formats.Reports;

namespace Portcullis.Benchmarks.Vpc;

/// <summary>Real collector files: the endpoint report of the largest conformance input, the subnet report of the fabricated 1,000-subnet configuration.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class SharedInputBenchmarks
{
    private string _hubAndSpoke = null!;
    private string _fabricated = null!;

    [GlobalSetup]
    public void Setup()
    {
        _hubAndSpoke = SharedData.File("conformance/npguard/input/input_hub_n_spoke_1.json");
        _fabricated = SharedData.File("benchdata/vpc/input_fabricated.json");
    }

    [Benchmark(Description = "endpoint report, hub_n_spoke_1 (read, analyse, write txt)")]
    public long HubAndSpokeEndpoints() => Report(_hubAndSpoke, analyzer => analyzer.AnalyzeEndpoints());

    [Benchmark(Description = "subnet report, fabricated 100 VPCs / 1,000 subnets (read, analyse, write txt)")]
    public long FabricatedSubnets() => Report(_fabricated, analyzer => analyzer.AnalyzeSubnets());

    private static long Report(string file, Func<ConnectivityAnalyzer, ConnectivityReport> analyze)
    {
        var diagnostics = new DiagnosticBag();
        if (!IbmVpcConfigReader.TryReadFile(file, diagnostics, out var configuration))
        {
            throw new InvalidDataException(string.Join("; ", diagnostics.ToImmutable()));
        }

        var topology = NetworkTopology.Build(configuration, TopologyFilter.None, diagnostics) ?? throw new InvalidDataException(string.Join("; ", diagnostics.ToImmutable()));
        using var writer = new CountingWriter();
        ConnectivityReportWriter.Write(analyze(new ConnectivityAnalyzer(topology)), ReportFormat.Txt, writer);
        return writer.Length;
    }
}
