using System.Collections.Immutable;
using Portcullis.Core.Addresses;

namespace Portcullis.Policies.Isolation;

/// <summary>
/// What IBM's private-network isolation set says about one region: the addresses that differ between regions. Every
/// list keeps IBM's order so that the generated policies read like IBM's own files.
/// </summary>
public sealed record IbmIsolationRegion
{
    /// <summary>The region's name (for example <c>us-south</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The master's private service endpoints of every zone of the region (policies allow-private-service-endpoint and allow-egress-pods-private).</summary>
    public required ImmutableArray<IpPrefix> ControlPlane { get; init; }

    /// <summary>The addresses of the master's local proxy on port 443 (the first address of the cluster's service subnet; older clusters used 10.10.10.1).</summary>
    public required ImmutableArray<IpPrefix> ServiceProxy { get; init; }

    /// <summary>The classic infrastructure management subnets (policy allow-sys-mgmt-private, both directions).</summary>
    public required ImmutableArray<IpPrefix> SysMgmt { get; init; }

    /// <summary>The private service endpoints workers may reach (optional policy allow-private-services).</summary>
    public required ImmutableArray<IbmIsolationServiceRule> WorkerServices { get; init; }

    /// <summary>The private service endpoints pods may reach (optional policy allow-private-services-pods).</summary>
    public required ImmutableArray<IbmIsolationServiceRule> PodServices { get; init; }

    /// <summary>Whether IBM publishes the host-endpoint template for the region (it does not for ca-tor).</summary>
    public bool HasHostEndpointTemplate { get; init; }
}
