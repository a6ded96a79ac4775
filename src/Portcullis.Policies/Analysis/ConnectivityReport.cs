using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

/// <summary>
/// The connectivity map as rows: pods grouped by their workload (when all its pods have the same connectivity),
/// host endpoints, and external addresses merged per connection set. An endpoint's connections to itself are left
/// out; a workload's pods reaching each other show as a row from the workload to itself.
/// </summary>
public static class ConnectivityReport
{
    /// <summary>The rows, ordered by source and destination.</summary>
    public static ImmutableArray<ReportRow> Rows(PolicyConnectivity connectivity, bool byEndpoint = false)
    {
        ArgumentNullException.ThrowIfNull(connectivity);
        var endpoints = connectivity.Endpoints;
        var nodes = Group(connectivity, byEndpoint);
        var rows = new List<ReportRow>();
        foreach (var (source, sourceMembers) in nodes)
        {
            foreach (var (destination, destinationMembers) in nodes)
            {
                var (s, d) = Representatives(sourceMembers, destinationMembers, ReferenceEquals(sourceMembers, destinationMembers));
                if (s < 0)
                {
                    continue;
                }

                var set = connectivity.Allowed(s, d);
                if (!set.IsEmpty)
                {
                    rows.Add(new ReportRow(source, destination, set));
                }
            }

            var member = sourceMembers[0];
            foreach (var (addresses, set) in ByConnection(connectivity, b => connectivity.AllowedToBlock(member, b)))
            {
                rows.Add(new ReportRow(source, ReportNode.Of(addresses), set));
            }

            foreach (var (addresses, set) in ByConnection(connectivity, b => connectivity.AllowedFromBlock(b, member)))
            {
                rows.Add(new ReportRow(ReportNode.Of(addresses), source, set));
            }
        }

        _ = endpoints;
        return [.. rows.OrderBy(r => r.Source.Key, StringComparer.Ordinal).ThenBy(r => r.Destination.Key, StringComparer.Ordinal)];
    }

    /// <summary>The report's nodes with the endpoints (indexes) each stands for.</summary>
    public static List<(ReportNode Node, List<int> Members)> Group(PolicyConnectivity connectivity, bool byEndpoint)
    {
        ArgumentNullException.ThrowIfNull(connectivity);
        var endpoints = connectivity.Endpoints;
        var workloads = new Dictionary<(string, string, string), List<int>>();
        var result = new List<(ReportNode, List<int>)>();
        for (var i = 0; i < endpoints.Length; i++)
        {
            if (!byEndpoint && endpoints[i] is { IsHost: false, Owner: { } owner, Namespace: { } ns })
            {
                var key = (ns, owner.Kind, owner.Name);
                if (!workloads.TryGetValue(key, out var members))
                {
                    workloads[key] = members = [];
                }

                members.Add(i);
            }
            else
            {
                result.Add((ReportNode.Of(endpoints[i]), [i]));
            }
        }

        foreach (var ((ns, kind, name), members) in workloads)
        {
            // A workload is one node only when its pods are alike (same labels, ports, addresses' treatment).
            if (members.Select(connectivity.EndpointClassOf).Distinct().Count() == 1)
            {
                result.Add((ReportNode.Of(ns, new WorkloadOwner(kind, name)), members));
            }
            else
            {
                result.AddRange(members.Select(m => (ReportNode.Of(endpoints[m]), new List<int> { m })));
            }
        }

        return [.. result.OrderBy(r => r.Item1.Key, StringComparer.Ordinal)];
    }

    private static (int Source, int Destination) Representatives(List<int> sources, List<int> destinations, bool same) =>
        !same ? (sources[0], destinations[0]) : sources.Count > 1 ? (sources[0], sources[1]) : (-1, -1);

    private static IEnumerable<(IpAddressSet Addresses, ConnectionSet Set)> ByConnection(PolicyConnectivity connectivity, Func<int, ConnectionSet> allowed)
    {
        var groups = new Dictionary<ConnectionSet, IpAddressSet>();
        var order = new List<ConnectionSet>();
        for (var block = 0; block < connectivity.ExternalBlocks.Length; block++)
        {
            var set = allowed(block);
            if (set.IsEmpty)
            {
                continue;
            }

            if (!groups.TryGetValue(set, out var addresses))
            {
                order.Add(set);
                addresses = IpAddressSet.Empty;
            }

            groups[set] = addresses.Union(connectivity.ExternalBlocks[block]);
        }

        return order.Select(set => (groups[set], set));
    }
}
