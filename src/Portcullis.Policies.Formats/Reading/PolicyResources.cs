using System.Collections.Immutable;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Formats.Reading;

/// <summary>Everything read from policy and resource files, in reading order.</summary>
public sealed record PolicyResources
{
    /// <summary>Nothing read.</summary>
    public static PolicyResources Empty { get; } = new();

    /// <summary>Kubernetes and Calico policies.</summary>
    public ImmutableArray<Policy> Policies { get; init; } = [];

    /// <summary>Calico profiles.</summary>
    public ImmutableArray<Profile> Profiles { get; init; } = [];

    /// <summary>Calico tiers.</summary>
    public ImmutableArray<Tier> Tiers { get; init; } = [];

    /// <summary>Namespaces.</summary>
    public ImmutableArray<NamespaceInfo> Namespaces { get; init; } = [];

    /// <summary>Pods (read, or implied by workload resources), workload endpoints and host endpoints.</summary>
    public ImmutableArray<Endpoint> Endpoints { get; init; } = [];

    /// <summary>Network sets and global network sets.</summary>
    public ImmutableArray<NetworkSet> NetworkSets { get; init; } = [];

    /// <summary>Service accounts.</summary>
    public ImmutableArray<ServiceAccountInfo> ServiceAccounts { get; init; } = [];

    /// <summary>Nodes.</summary>
    public ImmutableArray<NodeInfo> Nodes { get; init; } = [];

    /// <summary>Both reads together, this one first.</summary>
    public PolicyResources Concat(PolicyResources other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new PolicyResources
        {
            Policies = Policies.AddRange(other.Policies),
            Profiles = Profiles.AddRange(other.Profiles),
            Tiers = Tiers.AddRange(other.Tiers),
            Namespaces = Namespaces.AddRange(other.Namespaces),
            Endpoints = Endpoints.AddRange(other.Endpoints),
            NetworkSets = NetworkSets.AddRange(other.NetworkSets),
            ServiceAccounts = ServiceAccounts.AddRange(other.ServiceAccounts),
            Nodes = Nodes.AddRange(other.Nodes),
        };
    }

    /// <summary>
    /// The configuration these resources describe: policies renumbered in reading order, duplicates (same kind and
    /// name) dropped after the first, namespaces named by endpoints or policies but not listed added without labels.
    /// </summary>
    public PolicyConfiguration ToConfiguration()
    {
        var seen = new HashSet<PolicyId>();
        var policies = ImmutableArray.CreateBuilder<Policy>();
        foreach (var policy in Policies)
        {
            if (seen.Add(policy.Id))
            {
                policies.Add(policy with { InputOrder = policies.Count });
            }
        }

        var namespaces = Namespaces.GroupBy(n => n.Name, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var known = namespaces.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in Endpoints.Select(e => e.Namespace).Concat(Policies.Select(p => p.Id.Namespace)).Concat(NetworkSets.Select(n => n.Namespace)).OfType<string>())
        {
            if (known.Add(name))
            {
                namespaces.Add(new NamespaceInfo(name, Labels.Empty));
            }
        }

        return new PolicyConfiguration
        {
            Namespaces = [.. namespaces],
            Endpoints = Endpoints,
            NetworkSets = NetworkSets,
            ServiceAccounts = ServiceAccounts,
            Profiles = Profiles,
            Tiers = Tiers,
            Policies = policies.ToImmutable(),
        };
    }
}
