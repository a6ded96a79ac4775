using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Policies.Selectors;

namespace Portcullis.Policies.Model;

/// <summary>
/// The <c>source</c> or <c>destination</c> of a Calico rule. Every criterion given must hold; absent ones hold for
/// everything.
/// </summary>
public sealed record CalicoEntityRule
{
    /// <summary>An entity rule with no criterion: everything.</summary>
    public static CalicoEntityRule Any { get; } = new();

    /// <summary><c>nets</c>: the address must be in one of them; <see langword="null"/> when absent.</summary>
    public ImmutableArray<IpPrefix>? Nets { get; init; }

    /// <summary><c>notNets</c>: the address must be in none of them.</summary>
    public ImmutableArray<IpPrefix>? NotNets { get; init; }

    /// <summary><c>selector</c>: the endpoint (or network set) must match.</summary>
    public Selector? Selector { get; init; }

    /// <summary><c>notSelector</c>: the endpoint (or network set) must not match.</summary>
    public Selector? NotSelector { get; init; }

    /// <summary><c>namespaceSelector</c>: the endpoint's namespace must match (<c>global()</c> for non-namespaced ones).</summary>
    public Selector? NamespaceSelector { get; init; }

    /// <summary><c>ports</c>: the port must be one of them; <see langword="null"/> when absent.</summary>
    public ImmutableArray<PortSpec>? Ports { get; init; }

    /// <summary><c>notPorts</c>: the port must be none of them.</summary>
    public ImmutableArray<PortSpec>? NotPorts { get; init; }

    /// <summary><c>serviceAccounts.names</c>: the endpoint's service account must be one of them.</summary>
    public ImmutableArray<string>? ServiceAccountNames { get; init; }

    /// <summary><c>serviceAccounts.selector</c>: the endpoint's service account's labels must match.</summary>
    public Selector? ServiceAccountSelector { get; init; }

    /// <summary><c>services</c> (egress destinations only): the Kubernetes service, by name and namespace.</summary>
    public ServiceReference? Service { get; init; }

    /// <summary>Whether the entity rule has a criterion on who the peer is (rather than on ports).</summary>
    public bool HasPeerCriteria =>
        Nets is not null || NotNets is not null || Selector is not null || NotSelector is not null || NamespaceSelector is not null
        || ServiceAccountNames is not null || ServiceAccountSelector is not null || Service is not null;
}
