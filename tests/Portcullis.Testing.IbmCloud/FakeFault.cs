namespace Portcullis.Testing.IbmCloud;

/// <summary>
/// A fault the fake injects into the requests whose path (after the API's prefix, such as <c>vpcs</c> or
/// <c>identity/token</c>) contains <see cref="PathContains"/>: for the first <see cref="Times"/> of them, or for all
/// when <see cref="Times"/> is <see langword="null"/>.
/// </summary>
public sealed class FakeFault
{
    private int _hits;

    /// <summary>Creates a fault.</summary>
    public FakeFault(FaultKind kind, string pathContains, int? times = 1)
    {
        Kind = kind;
        PathContains = pathContains;
        Times = times;
    }

    /// <summary>What the fake answers.</summary>
    public FaultKind Kind { get; }

    /// <summary>The requests it applies to.</summary>
    public string PathContains { get; }

    /// <summary>How many requests it applies to; <see langword="null"/> for all.</summary>
    public int? Times { get; }

    /// <summary>The <c>Retry-After</c> of a 429, if any.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>How long a slow answer takes.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many requests it has been applied to.</summary>
    public int Hits => Volatile.Read(ref _hits);

    internal bool TryApply(string path)
    {
        if (!path.Contains(PathContains, StringComparison.Ordinal))
        {
            return false;
        }

        var hit = Interlocked.Increment(ref _hits);
        if (Times is { } times && hit > times)
        {
            Interlocked.Decrement(ref _hits);
            return false;
        }

        return true;
    }
}
