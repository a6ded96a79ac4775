using System.Collections.Immutable;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Isolation;

/// <summary>The generated isolation set for one cluster: Calico policies in the order to apply them, and host endpoints.</summary>
/// <param name="Region">The region whose data was used.</param>
/// <param name="Source">Where that data came from.</param>
/// <param name="Parameters">The cluster's values the set was generated with.</param>
/// <param name="Policies">The GlobalNetworkPolicies, allowances first and the default deny last.</param>
/// <param name="HostEndpoints">The workers' private host endpoints (empty unless workers were given).</param>
public sealed record IbmIsolationPolicySet(
    string Region,
    IbmIsolationSource Source,
    IbmIsolationParameters Parameters,
    ImmutableArray<Policy> Policies,
    ImmutableArray<Endpoint> HostEndpoints)
{
    /// <summary>The set as a configuration the engine evaluates, joined with the cluster's other resources.</summary>
    public PolicyConfiguration AddTo(PolicyConfiguration cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var offset = cluster.Policies.Length;
        return cluster with
        {
            Policies = [.. cluster.Policies, .. Policies.Select((p, i) => p with { InputOrder = offset + i })],
            Endpoints = [.. cluster.Endpoints, .. HostEndpoints],
        };
    }
}
