using BenchmarkDotNet.Attributes;
using Portcullis.Flows.Classification;

namespace Portcullis.Benchmarks.ClassBench;

/// <summary>
/// The compiled classifier on ClassBench acl1 1K/10K/100K with their uniform traces: lookups one by one and in
/// batches (each operation is one packet: read the result as ns per lookup, or 1000/ns Mpps), a whole build, and
/// rule updates (remove a rule and insert it back, one operation each).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ClassifierBenchmarks
{
    private const int UpdateBatch = 2_000;

    private ClassifierRule[] _rules = [];
    private FlowKey[] _flows = [];
    private int[] _decisions = [];
    private FirstMatchClassifier _classifier = null!;
    private UpdatableClassifier _updatable = null!;
    private ClassifierRule[] _churn = [];

    [Params("acl1_1k", "acl1_10k", "acl1_100k")]
    public string RuleSet { get; set; } = "acl1_10k";

    [GlobalSetup]
    public void Setup()
    {
        var (rules, packets) = ClassBenchInputs.Load(RuleSet);
        _rules = rules;
        _flows = [.. packets.Select(p => p.Flow)];
        _decisions = new int[_flows.Length];
        _classifier = FirstMatchClassifier.Build(_rules);
        _updatable = UpdatableClassifier.Build(_rules);
        var random = new Random(5);
        _churn = [.. Enumerable.Range(0, UpdateBatch).Select(_ => _rules[random.Next(_rules.Length)]).Distinct()];
        var statistics = _classifier.Statistics;
        Console.WriteLine($"// {RuleSet}: {statistics.Entries} entries in {statistics.Tables} tables, {statistics.MemoryBytes / 1e6:F2} MB");
    }

    [Benchmark(Description = "lookup, one by one", OperationsPerInvoke = 1_000_000)]
    public int Lookup()
    {
        var classifier = _classifier;
        var flows = _flows;
        var checksum = 0;
        for (var i = 0; i < flows.Length; i++)
        {
            checksum += classifier.Classify(flows[i]);
        }

        return checksum;
    }

    [Benchmark(Description = "lookup, batch API", OperationsPerInvoke = 1_000_000)]
    public int LookupBatch()
    {
        _classifier.Classify(_flows, _decisions);
        return _decisions[^1];
    }

    [Benchmark(Description = "build")]
    public FirstMatchClassifier Build() => FirstMatchClassifier.Build(_rules);

    [Benchmark(Description = "update (remove or insert one rule)", OperationsPerInvoke = 2 * UpdateBatch)]
    public int Update()
    {
        // Each rule is removed and put back, so the classifier is the same after every invocation.
        var updatable = _updatable;
        foreach (var rule in _churn)
        {
            updatable.Remove(rule);
        }

        foreach (var rule in _churn)
        {
            updatable.Insert(rule);
        }

        return updatable.RuleCount + (2 * (UpdateBatch - _churn.Length));
    }
}
