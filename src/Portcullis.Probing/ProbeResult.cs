using System.Collections.Immutable;

namespace Portcullis.Probing;

/// <summary>
/// The outcome of probing one target: what each step that ran observed, the failure that stopped it (if any) and
/// the warnings of a passing probe. <see cref="Status"/> follows from them: a failure makes it
/// <see cref="ProbeStatus.Blocked"/>, warnings make it <see cref="ProbeStatus.Degraded"/>.
/// </summary>
/// <param name="Target">The target probed.</param>
public sealed record ProbeResult(ProbeTarget Target)
{
    /// <summary>Name resolution, or <see langword="null"/> when it did not run.</summary>
    public DnsObservation? Dns { get; init; }

    /// <summary>The TCP connection, or <see langword="null"/> when it was not made.</summary>
    public TcpObservation? Tcp { get; init; }

    /// <summary>The TLS handshake, or <see langword="null"/> when it did not complete or was not wanted.</summary>
    public TlsObservation? Tls { get; init; }

    /// <summary>The HTTP answer, or <see langword="null"/> when there was none or none was wanted.</summary>
    public HttpObservation? Http { get; init; }

    /// <summary>The failure that blocked the target, or <see langword="null"/>.</summary>
    public ProbeFinding? Failure { get; init; }

    /// <summary>What is wrong although every step passed.</summary>
    public ImmutableArray<ProbeFinding> Warnings { get; init; } = [];

    /// <summary>The proxy the probe went through, or <see langword="null"/> for a direct path.</summary>
    public Uri? Proxy { get; init; }

    /// <summary>How long the whole probe took.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The verdict.</summary>
    public ProbeStatus Status => Failure is not null ? ProbeStatus.Blocked : Warnings.IsDefaultOrEmpty ? ProbeStatus.Open : ProbeStatus.Degraded;

    /// <summary>The step that failed, or else the deepest step that ran.</summary>
    public ProbeStep LastStep => Failure?.Step ?? Target.Depth;
}
