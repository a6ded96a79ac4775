using BenchmarkDotNet.Attributes;
using Portcullis.Benchmarks.Vpc;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint;
using Portcullis.Core.Topology;

namespace Portcullis.Benchmarks.Lint;

/// <summary>
/// <c>portcullis lint</c>'s work on the generated 1,000-subnet / 5,000-endpoint VPC: every default linter (the
/// connectivity ones share one endpoint analysis), and the two rule-redundancy linters alone.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LintBenchmarks
{
    private NetworkTopology _topology = null!;

    [GlobalSetup]
    public void Setup() =>
        _topology = NetworkTopology.Build(new VpcGenerator(seed: 2026).Generate(VpcGenerator.Large), TopologyFilter.None, new DiagnosticBag())!;

    [Benchmark(Description = "lint, default linters")]
    public int Default()
    {
        LinterRegistry.TrySelect([], [], out var linters, out _);
        return LintRunner.Run(_topology, linters).Findings.Length;
    }

    [Benchmark(Description = "lint, nacl-rule-shadowed + sg-rule-implied")]
    public int Redundancy() => LintRunner.Run(_topology, [LinterRegistry.Find("nacl-rule-shadowed")!, LinterRegistry.Find("sg-rule-implied")!]).Findings.Length;
}
