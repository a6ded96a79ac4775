using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Diff;

/// <summary>
/// What changed between two configurations' connectivity: the endpoint (or subnet) pairs whose connection was added,
/// removed or changed, with before and after. Endpoints and subnets match by what identifies them across
/// configurations (VPC when qualified, name, kind and address), external peers by address.
/// </summary>
public static class ConnectivityDiff
{
    private static readonly (ConnectionSet Connection, ConnectionSet Blocked) Empty = (ConnectionSet.None, ConnectionSet.None);

    /// <summary>The differences between two analyses at the same level, in no particular order (writers order them as they word them).</summary>
    /// <param name="before">The first configuration's analysis.</param>
    /// <param name="after">The second configuration's analysis.</param>
    /// <param name="level">Endpoints or subnets.</param>
    public static ImmutableArray<DiffLine> Compare(ConnectivityAnalyzer before, ConnectivityAnalyzer after, ConnectivityLevel level)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        // With one VPC on each side the VPC may be renamed between the two; with several, nodes are told apart by their VPC.
        var qualify = before.Topology.Vpcs.Length > 1 || after.Topology.Vpcs.Length > 1;
        var first = Index(level == ConnectivityLevel.Endpoints ? before.AnalyzeEndpoints() : before.AnalyzeSubnets(), Nodes(before.Topology, level), qualify);
        var second = Index(level == ConnectivityLevel.Endpoints ? after.AnalyzeEndpoints() : after.AnalyzeSubnets(), Nodes(after.Topology, level), qualify);
        DiffSide Side(NodeKey key) => new(second.Seen.GetValueOrDefault(key) ?? first.Seen[key], qualify);

        var lines = new List<DiffLine>();
        foreach (var key in first.Internal.Keys.Union(second.Internal.Keys))
        {
            var a = first.Internal.GetValueOrDefault(key, Empty);
            var b = second.Internal.GetValueOrDefault(key, Empty);
            if (Classify(a, b) is { } kind)
            {
                lines.Add(new DiffLine(Side(key.Source), Side(key.Destination), kind, a.Connection, a.Blocked, b.Connection, b.Blocked,
                    OnlyInOne(kind, [key.Source, key.Destination], first, second, Side)));
            }
        }

        foreach (var key in first.External.Keys.Union(second.External.Keys))
        {
            lines.AddRange(ExternalLines(key, first, second, Side));
        }

        return [.. lines];
    }

    private static DiffKind? Classify((ConnectionSet Connection, ConnectionSet Blocked) a, (ConnectionSet Connection, ConnectionSet Blocked) b) =>
        (a.Connection.IsEmpty, b.Connection.IsEmpty) switch
        {
            (true, true) => null,
            (false, true) => DiffKind.Removed,
            (true, false) => DiffKind.Added,
            _ => a.Connection.Equals(b.Connection) && a.Blocked.Equals(b.Blocked) ? null : DiffKind.Changed,
        };

    private static ImmutableArray<DiffSide> OnlyInOne(DiffKind kind, NodeKey[] ends, Indexed before, Indexed after, Func<NodeKey, DiffSide> side) => kind switch
    {
        DiffKind.Removed => [.. ends.Where(e => !after.Nodes.ContainsKey(e)).Distinct().Select(side)],
        DiffKind.Added => [.. ends.Where(e => !before.Nodes.ContainsKey(e)).Distinct().Select(side)],
        _ => [],
    };

    // Both sides' pieces of external space are cut at each other's boundaries, compared piece by piece, and pieces
    // that differ in the same way merge back into address lists.
    private static IEnumerable<DiffLine> ExternalLines((NodeKey Node, bool Outbound, ExternalKind Kind) key, Indexed first, Indexed second, Func<NodeKey, DiffSide> side)
    {
        var before = first.External.GetValueOrDefault(key) ?? [];
        var after = second.External.GetValueOrDefault(key) ?? [];
        var cuts = new SortedSet<UInt128>();
        foreach (var (addresses, _, _) in before.Concat(after))
        {
            foreach (var (firstAddress, last) in addresses.Ranges)
            {
                cuts.Add(firstAddress.Value);
                cuts.Add(last.Value + 1);
            }
        }

        var groups = new Dictionary<(DiffKind, ConnectionSet, ConnectionSet, ConnectionSet, ConnectionSet), IpAddressSet>();
        var points = cuts.ToArray();
        for (var i = 0; i + 1 < points.Length; i++)
        {
            var piece = IpAddressSet.Range(new IpAddress(points[i]), new IpAddress(points[i + 1] - 1));
            var a = At(before, piece.First);
            var b = At(after, piece.First);
            if (Classify(a, b) is { } kind)
            {
                var group = (kind, a.Connection, a.Blocked, b.Connection, b.Blocked);
                groups[group] = groups.GetValueOrDefault(group).Union(piece);
            }
        }

        foreach (var ((kind, beforeConnection, beforeBlocked, afterConnection, afterBlocked), addresses) in groups)
        {
            var node = side(key.Node);
            var external = new DiffSide(null, External: key.Kind, Addresses: addresses);
            var onlyInOne = OnlyInOne(kind, [key.Node], first, second, side);
            yield return key.Outbound
                ? new DiffLine(node, external, kind, beforeConnection, beforeBlocked, afterConnection, afterBlocked, onlyInOne)
                : new DiffLine(external, node, kind, beforeConnection, beforeBlocked, afterConnection, afterBlocked, onlyInOne);
        }
    }

    private static (ConnectionSet Connection, ConnectionSet Blocked) At(List<(IpAddressSet Addresses, ConnectionSet Connection, ConnectionSet Blocked)> entries, IpAddress address)
    {
        foreach (var entry in entries)
        {
            if (entry.Addresses.Contains(address))
            {
                return (entry.Connection, entry.Blocked);
            }
        }

        return Empty;
    }

    private static IEnumerable<NetworkNode> Nodes(NetworkTopology topology, ConnectivityLevel level) =>
        level == ConnectivityLevel.Subnets ? topology.Subnets : topology.Endpoints;

    private static Indexed Index(ConnectivityReport report, IEnumerable<NetworkNode> nodes, bool qualify)
    {
        var existing = new Dictionary<NodeKey, NetworkNode>();
        foreach (var node in nodes)
        {
            existing.TryAdd(NodeKey.Of(node, qualify), node);
        }

        var seen = new Dictionary<NodeKey, NetworkNode>(existing);

        var internalPairs = new Dictionary<(NodeKey, NodeKey), (ConnectionSet, ConnectionSet)>();
        var external = new Dictionary<(NodeKey, bool, ExternalKind), List<(IpAddressSet, ConnectionSet, ConnectionSet)>>();
        foreach (var line in report.Sections.SelectMany(s => s.Lines))
        {
            switch (line.Source, line.Destination)
            {
                case (ExternalNode block, var node):
                    Add(external, (Known(node), false, block.Kind), (block.Addresses, line.Connection, line.ResponseBlocked));
                    break;
                case (var node, ExternalNode block):
                    Add(external, (Known(node), true, block.Kind), (block.Addresses, line.Connection, line.ResponseBlocked));
                    break;
                default:
                    internalPairs[(Known(line.Source), Known(line.Destination))] = (line.Connection, line.ResponseBlocked);
                    break;
            }
        }

        return new Indexed(internalPairs, external, existing, seen);

        NodeKey Known(NetworkNode node)
        {
            var key = NodeKey.Of(node, qualify);
            seen.TryAdd(key, node);
            return key;
        }

        static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(value);
        }
    }

    private sealed record Indexed(
        Dictionary<(NodeKey Source, NodeKey Destination), (ConnectionSet Connection, ConnectionSet Blocked)> Internal,
        Dictionary<(NodeKey Node, bool Outbound, ExternalKind Kind), List<(IpAddressSet Addresses, ConnectionSet Connection, ConnectionSet Blocked)>> External,
        Dictionary<NodeKey, NetworkNode> Nodes,
        Dictionary<NodeKey, NetworkNode> Seen);

    /// <summary>
    /// What makes a node the same node in two configurations: its VPC's name (when qualified), its name, its shape
    /// (a subnet, an endpoint, a load balancer's address or potential addresses, a whole load balancer) and, for
    /// endpoints, its addresses.
    /// </summary>
    private readonly record struct NodeKey(string? Vpc, string Name, NodeShape Shape, IpAddressSet Addresses)
    {
        public static NodeKey Of(NetworkNode node, bool qualify)
        {
            var vpc = qualify ? node.Vpc?.Name : null;
            return node switch
            {
                Endpoint { Kind: EndpointKind.LoadBalancerPrivateIp, PotentialBlock: { } block } endpoint => new(vpc, endpoint.Name, NodeShape.PotentialLoadBalancerAddress, block),
                Endpoint { Kind: EndpointKind.LoadBalancerPrivateIp } endpoint => new(vpc, endpoint.Name, NodeShape.LoadBalancerAddress, endpoint.Addresses),
                Endpoint endpoint => new(vpc, endpoint.Name, NodeShape.Endpoint, endpoint.Addresses),
                LoadBalancerNode loadBalancer => new(vpc, loadBalancer.Name, NodeShape.LoadBalancer, IpAddressSet.Empty),
                SubnetNode subnet => new(vpc, subnet.Name, NodeShape.Subnet, IpAddressSet.Empty),
                _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Not a node a diff compares."),
            };
        }
    }

    private enum NodeShape
    {
        Subnet,
        Endpoint,
        LoadBalancerAddress,
        PotentialLoadBalancerAddress,
        LoadBalancer,
    }
}
