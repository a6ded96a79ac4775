using System.Collections.Immutable;

namespace Portcullis.Application.Policies;

/// <summary>What the isolation-set generator (the coming <c>cluster isolate</c>) is asked: the region and the cluster's own values.</summary>
public sealed record IbmIsolationOptions
{
    /// <summary>The cluster's region (one IBM publishes the set for).</summary>
    public required string Region { get; init; }

    /// <summary>The cluster's pod subnet (CIDR); absent keeps IBM's classic default 172.30.0.0/16.</summary>
    public string? PodSubnet { get; init; }

    /// <summary>The cluster's service subnet (CIDR); absent keeps the region's published proxy addresses.</summary>
    public string? ServiceSubnet { get; init; }

    /// <summary>Workers to create private host endpoints for, each <c>NODE=PRIVATE-IP</c>.</summary>
    public ImmutableArray<string> Workers { get; init; } = [];

    /// <summary>Whether to add the optional private-services policies.</summary>
    public bool IncludePrivateServices { get; init; }

    /// <summary>Whether to add the optional VRRP policy.</summary>
    public bool IncludeVrrp { get; init; }

    /// <summary>The master's private service endpoints (CIDRs), when they differ from the region's published list.</summary>
    public ImmutableArray<string>? ControlPlane { get; init; }

    /// <summary>The infrastructure management nets (CIDRs), when they differ from the region's published list.</summary>
    public ImmutableArray<string>? SysMgmt { get; init; }

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
