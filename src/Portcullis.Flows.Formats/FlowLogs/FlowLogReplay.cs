using Portcullis.Flows.Replay;

namespace Portcullis.Flows.Formats.FlowLogs;

/// <summary>
/// Replays flow-log trees against a configuration on every core: each worker of a <see cref="FlowLogPipeline"/>
/// counts into its own tally, and the tallies are merged into one when all are done.
/// </summary>
public static class FlowLogReplay
{
    /// <summary>Reads every file of <paramref name="paths"/>, replays its records, and merges what the workers counted.</summary>
    /// <param name="engine">The configuration to decide the records against.</param>
    /// <param name="paths">Files or directories; each must exist.</param>
    /// <param name="examples">Example connections to keep per changed decision.</param>
    /// <param name="workers">Worker count; 0 for one per core.</param>
    /// <param name="progress">Counters to update as files are read, if wanted.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<FlowLogReplayResult> RunAsync(
        FlowReplayEngine engine, IReadOnlyList<string> paths, int examples, int workers = 0, FlowLogProgress? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(paths);
        var run = await FlowLogPipeline.RunAsync(paths, () => new FlowReplayConsumer(engine, engine.CreateTally(examples)), workers, progress, cancellationToken).ConfigureAwait(false);
        var tally = engine.CreateTally(examples);
        foreach (var consumer in run.Consumers.Cast<FlowReplayConsumer>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            tally.Merge(consumer.Tally);
        }

        return new FlowLogReplayResult(tally, run);
    }
}
