using System.Collections.Immutable;
using Portcullis.Application.Hosting;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Layering;

namespace Portcullis.Application.Cluster;

/// <summary>The isolation part of <c>cluster check --peer</c>: the cluster against each peer that shares its VPC.</summary>
internal static class ClusterIsolationCheck
{
    /// <summary>One report per peer; <see langword="null"/> (after printing why) on bad input.</summary>
    public static ImmutableArray<IsolationReport>? Run(CommandEnvironment environment, string description, IReadOnlyList<string> peers, IReadOnlyList<string> configs)
    {
        var clusters = LayeredClusters.Load(environment, [description, .. peers], configs);
        if (clusters is null)
        {
            return null;
        }

        var needs = Needs(clusters);
        var first = clusters.Bindings[0];
        var reports = ImmutableArray.CreateBuilder<IsolationReport>();
        for (var i = 1; i < clusters.Bindings.Length; i++)
        {
            var peer = clusters.Bindings[i];
            var peerSubnets = peer.WorkerSubnets.Select(s => s.Subnet.Cidr).ToHashSet();
            var shared = first.WorkerSubnets.Where(s => peerSubnets.Contains(s.Subnet.Cidr)).Select(s => $"{s.Name} ({s.Subnet.Cidr})");
            reports.Add(IsolationCheck.Check(
                clusters.Network,
                needs,
                Workers(first),
                Workers(peer),
                [.. shared]));
        }

        return reports.ToImmutable();
    }

    private static ClusterWorkers Workers(Portcullis.Cluster.Check.ClusterBinding binding) =>
        new(binding.Description.Name, [.. binding.Workers.Select(w => w.Address).Distinct().Order()]);

    // What the clusters need: each cluster's own endpoints under IBM's isolation set alone (none known when a region has no set).
    private static LayeredNetwork? Needs(LayeredClusters clusters)
    {
        var layers = new List<CalicoLayer>();
        for (var i = 0; i < clusters.Bindings.Length; i++)
        {
            var description = clusters.Bindings[i].Description;
            if (ClusterIsolation.For(description, ClusterIsolation.Parameters(description)) is not { } set)
            {
                return null;
            }

            var endpointsOnly = clusters.Policies[i].WithPolicies([]);
            layers.Add(new CalicoLayer(description.Name, PolicyConnectivity.Analyze(set.AddTo(endpointsOnly))));
        }

        return new LayeredNetwork(clusters.Network.Vpc, layers);
    }
}
