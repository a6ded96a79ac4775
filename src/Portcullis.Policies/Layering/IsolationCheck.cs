using System.Collections.Immutable;
using Portcullis.Core.Sets;

namespace Portcullis.Policies.Layering;

/// <summary>
/// Checks that two clusters in one VPC reach each other's workers only as far as they need: the connections every
/// layer allows between their workers (VPC security groups and ACLs, both clusters' Calico policies) against what
/// the clusters' own isolation sets leave open between workers of different clusters (what IBM's set keeps for
/// DNS, and Felix's failsafe ports, which no policy closes).
/// </summary>
public static class IsolationCheck
{
    /// <summary>Checks the two clusters both ways.</summary>
    /// <param name="network">The VPC with both clusters' policies as they are.</param>
    /// <param name="needs">The same VPC with each cluster's isolation set in place of its policies, or <see langword="null"/> when none is known (then nothing is needed).</param>
    /// <param name="first">The first cluster's workers.</param>
    /// <param name="second">The second cluster's workers.</param>
    /// <param name="sharedSubnets">The worker subnets both use, to name in the report.</param>
    public static IsolationReport Check(LayeredNetwork network, LayeredNetwork? needs, ClusterWorkers first, ClusterWorkers second, ImmutableArray<string> sharedSubnets)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var pairs = ImmutableArray.CreateBuilder<IsolationPair>();
        foreach (var (from, to) in new[] { (first, second), (second, first) })
        {
            foreach (var source in from.Workers)
            {
                foreach (var destination in to.Workers)
                {
                    var layers = network.Explain(source, destination);

                    // What is needed is a policy matter: what both clusters' isolation sets let through, whatever the VPC does.
                    // Sets that police neither worker need nothing.
                    var baseline = needs?.Explain(source, destination).Calico ?? [];
                    var needed = baseline.IsEmpty ? ConnectionSet.None : baseline.Aggregate(ConnectionSet.All, (all, layer) => all.Intersect(layer.Allowed));
                    pairs.Add(new IsolationPair(from.Cluster, to.Cluster, layers, needed));
                }
            }
        }

        return new IsolationReport(first.Cluster, second.Cluster, sharedSubnets, needs is not null, pairs.ToImmutable());
    }
}
