using BenchmarkDotNet.Attributes;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Formats.Reports;

namespace Portcullis.Benchmarks.Vpc;

/// <summary>
/// The endpoint report on the generated 1,000-subnet / 5,000-endpoint VPC: compile, analyse, and the whole report
/// as text (written to a null stream). Target: under 5 s and 2 GB on 2 cores.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class EndpointReportBenchmarks
{
    private VpcConfiguration _configuration = null!;
    private NetworkTopology _topology = null!;

    [GlobalSetup]
    public void Setup()
    {
        _configuration = new VpcGenerator(seed: 2026).Generate(VpcGenerator.Large);
        _topology = NetworkTopology.Build(_configuration, TopologyFilter.None, new DiagnosticBag())!;
    }

    [Benchmark(Description = "analyse endpoints (compiled topology)")]
    public int Analyse() => new ConnectivityAnalyzer(_topology).AnalyzeEndpoints().Sections.Sum(s => s.Lines.Length);

    [Benchmark(Description = "endpoint report end to end (compile, analyse, write txt)")]
    public long EndToEnd()
    {
        var topology = NetworkTopology.Build(_configuration, TopologyFilter.None, new DiagnosticBag())!;
        var report = new ConnectivityAnalyzer(topology).AnalyzeEndpoints();
        using var writer = new CountingWriter();
        ConnectivityReportWriter.Write(report, ReportFormat.Txt, writer);
        return writer.Length;
    }
}
