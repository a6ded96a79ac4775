using System.Collections.Immutable;
using Portcullis.Core.Addresses;

namespace Portcullis.Policies.Isolation;

/// <summary>The cluster's values that the generated isolation set depends on; every absent value keeps IBM's published one.</summary>
public sealed record IbmIsolationParameters
{
    /// <summary>IBM's published values: the classic default pod subnet, the region's published proxies and lists, required policies only.</summary>
    public static IbmIsolationParameters Published { get; } = new();

    /// <summary>The cluster's pod subnet, which workers may reach (IBM publishes the classic default 172.30.0.0/16; VPC clusters default to 172.17.0.0/18).</summary>
    public IpPrefix? PodSubnet { get; init; }

    /// <summary>The cluster's service subnet: its first address is the master's local proxy (IBM publishes 172.21.0.1 and, in some regions, 10.10.10.1 for old clusters).</summary>
    public IpPrefix? ServiceSubnet { get; init; }

    /// <summary>The master's private service endpoints, when they differ from the region's published list.</summary>
    public ImmutableArray<IpPrefix>? ControlPlane { get; init; }

    /// <summary>The infrastructure management subnets, when they differ from the region's published list.</summary>
    public ImmutableArray<IpPrefix>? SysMgmt { get; init; }

    /// <summary>Whether to include the optional allow-private-services and allow-private-services-pods policies (registry, monitoring, logging).</summary>
    public bool IncludePrivateServices { get; init; }

    /// <summary>Whether to include the optional allow-vrrp-private policy (needed by load balancer services on classic).</summary>
    public bool IncludeVrrp { get; init; }

    /// <summary>The workers to create private host endpoints for (IBM's template; empty where the platform creates them).</summary>
    public ImmutableArray<IbmWorker> Workers { get; init; } = [];
}
