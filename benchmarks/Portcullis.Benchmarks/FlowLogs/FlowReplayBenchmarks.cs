using BenchmarkDotNet.Attributes;

namespace Portcullis.Benchmarks.FlowLogs;

/// <summary>
/// Flow-log replay on the generated 5,000-endpoint VPC against its floor, on growing inputs, in the same run: the
/// floor lists, decompresses and parses every object on every core; the replay also compiles the configuration's
/// classifiers, decides every record and builds the report. Allocation is per run; the quick mode
/// (<c>quick-flows</c>) samples the peak heap and working set to show that they do not grow with the input.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 15)]
public class FlowReplayBenchmarks
{
    private string _tree = string.Empty;

    [Params(250_000, 1_000_000, 4_000_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup() => _tree = FlowLogInputs.Tree(Records);

    [Benchmark(Baseline = true, Description = "floor: decompress + parse")]
    public long Floor() => FlowReplayRun.Floor(_tree);

    [Benchmark(Description = "replay end to end")]
    public long Replay() => FlowReplayRun.Replay(_tree).Evaluated;
}
