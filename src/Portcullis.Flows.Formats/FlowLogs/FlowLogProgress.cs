namespace Portcullis.Flows.Formats.FlowLogs;

/// <summary>
/// Live counters of a running <see cref="FlowLogPipeline"/>, updated by its workers and safe to read from any thread
/// (for a progress display).
/// </summary>
public sealed class FlowLogProgress
{
    private long _files;
    private long _bytes;
    private long _records;

    /// <summary>Files to read, once the inputs have been listed.</summary>
    public long TotalFiles { get; internal set; }

    /// <summary>Bytes (as stored, compressed) to read, once the inputs have been listed.</summary>
    public long TotalBytes { get; internal set; }

    /// <summary>Files read so far.</summary>
    public long Files => Interlocked.Read(ref _files);

    /// <summary>Stored bytes read so far.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Records read so far.</summary>
    public long Records => Interlocked.Read(ref _records);

    internal void Add(long bytes, long records)
    {
        Interlocked.Increment(ref _files);
        Interlocked.Add(ref _bytes, bytes);
        Interlocked.Add(ref _records, records);
    }
}
