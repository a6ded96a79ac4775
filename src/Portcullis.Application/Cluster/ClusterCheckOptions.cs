using System.Collections.Immutable;
using Portcullis.Cluster.Requirements;
using Portcullis.Formats.Reports;

namespace Portcullis.Application.Cluster;

/// <summary>What <c>cluster check</c> is asked: the cluster's requirements against its VPC firewalls.</summary>
public sealed record ClusterCheckOptions
{
    /// <summary>The cluster description file.</summary>
    public required string Description { get; init; }

    /// <summary>VPC configuration files instead of those the description lists (none: the description's).</summary>
    public ImmutableArray<string> Configs { get; init; } = [];

    /// <summary>The era to check against instead of the one the cluster's version selects.</summary>
    public DocumentationEra? Era { get; init; }

    /// <summary>Descriptions of other clusters in the same VPC to check isolation from (text only).</summary>
    public ImmutableArray<string> Peers { get; init; } = [];

    /// <summary>The format.</summary>
    public ReportFormat Format { get; init; } = ReportFormat.Txt;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
