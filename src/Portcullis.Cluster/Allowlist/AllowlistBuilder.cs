using System.Collections.Immutable;
using Portcullis.Cluster.Check;
using Portcullis.Cluster.Description;
using Portcullis.Core.Addresses;
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
        var notes = new List<string>();
        foreach (var subnet in description.WorkerSubnets)
        {
            var node = binding?.WorkerSubnets.FirstOrDefault(s => s.Subnet.Cidr == subnet.Cidr);
            var gateway = node?.PublicGateway;
            var address = gateway?.FloatingIpAddress ?? subnet.PublicGatewayIp;
            if (address is not { } ip)
            {
                notes.Add(node is not null && gateway is null
                    ? $"worker subnet {subnet.DisplayName} has no public gateway: its workers cannot reach the internet, so nothing from it needs allowlisting"
                    : $"worker subnet {subnet.DisplayName}: the floating IP of its public gateway is not known (give --config or import 'ibmcloud is public-gateways')");
                continue;
            }

            var reason = gateway is not null ? $"public gateway {gateway.Name} of zone {gateway.Zone}" : $"public gateway of zone {subnet.Zone}";
            if (entries.All(e => e.Cidr.First != ip))
            {
                entries.Add(new AllowlistEntry(new IpPrefix(ip, 32), gateway?.Zone ?? subnet.Zone, reason));
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
        var notes = new List<string>();
        List<AllowlistEntry> entries;
        if (workers)
        {
            entries = binding is not null
                ? [.. binding.Workers.Select(w => new AllowlistEntry(new IpPrefix(w.Address, 32), w.Subnet.Subnet.Zone, $"worker {w.Name}"))]
                : [.. description.Workers.Select(w => new AllowlistEntry(new IpPrefix(w.Address, 32), w.Zone, $"worker {w.Id}"))];
            if (entries.Count == 0)
            {
                notes.Add("the workers' IPs are not known (import 'ibmcloud ks worker ls --output json' or give --config)");
            }

            notes.Add("worker IPs change when workers are replaced or the pool is resized; the worker subnets stay valid (but may be shared with other clusters)");
        }
        else
        {
            entries = [.. description.WorkerSubnets.Select(s => new AllowlistEntry(s.Cidr, s.Zone, $"worker subnet {s.DisplayName}"))];
        }

        notes.Add("connections into VPC workers can only come from the IBM Cloud private network (VPN, Direct Link, transit gateway, classic)");
        var ordered = entries.OrderBy(e => e.Cidr.First).ToImmutableArray();
        return new ClusterAllowlist(description.Name, AllowlistDirection.ToCluster, ordered, connection ?? ConnectionSet.All, [.. notes]);
    }
}
