using Portcullis.Flows.Replay;

namespace Portcullis.Flows.Formats.FlowLogs;

/// <summary>Receives the objects one pipeline worker reads (each worker has its own consumer, so it needs no locking).</summary>
public interface IFlowLogConsumer
{
    /// <summary>One object's header and valid records; <paramref name="records"/> is only valid during the call.</summary>
    public void Consume(FlowLogHeader header, ReadOnlySpan<FlowRecord> records);
}
