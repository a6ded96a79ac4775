namespace Portcullis.Testing.IbmCloud;

/// <summary>
/// A clock that runs <see cref="Factor"/> times faster than the real one, timers included: a 30-second timeout or
/// a 10-second <c>Retry-After</c> passes in a fraction of a second, while everything keeps its proportions (a call
/// that answers in 5 ms still beats a timeout of seconds). For end-to-end tests of waits and timeouts against a
/// real server, where a <c>FakeTimeProvider</c> would have to be advanced by hand at the right moments.
/// </summary>
public sealed class AcceleratedTimeProvider : TimeProvider
{
    private readonly DateTimeOffset _origin = System.GetUtcNow();
    private readonly long _originTimestamp = System.GetTimestamp();

    /// <summary>Creates a clock <paramref name="factor"/> times as fast as the real one.</summary>
    public AcceleratedTimeProvider(double factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1.0);
        Factor = factor;
    }

    /// <summary>How much faster than real time this clock runs.</summary>
    public double Factor { get; }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _origin + (System.GetElapsedTime(_originTimestamp) * Factor);

    /// <inheritdoc />
    public override long GetTimestamp() => _originTimestamp + (long)((System.GetTimestamp() - _originTimestamp) * Factor);

    /// <inheritdoc />
    public override long TimestampFrequency => System.TimestampFrequency;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    private TimeSpan Scale(TimeSpan span) => span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : span / Factor;

    private sealed class ScaledTimer(ITimer inner, AcceleratedTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
