using System.Collections.Immutable;
using Portcullis.Cluster.Allowlist;
using Portcullis.Cluster.Formats.Allowlist;

namespace Portcullis.Application.Cluster;

/// <summary>What <c>cluster allowlist</c> is asked: what another service's firewall must allow for the cluster.</summary>
public sealed record ClusterAllowlistOptions
{
    /// <summary>The cluster description file.</summary>
    public required string Description { get; init; }

    /// <summary>VPC configuration files instead of those the description lists (none: the description's, if any).</summary>
    public ImmutableArray<string> Configs { get; init; } = [];

    /// <summary>Which traffic the other firewall admits.</summary>
    public AllowlistDirection Direction { get; init; } = AllowlistDirection.FromCluster;

    /// <summary>Towards the cluster: the workers' addresses instead of the worker subnets.</summary>
    public bool Workers { get; init; }

    /// <summary>The protocol (tcp, udp, icmp ...), or <see langword="null"/> for all.</summary>
    public string? Protocol { get; init; }

    /// <summary>With TCP or UDP, the destination ports, or <see langword="null"/> for all.</summary>
    public string? Ports { get; init; }

    /// <summary>Whether ibmcloud and Terraform rules write protocol <c>all</c> instead of <c>icmp_tcp_udp</c>.</summary>
    public bool LegacyProtocols { get; init; }

    /// <summary>The format.</summary>
    public AllowlistFormat Format { get; init; } = AllowlistFormat.List;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
