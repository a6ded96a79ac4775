using System.Collections.Immutable;
using Portcullis.Cluster.Formats.Fix;
using Portcullis.Cluster.Requirements;

namespace Portcullis.Application.Cluster;

/// <summary>What <c>cluster fix</c> is asked: the smallest set of rules that makes every requirement pass.</summary>
public sealed record ClusterFixOptions
{
    /// <summary>The cluster description file.</summary>
    public required string Description { get; init; }

    /// <summary>VPC configuration files instead of those the description lists (none: the description's).</summary>
    public ImmutableArray<string> Configs { get; init; } = [];

    /// <summary>The era to fix for instead of the one the cluster's version selects.</summary>
    public DocumentationEra? Era { get; init; }

    /// <summary>Whether to write protocol <c>all</c> instead of <c>icmp_tcp_udp</c>.</summary>
    public bool LegacyProtocols { get; init; }

    /// <summary>The format.</summary>
    public FixFormat Format { get; init; } = FixFormat.Script;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }

    /// <summary>The file to write the patched configuration to (IBM VPC JSON, which every command reads), if any.</summary>
    public string? WriteConfig { get; init; }
}
