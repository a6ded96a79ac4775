using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Reports.Exposure;

/// <summary>
/// Turns the external lines of an analysis (<see cref="ConnectivityAnalyzer.StreamExternal"/>) into each endpoint's
/// exposure: what the public internet and the service network may open to it, and what it may open to them.
/// Lines are consumed endpoint by endpoint as the analysis yields them; what is held is one entry list per distinct
/// exposure and the list of nodes that share it, so memory grows with the configuration, not with the lines.
/// </summary>
public static class ExposureReport
{
    /// <summary>The sections, one per VPC, each computed when it is enumerated.</summary>
    /// <param name="external">The external lines, one section per VPC.</param>
    /// <param name="order">The order nodes are listed in.</param>
    /// <param name="loadBalancersAsNodes">Whether the stream shows each load balancer as one node (then its private IPs are not listed on their own).</param>
    public static IEnumerable<ExposureSection> Build(ConnectivityStream external, IComparer<NetworkNode> order, bool loadBalancersAsNodes = true)
    {
        ArgumentNullException.ThrowIfNull(external);
        ArgumentNullException.ThrowIfNull(order);
        foreach (var section in external.Sections)
        {
            if (section.Scope is not VpcScope vpc)
            {
                continue; // cross-VPC sections hold no external peers
            }

            yield return Section(vpc, section.Lines, order, loadBalancersAsNodes);
        }
    }

    /// <summary>One node's entries, from its external lines: per direction, kind, connection and marks, every address merged.</summary>
    public static ImmutableArray<ExposureEntry> Entries(IEnumerable<ConnectivityLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var merged = new Dictionary<(ExposureDirection, ExternalKind, Sets.ConnectionSet, bool, bool), IpAddressSet>();
        foreach (var line in lines)
        {
            var (outside, direction) = line.Source is ExternalNode source ? (source, ExposureDirection.Inbound)
                : line.Destination is ExternalNode destination ? (destination, ExposureDirection.Outbound)
                : throw new ArgumentException("Only lines with an external peer describe an exposure.", nameof(lines));
            foreach (var (connection, blocked) in ReportShaper.Split(line))
            {
                var key = (direction, outside.Kind, connection, blocked, line.OverApproximated);
                merged[key] = merged.GetValueOrDefault(key).Union(outside.Addresses);
            }
        }

        return [.. merged.Select(p => new ExposureEntry(p.Key.Item1, p.Key.Item2, p.Value, p.Key.Item3, p.Key.Item4, p.Key.Item5))
            .OrderBy(e => e.Direction).ThenBy(e => e.Kind).ThenBy(e => e.ResponseBlocked).ThenBy(e => e.OverApproximated).ThenBy(e => e.Addresses.First.Value)];
    }

    private static ExposureSection Section(VpcScope scope, IEnumerable<ConnectivityLine> lines, IComparer<NetworkNode> order, bool loadBalancersAsNodes)
    {
        var groups = new Dictionary<EntriesKey, List<NetworkNode>>();
        var seen = new HashSet<NetworkNode>();
        var seenLoadBalancers = new HashSet<string>();
        var chunk = new List<ConnectivityLine>();
        NetworkNode? owner = null;

        void Flush()
        {
            if (owner is null)
            {
                return;
            }

            if (!seen.Add(owner))
            {
                throw new InvalidOperationException("The analysis gave one node's external lines apart."); // a bug: the stream keeps a node's lines together
            }

            Add(groups, new EntriesKey(Entries(chunk)), owner);
            if (owner is LoadBalancerNode loadBalancer)
            {
                seenLoadBalancers.Add(loadBalancer.Id);
            }

            chunk.Clear();
        }

        foreach (var line in lines)
        {
            var lineOwner = line.Source.IsExternal ? line.Destination : line.Source;
            if (!ReferenceEquals(lineOwner, owner))
            {
                Flush();
                owner = lineOwner;
            }

            chunk.Add(line);
        }

        Flush();

        // Nodes with no external line at all are exposed to nothing, and say so.
        var none = new EntriesKey([]);
        var endpoints = scope.Vpc.Endpoints.Where(e => !seen.Contains(e));
        if (loadBalancersAsNodes)
        {
            foreach (var loadBalancer in endpoints.Where(e => e.Kind == EndpointKind.LoadBalancerPrivateIp).GroupBy(e => e.OwnerId))
            {
                if (seenLoadBalancers.Add(loadBalancer.Key))
                {
                    Add(groups, none, new LoadBalancerNode(loadBalancer.Key, loadBalancer.First().Name, [.. loadBalancer]));
                }
            }

            endpoints = endpoints.Where(e => e.Kind != EndpointKind.LoadBalancerPrivateIp);
        }

        foreach (var endpoint in endpoints)
        {
            Add(groups, none, endpoint);
        }

        var result = groups.Select(g => new EndpointExposure([.. g.Value.Order(order)], g.Key.Entries)).ToList();
        result.Sort((a, b) => order.Compare(a.Nodes[0], b.Nodes[0]));
        return new ExposureSection(scope, [.. result]);
    }

    private static void Add(Dictionary<EntriesKey, List<NetworkNode>> groups, EntriesKey key, NetworkNode node)
    {
        if (!groups.TryGetValue(key, out var nodes))
        {
            groups[key] = nodes = [];
        }

        nodes.Add(node);
    }

    // An exposure as a value: equal entry lists (in their canonical order) are the same exposure.
    private sealed class EntriesKey(ImmutableArray<ExposureEntry> entries) : IEquatable<EntriesKey>
    {
        private readonly int _hash = entries.Aggregate(entries.Length, (hash, e) => HashCode.Combine(hash, e));

        public ImmutableArray<ExposureEntry> Entries { get; } = entries;

        public bool Equals(EntriesKey? other) => other is not null && _hash == other._hash && Entries.SequenceEqual(other.Entries);

        public override bool Equals(object? obj) => Equals(obj as EntriesKey);

        public override int GetHashCode() => _hash;
    }
}
