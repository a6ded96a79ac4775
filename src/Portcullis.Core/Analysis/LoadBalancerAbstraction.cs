using System.Collections.Immutable;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Analysis;

/// <summary>
/// Shows each load balancer as one node: a peer's connection with the load balancer is the union over its private
/// IPs (real and potential), and a line is marked over-approximated when some private IP does not have all of it.
/// </summary>
public static class LoadBalancerAbstraction
{
    /// <summary>The report with every load balancer's private IPs merged into one node.</summary>
    public static ConnectivityReport Apply(ConnectivityReport report, NetworkTopology topology)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(topology);
        var nodes = topology.Endpoints.Where(e => e.Kind == EndpointKind.LoadBalancerPrivateIp)
            .GroupBy(e => e.OwnerId)
            .ToDictionary(g => g.Key, g => new LoadBalancerNode(g.Key, g.First().Name, [.. g]));
        if (nodes.Count == 0)
        {
            return report;
        }

        return report with { Sections = [.. report.Sections.Select(section => section with { Lines = Merge(section.Lines, nodes) })] };
    }

    private static ImmutableArray<ConnectivityLine> Merge(ImmutableArray<ConnectivityLine> lines, Dictionary<string, LoadBalancerNode> nodes)
    {
        LoadBalancerNode? Owner(NetworkNode node) => node is Endpoint { Kind: EndpointKind.LoadBalancerPrivateIp } ip ? nodes[ip.OwnerId] : null;

        var kept = ImmutableArray.CreateBuilder<ConnectivityLine>();
        var merged = new Dictionary<(NetworkNode Source, NetworkNode Destination), List<ConnectivityLine>>();
        foreach (var line in lines)
        {
            var source = Owner(line.Source);
            var destination = Owner(line.Destination);
            if (source is null && destination is null)
            {
                kept.Add(line);
                continue;
            }

            var key = ((NetworkNode?)source ?? line.Source, (NetworkNode?)destination ?? line.Destination);
            if (ReferenceEquals(key.Item1, key.Item2))
            {
                continue; // between a load balancer's own addresses
            }

            if (!merged.TryGetValue(key, out var list))
            {
                merged[key] = list = [];
            }

            list.Add(line);
        }

        foreach (var ((source, destination), group) in merged)
        {
            // Replies count on the merged node as a whole: blocked is what no private IP gets back.
            var connection = group.Aggregate(ConnectionSet.None, (all, l) => all.Union(l.Connection));
            var responsive = group.Aggregate(ConnectionSet.None, (all, l) => all.Union(l.Responsive));
            var addresses = (source as LoadBalancerNode ?? destination as LoadBalancerNode)!.PrivateIps.Length
                * (source is LoadBalancerNode && destination is LoadBalancerNode ? 2 : 1);
            var complete = group.Count == addresses && group.All(l => l.Connection.Equals(connection));
            kept.Add(new ConnectivityLine(source, destination, connection, connection.Except(responsive)) { OverApproximated = !complete });
        }

        return kept.ToImmutable();
    }
}
