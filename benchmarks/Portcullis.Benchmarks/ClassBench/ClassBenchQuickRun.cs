using System.Diagnostics;
using Portcullis.Core.Diagnostics;
using Portcullis.Flows.Classification;
using Portcullis.Flows.Formats.ClassBench;

namespace Portcullis.Benchmarks.ClassBench;

/// <summary>
/// <c>classbench --rules FILE --trace FILE [--runs N]</c>: builds the classifier, classifies the whole trace on one
/// thread several times, checks every decision against the trace's expected index, and prints lookups per second.
/// </summary>
public static class ClassBenchQuickRun
{
    private const int MaxRuns = 1000;

    public static int Run(string[] args)
    {
        string? rulesPath = null, tracePath = null;
        var runs = 7;
        var batch = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rules" when i + 1 < args.Length:
                    rulesPath = args[++i];
                    break;
                case "--trace" when i + 1 < args.Length:
                    tracePath = args[++i];
                    break;
                case "--runs" when i + 1 < args.Length:
                    // A run is a pass over the whole trace; more than a thousand is a typo, not a measurement.
                    if (!int.TryParse(args[++i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out runs) || runs is < 1 or > MaxRuns)
                    {
                        Console.Error.WriteLine($"classbench: --runs '{args[i]}' is not a whole number from 1 to {MaxRuns}");
                        return 2;
                    }

                    break;
                case "--batch":
                    batch = true;
                    break;
                case "--tune" when i + 1 < args.Length && args[i + 1].Split('=') is [var name, var value] && ClassifierTuning.TrySet(name, value):
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"classbench: unknown argument '{args[i]}'");
                    return 2;
            }
        }

        if (rulesPath is null || tracePath is null)
        {
            Console.Error.WriteLine("usage: classbench --rules FILE --trace FILE[.gz] [--runs N] [--batch] [--tune name=value ...]");
            return 2;
        }

        var diagnostics = new DiagnosticBag();
        if (!ClassBenchReader.TryReadFilters(rulesPath, diagnostics, out var filters) | !ClassBenchReader.TryReadTrace(tracePath, diagnostics, out var packets))
        {
            foreach (var diagnostic in diagnostics.ToImmutable())
            {
                Console.Error.WriteLine($"classbench: {diagnostic}");
            }

            return 2;
        }

        var rules = ClassBenchReader.ToClassifierRules(filters).ToArray();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var classifier = FirstMatchClassifier.Build(rules);
        var build = watch.Elapsed;
        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
        var warmBuilds = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            watch.Restart();
            GC.KeepAlive(FirstMatchClassifier.Build(rules));
            warmBuilds.Add(watch.Elapsed.TotalMilliseconds);
        }

        warmBuilds.Sort();
        var statistics = classifier.Statistics;
        Console.WriteLine($"{Path.GetFileName(rulesPath)}: {filters.Length} filters, {statistics.Entries} entries, {statistics.Tables} tables, "
            + $"build {build.TotalMilliseconds:F1} ms cold, {warmBuilds[2]:F1} ms warm (median of 5), {statistics.MemoryBytes / 1e6:F2} MB slots ({(memoryAfter - memoryBefore) / 1e6:F2} MB managed)");
        foreach (var shape in statistics.TableShapes.Take(12))
        {
            Console.WriteLine($"  {shape}");
        }

        var flows = packets.Select(p => p.Flow).ToArray();
        var decisions = new int[flows.Length];
        var rates = new List<double>();
        var cpuRates = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var cpuStart = ThreadClock.Now();
            watch.Restart();
            if (batch)
            {
                classifier.Classify(flows, decisions);
            }
            else
            {
                ClassifyOneByOne(classifier, flows, decisions);
            }

            var seconds = watch.Elapsed.TotalSeconds;
            var cpuSeconds = (ThreadClock.Now() - cpuStart)?.TotalSeconds;
            rates.Add(flows.Length / seconds / 1e6);
            cpuRates.Add(cpuSeconds is { } cpu ? flows.Length / cpu / 1e6 : double.NaN);
            Console.WriteLine($"  run {run + 1}: {flows.Length / seconds / 1e6:F2} Mpps ({cpuRates[^1]:F2} Mpps on thread CPU time)");
        }

        var mismatches = 0;
        for (var i = 0; i < packets.Length; i++)
        {
            if (decisions[i] != packets[i].ExpectedIndex)
            {
                if (++mismatches <= 5)
                {
                    Console.WriteLine($"  mismatch: {packets[i].Flow} expected {packets[i].ExpectedIndex}, got {decisions[i]}");
                }
            }
        }

        if (ProbeStats.Totals is { Lookups: > 0 } totals)
        {
            Console.WriteLine($"tables/lookup {(double)totals.Tables / totals.Lookups:F2}, entries/lookup {(double)totals.Entries / totals.Lookups:F2}");
        }

        // Updates: remove and put back every tenth rule, then check the trace again.
        var updatable = UpdatableClassifier.Build(rules);
        var churn = rules.Where((_, i) => i % 10 == 0).ToArray();
        watch.Restart();
        foreach (var rule in churn)
        {
            updatable.Remove(rule);
        }

        foreach (var rule in churn)
        {
            updatable.Insert(rule);
        }

        var updateSeconds = watch.Elapsed.TotalSeconds;
        var updateMismatches = packets.Count(p => updatable.Classify(p.Flow) != p.ExpectedIndex);
        Console.WriteLine($"updates: {2 * churn.Length / updateSeconds / 1e6:F2} M/s ({churn.Length} rules removed and inserted back), then {updateMismatches} mismatches on the trace");

        rates.Sort();
        cpuRates.Sort();
        Console.WriteLine($"median on thread CPU time: {cpuRates[cpuRates.Count / 2]:F2} Mpps");
        Console.WriteLine($"classbench: {rates[rates.Count / 2]:F2} Mpps, {mismatches + updateMismatches} mismatches");
        return mismatches == 0 && updateMismatches == 0 ? 0 : 1;
    }

    // Optimised at once: the loop runs a handful of times, too few for tiered compilation to reach its best code.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void ClassifyOneByOne(FirstMatchClassifier classifier, FlowKey[] flows, int[] decisions)
    {
        for (var i = 0; i < flows.Length; i++)
        {
            decisions[i] = classifier.Classify(flows[i]);
        }
    }
}
