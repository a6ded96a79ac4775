using System.Diagnostics;
using System.Globalization;

namespace Portcullis.Benchmarks.FlowLogs;

/// <summary>
/// <c>quick-flows [--records N,N,...] [--runs N]</c>: for flow-log trees of increasing size, the floor (decompress and
/// parse) and the end-to-end replay in the same process, alternating, with records per second, their ratio, and the
/// peak managed heap and working set during each job (sampled every 5 ms), to show that memory stays flat.
/// </summary>
public static class FlowReplayQuickRun
{
    public static int Run(string[] args)
    {
        long[] sizes = [250_000, 1_000_000, 4_000_000];
        var runs = 3;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--records" when i + 1 < args.Length:
                    sizes = [.. args[++i].Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture))];
                    break;
                case "--runs" when i + 1 < args.Length:
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"quick-flows: unknown argument '{args[i]}'");
                    return 2;
            }
        }

        var trees = sizes.Select(FlowLogInputs.Tree).ToArray();
        Console.WriteLine($"VPC: {FlowLogInputs.Topology.Endpoints.Count()} endpoints; {Environment.ProcessorCount} cores; server GC {System.Runtime.GCSettings.IsServerGC}");
        // Warm up once on the smallest tree, so that the JIT's tiers do not count against the first size.
        FlowReplayRun.Floor(trees[0]);
        FlowReplayRun.Replay(trees[0]);
        var build = Stopwatch.StartNew();
        var engine = Flows.Replay.FlowReplayEngine.Build(FlowLogInputs.Topology);
        Console.WriteLine($"replay engine build (classifiers of every ACL and security group): {build.Elapsed.TotalMilliseconds:F0} ms for {engine.InterfaceIds.Count()} vNICs");
        Console.WriteLine("(medians of the runs; CPU = process CPU time, what the job costs whatever else the machine runs)");
        Console.WriteLine("  records  floor rec/s  replay rec/s  replay/floor wall  replay/floor CPU  floor heap/ws MB  replay heap/ws MB");
        for (var s = 0; s < sizes.Length; s++)
        {
            var floor = new List<(double Seconds, double Cpu, long Heap, long WorkingSet)>();
            var replay = new List<(double Seconds, double Cpu, long Heap, long WorkingSet)>();
            for (var run = 0; run < runs; run++)
            {
                floor.Add(Measure(() => FlowReplayRun.Floor(trees[s])));
                replay.Add(Measure(() => FlowReplayRun.Replay(trees[s])));
            }

            var (floorWall, replayWall) = (Median(floor.Select(m => m.Seconds)), Median(replay.Select(m => m.Seconds)));
            var (floorCpu, replayCpu) = (Median(floor.Select(m => m.Cpu)), Median(replay.Select(m => m.Cpu)));
            Console.WriteLine($"{sizes[s],9:N0}  {sizes[s] / floorWall,11:N0}  {sizes[s] / replayWall,12:N0}  {replayWall / floorWall,16:F2}x  {replayCpu / floorCpu,15:F2}x  "
                + $"{floor.Max(m => m.Heap) / 1e6,7:F0} / {floor.Max(m => m.WorkingSet) / 1e6,5:F0}   {replay.Max(m => m.Heap) / 1e6,7:F0} / {replay.Max(m => m.WorkingSet) / 1e6,5:F0}");
        }

        return 0;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static (double Seconds, double Cpu, long Heap, long WorkingSet) Measure(Action job)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long peakHeap = 0, peakWorkingSet = 0;
        using var stop = new CancellationTokenSource();
        var process = Process.GetCurrentProcess();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                process.Refresh();
                peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
                await Task.Delay(5).ConfigureAwait(false);
            }
        });
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        job();
        var seconds = watch.Elapsed.TotalSeconds;
        stop.Cancel();
        sampler.Wait();
        process.Refresh();
        return (seconds, (process.TotalProcessorTime - cpu).TotalSeconds, peakHeap, peakWorkingSet);
    }
}
