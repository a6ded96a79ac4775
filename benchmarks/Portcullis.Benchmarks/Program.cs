using System.Diagnostics;
using BenchmarkDotNet.Running;
using Portcullis.Benchmarks.ClassBench;
using Portcullis.Benchmarks.FlowLogs;
using Portcullis.Benchmarks.Vpc;

// dotnet run -c Release --project benchmarks/Portcullis.Benchmarks -- --filter '*'     (BenchmarkDotNet suite)
// dotnet run -c Release --project benchmarks/Portcullis.Benchmarks -- quick-vpc        (one timed run, for a quick look)
// dotnet run -c Release --project benchmarks/Portcullis.Benchmarks -- classbench --rules FILE --trace FILE[.gz]
//                                                                        (classifier lookups per second, checked against the trace)
// dotnet run -c Release --project benchmarks/Portcullis.Benchmarks -- generate-dense [--subnets 1000 --seed 1 --output dense.json]
//                                                                        (the dense, rule-heavy VPC of the streaming benchmarks)
// dotnet run -c Release --project benchmarks/Portcullis.Benchmarks -- quick-dense --config dense.json [--format txt|json --output FILE]
//                                                                        (the dense report's time and memory by phase, and its write floor)
// dotnet run -c Release --project benchmarks/Portcullis.Benchmarks -- quick-flows [--records 250000,1000000,4000000]
//                                                                        (flow replay against its decompress+parse floor)
if (args is ["classbench", ..])
{
    return ClassBenchQuickRun.Run(args);
}

if (args is ["quick-flows", ..])
{
    return FlowReplayQuickRun.Run(args);
}

if (args is ["quick-dense", ..])
{
    return DenseReportQuickRun.Run(args);
}

if (args is ["generate-dense", ..])
{
    return DenseVpcGenerator.Run(args);
}

if (args is ["quick-vpc", ..])
{
    var benchmark = new EndpointReportBenchmarks();
    var watch = Stopwatch.StartNew();
    benchmark.Setup();
    Console.WriteLine($"generate + compile: {watch.Elapsed.TotalSeconds:F2} s");
    watch.Restart();
    var lines = benchmark.Analyse();
    Console.WriteLine($"analyse: {watch.Elapsed.TotalSeconds:F2} s, {lines} endpoint pairs");
    watch.Restart();
    var characters = benchmark.EndToEnd();
    Console.WriteLine($"end to end: {watch.Elapsed.TotalSeconds:F2} s, {characters / 1e6:F1} M characters, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
