using System.Security.Cryptography.X509Certificates;

namespace Portcullis.Probing;

/// <summary>How a <see cref="Prober"/> works: time limits, concurrency, proxy, resolver and trust.</summary>
public sealed record ProberOptions
{
    /// <summary>The default time for each step (resolve, connect, handshake, HTTP answer).</summary>
    public static readonly TimeSpan DefaultStepTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The default number of targets probed at once.</summary>
    public const int DefaultConcurrency = 8;

    /// <summary>The most targets probed at once.</summary>
    public const int MaxConcurrencyLimit = 256;

    /// <summary>The time each step may take.</summary>
    public TimeSpan StepTimeout
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            field = value;
        }
    } = DefaultStepTimeout;

    /// <summary>The time the whole run may take, or <see langword="null"/> for no limit beyond the steps'.</summary>
    public TimeSpan? OverallTimeout
    {
        get;
        init
        {
            if (value is { } limit)
            {
                ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero);
            }

            field = value;
        }
    }

    /// <summary>How many targets are probed at once.</summary>
    public int MaxConcurrency
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxConcurrencyLimit);
            field = value;
        }
    } = DefaultConcurrency;

    /// <summary>The proxies (read them with <see cref="ProxySettings.TryFromEnvironment"/>).</summary>
    public ProxySettings Proxy { get; init; } = ProxySettings.None;

    /// <summary>The resolver.</summary>
    public IHostResolver Resolver { get; init; } = SystemHostResolver.Instance;

    /// <summary>
    /// Certificate authorities to trust instead of the system's (as <c>curl --cacert</c>), or <see langword="null"/>
    /// for the system's store.
    /// </summary>
    public X509Certificate2Collection? TrustedRoots { get; init; }

    /// <summary>The clock for timeouts, elapsed times and certificate validity.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
