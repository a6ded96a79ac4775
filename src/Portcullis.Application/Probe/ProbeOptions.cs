using System.Collections.Immutable;
using Portcullis.Cluster.Requirements;
using Portcullis.Formats.Reports;
using Portcullis.Probing;

namespace Portcullis.Application.Probe;

/// <summary>What <c>probe</c> is asked: which targets to verify live, how, and what fails the run.</summary>
public sealed record ProbeOptions
{
    /// <summary>The time the whole run may take when none is given.</summary>
    public static readonly TimeSpan DefaultOverallTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Targets as written on the command line (URLs, <c>host:port</c>, <c>tls://</c>, <c>dns://</c>).</summary>
    public ImmutableArray<string> Targets { get; init; } = [];

    /// <summary>YAML or JSON files of targets.</summary>
    public ImmutableArray<string> TargetFiles { get; init; } = [];

    /// <summary>A cluster description whose workstation egress to probe, if any.</summary>
    public string? Cluster { get; init; }

    /// <summary>With <see cref="Cluster"/>, the era instead of the one the description states or its version selects.</summary>
    public DocumentationEra? Era { get; init; }

    /// <summary>HTTP statuses that pass for the command line's URLs, such as <c>200,204</c> or <c>2xx</c>.</summary>
    public string? ExpectStatus { get; init; }

    /// <summary>A (dotted) JSON property the command line's URLs must answer.</summary>
    public string? ExpectJson { get; init; }

    /// <summary>Text the command line's URLs must answer.</summary>
    public string? ExpectBody { get; init; }

    /// <summary>Whether untrusted certificates are accepted (the targets are then degraded).</summary>
    public bool Insecure { get; init; }

    /// <summary>A PEM file of CA certificates to trust instead of the system's, if any.</summary>
    public string? CaCertificates { get; init; }

    /// <summary>An HTTP proxy instead of the environment's, <c>none</c> for none, or <see langword="null"/> for the environment's.</summary>
    public string? Proxy { get; init; }

    /// <summary>The time for each step of each target, or <see langword="null"/> for <see cref="ProberOptions.DefaultStepTimeout"/>.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The time for the whole run, or <see langword="null"/> for <see cref="DefaultOverallTimeout"/>.</summary>
    public TimeSpan? OverallTimeout { get; init; }

    /// <summary>How many targets are probed at once.</summary>
    public int Concurrency { get; init; } = ProberOptions.DefaultConcurrency;

    /// <summary>In text, whether to show every step of every target.</summary>
    public bool Detail { get; init; }

    /// <summary>Whether a degraded target fails the run too.</summary>
    public bool Strict { get; init; }

    /// <summary>The format.</summary>
    public ReportFormat Format { get; init; } = ReportFormat.Txt;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
