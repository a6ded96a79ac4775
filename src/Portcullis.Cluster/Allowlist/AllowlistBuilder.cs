using System.Collections.Immutable;
using Portcullis.Cluster.Check;
using Portcullis.Cluster.Description;
using Portcullis.Core.Sets;

namespace Portcullis.Cluster.Allowlist;

/// <summary>
/// Builds what other services must allowlist for a cluster: VPC workers have only private addresses, so traffic
/// from the cluster to the internet leaves through each zone's public gateway floating IP, and traffic to the
/// cluster goes to the worker subnets (or, narrower, the workers' primary IPs).
/// </summary>
public static class AllowlistBuilder
{
    /// <summary>The public gateway floating IPs of the zones with worker subnets.</summary>
    /// <param name="description">The cluster.</param>
    /// <param name="binding">The cluster bound to its VPC configuration, when one is given (its gateways win over the description's).</param>
    /// <param name="connection">The packets to allow, or <see langword="null"/> for all.</param>
    public static ClusterAllowlist FromCluster(ClusterDescription description, ClusterBinding? binding, ConnectionSet? connection = null)
    {
        ArgumentNullException.ThrowIfNull(description);
        var entries = new List<AllowlistEntry>();
        var notes = new List<AllowlistNote>();
        foreach (var subnet in description.WorkerSubnets)
        {
            var node = binding?.WorkerSubnets.FirstOrDefault(s => s.Subnet.Cidr == subnet.Cidr);
            var gateway = node?.PublicGateway;
            var address = gateway?.FloatingIpAddress ?? subnet.PublicGatewayIp;
            if (address is not { } ip)
            {
                notes.Add(new AllowlistNote(node is not null && gateway is null ? AllowlistNoteKind.NoPublicGateway : AllowlistNoteKind.GatewayAddressUnknown, subnet));
                continue;
            }

            if (entries.All(e => e.Cidr.First != ip))
            {
                entries.Add(AllowlistEntry.OfGateway(ip, gateway?.Zone ?? subnet.Zone, gateway));
            }
        }

        return new ClusterAllowlist(description.Name, AllowlistDirection.FromCluster, [.. entries.OrderBy(e => e.Zone, StringComparer.Ordinal)], connection ?? ConnectionSet.All, [.. notes]);
    }

    /// <summary>The worker subnet CIDRs, or with <paramref name="workers"/> the workers' primary IPs.</summary>
    /// <param name="description">The cluster.</param>
    /// <param name="binding">The cluster bound to its VPC configuration, when given (its workers win over the description's).</param>
    /// <param name="workers">Whether to list the workers' IPs rather than the subnets (narrower, but to be kept up to date as workers are replaced).</param>
    /// <param name="connection">The packets to allow, or <see langword="null"/> for all.</param>
    public static ClusterAllowlist ToCluster(ClusterDescription description, ClusterBinding? binding, bool workers, ConnectionSet? connection = null)
    {
        ArgumentNullException.ThrowIfNull(description);
        var notes = new List<AllowlistNote>();
        List<AllowlistEntry> entries;
        if (workers)
        {
            entries = binding is not null
                ? [.. binding.Workers.Select(AllowlistEntry.OfWorker)]
                : [.. description.Workers.Select(AllowlistEntry.OfWorker)];
            if (entries.Count == 0)
            {
                notes.Add(new AllowlistNote(AllowlistNoteKind.WorkerAddressesUnknown));
            }

            notes.Add(new AllowlistNote(AllowlistNoteKind.WorkerAddressesChange));
        }
        else
        {
            entries = [.. description.WorkerSubnets.Select(AllowlistEntry.OfSubnet)];
        }

        notes.Add(new AllowlistNote(AllowlistNoteKind.PrivateNetworkOnly));
        var ordered = entries.OrderBy(e => e.Cidr.First).ToImmutableArray();
        return new ClusterAllowlist(description.Name, AllowlistDirection.ToCluster, ordered, connection ?? ConnectionSet.All, [.. notes]);
    }
}
