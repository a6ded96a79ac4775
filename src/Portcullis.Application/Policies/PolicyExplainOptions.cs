using Portcullis.Policies.Formats.Explain;

namespace Portcullis.Application.Policies;

/// <summary>What <c>policy explain</c> is asked: which connections between which two sides, and why.</summary>
public sealed record PolicyExplainOptions
{
    /// <summary>What to read.</summary>
    public required PolicyInput Input { get; init; }

    /// <summary>The source: <c>namespace/pod</c>, <c>namespace/workload</c>, a host endpoint's name, an IP address or a CIDR.</summary>
    public required string Source { get; init; }

    /// <summary>The destination, likewise.</summary>
    public required string Destination { get; init; }

    /// <summary>A protocol name (tcp, udp, sctp, icmp, icmpv6) or number, or <see langword="null"/> for every protocol.</summary>
    public string? Protocol { get; init; }

    /// <summary>Destination ports (<c>N</c> or <c>N-M</c>) for TCP, UDP or SCTP.</summary>
    public string? Ports { get; init; }

    /// <summary>An ICMP type.</summary>
    public int? IcmpType { get; init; }

    /// <summary>An ICMP code (with a type).</summary>
    public int? IcmpCode { get; init; }

    /// <summary>The format.</summary>
    public PolicyExplainFormat Format { get; init; } = PolicyExplainFormat.Txt;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
