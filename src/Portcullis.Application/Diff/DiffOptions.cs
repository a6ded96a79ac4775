using System.Collections.Immutable;
using Portcullis.Core.Analysis;
using Portcullis.Core.Topology;
using Portcullis.Formats.Reports;

namespace Portcullis.Application.Diff;

/// <summary>What <c>diff</c> is asked: what a change to the firewalls did to connectivity.</summary>
public sealed record DiffOptions
{
    /// <summary>The configuration files before the change, merged.</summary>
    public required ImmutableArray<string> Before { get; init; }

    /// <summary>The configuration files after the change, merged.</summary>
    public required ImmutableArray<string> After { get; init; }

    /// <summary>Compare endpoints (every layer) or subnets (ACLs and public gateways).</summary>
    public ConnectivityLevel Level { get; init; } = ConnectivityLevel.Endpoints;

    /// <summary>Which VPCs to compare.</summary>
    public TopologyFilter Filter { get; init; } = TopologyFilter.None;

    /// <summary>The format.</summary>
    public ReportFormat Format { get; init; } = ReportFormat.Txt;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
