namespace Portcullis.Collect;

/// <summary>How the collector calls the APIs: timeouts, retries, concurrency and API versions.</summary>
public sealed record CollectorSettings
{
    /// <summary>The default time one API call may take.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The default time the whole collection may take.</summary>
    public static readonly TimeSpan DefaultOverallTimeout = TimeSpan.FromMinutes(15);

    /// <summary>The default number of calls in flight at once.</summary>
    public const int DefaultConcurrency = 8;

    /// <summary>The most calls in flight at once that may be asked for (the APIs rate-limit an account).</summary>
    public const int MaxConcurrency = 32;

    /// <summary>The default number of retries of a call after a 429, a 5xx, a timeout or a broken connection.</summary>
    public const int DefaultRetries = 4;

    /// <summary>
    /// The VPC API version asked for: the Java SDK's default at its 0.29 release. From 2025-12-09 the API names the
    /// ICMP+TCP+UDP protocol <c>icmp_tcp_udp</c> (before: <c>all</c>); the reader takes both.
    /// </summary>
    public const string DefaultVpcApiVersion = "2026-03-24";

    /// <summary>The Transit Gateway API version asked for (any date up to today is accepted; prefix filters are in it).</summary>
    public const string DefaultTransitApiVersion = "2025-06-01";

    /// <summary>The time one API call may take (each attempt).</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>The time the whole collection may take, retries and waits included.</summary>
    public TimeSpan OverallTimeout { get; init; } = DefaultOverallTimeout;

    /// <summary>How many calls may be in flight at once.</summary>
    public int Concurrency { get; init; } = DefaultConcurrency;

    /// <summary>How many times a call is retried after a 429, a 5xx, a timeout, a cut-off answer or a broken connection.</summary>
    public int Retries { get; init; } = DefaultRetries;

    /// <summary>The first backoff delay; each retry doubles it (with jitter), up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff delay.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest <c>Retry-After</c> that is waited for; a longer one ends the call.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The <c>version</c> query parameter of VPC API calls (YYYY-MM-DD).</summary>
    public string VpcApiVersion { get; init; } = DefaultVpcApiVersion;

    /// <summary>The <c>version</c> query parameter of Transit Gateway API calls (YYYY-MM-DD).</summary>
    public string TransitApiVersion { get; init; } = DefaultTransitApiVersion;

    /// <summary>Checks the values; throws for values a caller should have refused.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(OverallTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(Concurrency, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Concurrency, MaxConcurrency);
        ArgumentOutOfRangeException.ThrowIfNegative(Retries);
        ArgumentOutOfRangeException.ThrowIfLessThan(FirstBackoff, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBackoff, FirstBackoff);
    }
}
