using System.Collections.Immutable;
using Portcullis.Core.Topology;
using Portcullis.Formats.Reports;

namespace Portcullis.Application.Reports;

/// <summary>What <c>report subnets</c> is asked: subnet to subnet (and to the internet), as the network ACLs allow.</summary>
public sealed record SubnetsReportOptions
{
    /// <summary>The VPC configuration files, merged.</summary>
    public required ImmutableArray<string> Configs { get; init; }

    /// <summary>Which VPCs to analyse.</summary>
    public TopologyFilter Filter { get; init; } = TopologyFilter.None;

    /// <summary>The format.</summary>
    public ReportFormat Format { get; init; } = ReportFormat.Txt;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }

    /// <summary>Whether lines that say the same thing merge.</summary>
    public bool Grouping { get; init; }

    /// <summary>The exact established wording (the default, for scripts) or the readable one.</summary>
    public ReportStyle Style { get; init; } = ReportStyle.Exact;
}
