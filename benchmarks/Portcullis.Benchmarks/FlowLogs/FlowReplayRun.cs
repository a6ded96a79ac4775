using Portcullis.Flows.Formats.FlowLogs;
using Portcullis.Flows.Replay;

namespace Portcullis.Benchmarks.FlowLogs;

/// <summary>The two measured jobs, shared by the BenchmarkDotNet suite and the quick mode.</summary>
public static class FlowReplayRun
{
    /// <summary>The floor: list, decompress and parse every object on every core, and do nothing with the records.</summary>
    public static long Floor(string tree)
    {
        var result = FlowLogPipeline.RunAsync([tree], () => new CountingConsumer()).GetAwaiter().GetResult();
        return result.Consumers.Cast<CountingConsumer>().Sum(c => c.Records);
    }

    /// <summary>End to end: compile the configuration's classifiers, replay every record on every core, merge and report.</summary>
    public static FlowReplayReport Replay(string tree)
    {
        var engine = FlowReplayEngine.Build(FlowLogInputs.Topology);
        var result = FlowLogPipeline.RunAsync([tree], () => new FlowReplayConsumer(engine, engine.CreateTally())).GetAwaiter().GetResult();
        var tally = engine.CreateTally();
        foreach (var consumer in result.Consumers.Cast<FlowReplayConsumer>())
        {
            tally.Merge(consumer.Tally);
        }

        return engine.Report(tally);
    }
}
