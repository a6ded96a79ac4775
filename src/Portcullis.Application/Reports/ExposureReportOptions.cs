using System.Collections.Immutable;
using Portcullis.Core.Topology;
using Portcullis.Formats.Reports;

namespace Portcullis.Application.Reports;

/// <summary>What <c>report exposure</c> is asked: what the public internet and the service network may open to each endpoint, and it to them.</summary>
public sealed record ExposureReportOptions
{
    /// <summary>The VPC configuration files, merged.</summary>
    public required ImmutableArray<string> Configs { get; init; }

    /// <summary>Which VPCs to analyse.</summary>
    public TopologyFilter Filter { get; init; } = TopologyFilter.None;

    /// <summary>The format.</summary>
    public ReportFormat Format { get; init; } = ReportFormat.Txt;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }

    /// <summary>Whether each load balancer address is its own node, instead of one node per load balancer.</summary>
    public bool LoadBalancerPerIp { get; init; }

    /// <summary>
    /// Destination ports (<c>22,3389,5432-5433</c>, TCP or UDP) that the public internet must not be able to open on any
    /// endpoint: when it can, the command exits 1 (the report is still written). <see langword="null"/> to never fail.
    /// </summary>
    public string? FailOnExposure { get; init; }
}
