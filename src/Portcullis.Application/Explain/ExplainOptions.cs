using System.Collections.Immutable;
using Portcullis.Core.Topology;
using Portcullis.Formats.Reports;

namespace Portcullis.Application.Explain;

/// <summary>What <c>explain</c> is asked: why connections from a source to a destination are allowed or blocked.</summary>
public sealed record ExplainOptions
{
    /// <summary>The VPC configuration files, merged.</summary>
    public required ImmutableArray<string> Configs { get; init; }

    /// <summary>Which VPCs to analyse.</summary>
    public TopologyFilter Filter { get; init; } = TopologyFilter.None;

    /// <summary>The source: a resource name, id or CRN, an address or a CIDR.</summary>
    public required string Source { get; init; }

    /// <summary>The destination, in the same forms.</summary>
    public required string Destination { get; init; }

    /// <summary>The protocol asked about (a name, <c>any</c> or a number), or <see langword="null"/> for all.</summary>
    public string? Protocol { get; init; }

    /// <summary>Source ports for TCP and UDP, such as <c>1024-65535</c>, or <see langword="null"/> for all.</summary>
    public string? SourcePorts { get; init; }

    /// <summary>Destination ports for TCP and UDP, or <see langword="null"/> for all.</summary>
    public string? DestinationPorts { get; init; }

    /// <summary>The ICMP type, or <see langword="null"/> for all.</summary>
    public int? IcmpType { get; init; }

    /// <summary>The ICMP code, or <see langword="null"/> for all.</summary>
    public int? IcmpCode { get; init; }

    /// <summary>Whether to list every rule of every layer.</summary>
    public bool Detail { get; init; }

    /// <summary>The format.</summary>
    public ReportFormat Format { get; init; } = ReportFormat.Txt;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
