using System.Collections.Immutable;

namespace Portcullis.Policies.Model;

/// <summary>
/// A cluster's policy configuration: namespaces, endpoints, network sets, service accounts, profiles, tiers and
/// policies. Immutable; the <c>With...</c> methods return changed copies for what-if analyses.
/// </summary>
public sealed record PolicyConfiguration
{
    /// <summary>An empty configuration.</summary>
    public static PolicyConfiguration Empty { get; } = new();

    /// <summary>The namespaces (namespaces endpoints or policies name but not listed here have no labels).</summary>
    public ImmutableArray<NamespaceInfo> Namespaces { get; init; } = [];

    /// <summary>The endpoints.</summary>
    public ImmutableArray<Endpoint> Endpoints { get; init; } = [];

    /// <summary>The network sets.</summary>
    public ImmutableArray<NetworkSet> NetworkSets { get; init; } = [];

    /// <summary>The service accounts with labels.</summary>
    public ImmutableArray<ServiceAccountInfo> ServiceAccounts { get; init; } = [];

    /// <summary>The profiles.</summary>
    public ImmutableArray<Profile> Profiles { get; init; } = [];

    /// <summary>The tiers (the default tier is implied).</summary>
    public ImmutableArray<Tier> Tiers { get; init; } = [];

    /// <summary>The policies, in the order read.</summary>
    public ImmutableArray<Policy> Policies { get; init; } = [];

    /// <summary>This configuration without one policy.</summary>
    public PolicyConfiguration WithoutPolicy(PolicyId id) => this with { Policies = [.. Policies.Where(p => p.Id != id)] };

    /// <summary>This configuration with one policy replaced (same identity).</summary>
    public PolicyConfiguration WithPolicy(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return this with { Policies = [.. Policies.Select(p => p.Id == policy.Id ? policy : p)] };
    }

    /// <summary>This configuration with only the given policies.</summary>
    public PolicyConfiguration WithPolicies(IEnumerable<Policy> policies) => this with { Policies = [.. policies] };

    /// <summary>A namespace's labels (none for a namespace not listed).</summary>
    public Labels NamespaceLabels(string name)
    {
        foreach (var ns in Namespaces)
        {
            if (ns.Name == name)
            {
                return ns.Labels;
            }
        }

        return Labels.Empty;
    }
}
