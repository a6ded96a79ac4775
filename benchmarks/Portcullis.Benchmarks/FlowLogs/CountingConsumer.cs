using Portcullis.Flows.Formats.FlowLogs;
using Portcullis.Flows.Replay;

namespace Portcullis.Benchmarks.FlowLogs;

/// <summary>The floor's consumer: takes every parsed record and only counts it (so nothing is optimised away).</summary>
public sealed class CountingConsumer : IFlowLogConsumer
{
    public long Records { get; private set; }

    public long Checksum { get; private set; }

    public void Consume(FlowLogHeader header, ReadOnlySpan<FlowRecord> records)
    {
        Records += records.Length;
        foreach (var record in records)
        {
            Checksum += record.Connection.DestinationPort;
        }
    }
}
