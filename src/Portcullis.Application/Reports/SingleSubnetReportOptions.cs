using System.Collections.Immutable;
using Portcullis.Core.Topology;
using Portcullis.Formats.Reports;

namespace Portcullis.Application.Reports;

/// <summary>What <c>report single-subnet</c> is asked: each subnet's network ACL on its own.</summary>
public sealed record SingleSubnetReportOptions
{
    /// <summary>The VPC configuration files, merged.</summary>
    public required ImmutableArray<string> Configs { get; init; }

    /// <summary>Which VPCs to analyse.</summary>
    public TopologyFilter Filter { get; init; } = TopologyFilter.None;

    /// <summary>The format.</summary>
    public ReportFormat Format { get; init; } = ReportFormat.Txt;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
