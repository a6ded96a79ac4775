using Portcullis.Flows.Replay;

namespace Portcullis.Flows.Formats.FlowLogs;

/// <summary>Feeds one pipeline worker's objects to a replay engine, counting into the worker's own tally.</summary>
public sealed class FlowReplayConsumer(FlowReplayEngine engine, FlowReplayTally tally) : IFlowLogConsumer
{
    /// <summary>The worker's tally.</summary>
    public FlowReplayTally Tally { get; } = tally;

    /// <inheritdoc />
    public void Consume(FlowLogHeader header, ReadOnlySpan<FlowRecord> records)
    {
        ArgumentNullException.ThrowIfNull(header);
        Tally.CountObject(header.SkippedData);
        engine.Replay(header.NetworkInterfaceId, records, Tally);
    }
}
