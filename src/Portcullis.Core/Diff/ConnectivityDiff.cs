using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Diff;

/// <summary>
/// What changed between two configurations' connectivity: the endpoint (or subnet) pairs whose connection was added,
/// removed or changed, with before and after. Endpoints and subnets match by name, external peers by address.
/// </summary>
public static class ConnectivityDiff
{
    /// <summary>The differences between two analyses at the same level, sorted.</summary>
    /// <param name="before">The first configuration's analysis.</param>
    /// <param name="after">The second configuration's analysis.</param>
    /// <param name="level">Endpoints or subnets.</param>
    public static ImmutableArray<DiffLine> Compare(ConnectivityAnalyzer before, ConnectivityAnalyzer after, ConnectivityLevel level)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        // With one VPC on each side the VPC may be renamed between the two; with several, names carry their VPC.
        var qualify = before.Topology.Vpcs.Length > 1 || after.Topology.Vpcs.Length > 1;
        var first = Index(level == ConnectivityLevel.Endpoints ? before.AnalyzeEndpoints() : before.AnalyzeSubnets(), Nodes(before.Topology, level, qualify), qualify);
        var second = Index(level == ConnectivityLevel.Endpoints ? after.AnalyzeEndpoints() : after.AnalyzeSubnets(), Nodes(after.Topology, level, qualify), qualify);
        var lines = new List<DiffLine>();
        foreach (var key in first.Internal.Keys.Union(second.Internal.Keys))
        {
            var a = first.Internal.GetValueOrDefault(key, Empty);
            var b = second.Internal.GetValueOrDefault(key, Empty);
            if (Classify(a, b) is { } kind)
            {
                lines.Add(new DiffLine(new DiffSide(key.Source), new DiffSide(key.Destination), kind, a.Connection, a.Blocked, b.Connection, b.Blocked,
                    Info(kind, [key.Source, key.Destination], first.Nodes, second.Nodes)));
            }
        }

        foreach (var key in first.External.Keys.Union(second.External.Keys))
        {
            lines.AddRange(ExternalLines(key, first.External.GetValueOrDefault(key) ?? [], second.External.GetValueOrDefault(key) ?? [], first.Nodes, second.Nodes));
        }

        return [.. lines.OrderBy(l => l.Kind).ThenBy(l => l.Source.Name, StringComparer.Ordinal).ThenBy(l => l.Destination.Name, StringComparer.Ordinal)];
    }

    private static readonly (ConnectionSet Connection, ConnectionSet Blocked) Empty = (ConnectionSet.None, ConnectionSet.None);

    private static DiffKind? Classify((ConnectionSet Connection, ConnectionSet Blocked) a, (ConnectionSet Connection, ConnectionSet Blocked) b) =>
        (a.Connection.IsEmpty, b.Connection.IsEmpty) switch
        {
            (true, true) => null,
            (false, true) => DiffKind.Removed,
            (true, false) => DiffKind.Added,
            _ => a.Connection.Equals(b.Connection) && a.Blocked.Equals(b.Blocked) ? null : DiffKind.Changed,
        };

    private static string? Info(DiffKind kind, string[] ends, HashSet<string> before, HashSet<string> after)
    {
        var (missing, verb) = kind switch
        {
            DiffKind.Removed => (ends.Where(e => !after.Contains(e)).Distinct().ToList(), "removed"),
            DiffKind.Added => (ends.Where(e => !before.Contains(e)).Distinct().ToList(), "added"),
            _ => ([], string.Empty),
        };
        return missing.Count == 0 ? null : $"{string.Join(" and ", missing)} {verb}";
    }

    // Both sides' pieces of external space are cut at each other's boundaries, compared piece by piece, and pieces
    // that differ in the same way merge back into address lists.
    private static IEnumerable<DiffLine> ExternalLines(
        (string Node, bool Outbound, ExternalKind Kind) key,
        List<(IpAddressSet Addresses, ConnectionSet Connection, ConnectionSet Blocked)> before,
        List<(IpAddressSet Addresses, ConnectionSet Connection, ConnectionSet Blocked)> after,
        HashSet<string> beforeNodes,
        HashSet<string> afterNodes)
    {
        var cuts = new SortedSet<UInt128>();
        foreach (var (addresses, _, _) in before.Concat(after))
        {
            foreach (var (first, last) in addresses.Ranges)
            {
                cuts.Add(first.Value);
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
            var node = new DiffSide(key.Node);
            var external = new DiffSide(ExternalAddressSpace.Describe(key.Kind, addresses), key.Kind, addresses);
            var info = Info(kind, [key.Node], beforeNodes, afterNodes);
            yield return key.Outbound
                ? new DiffLine(node, external, kind, beforeConnection, beforeBlocked, afterConnection, afterBlocked, info)
                : new DiffLine(external, node, kind, beforeConnection, beforeBlocked, afterConnection, afterBlocked, info);
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

    private static HashSet<string> Nodes(NetworkTopology topology, ConnectivityLevel level, bool qualify) =>
        level == ConnectivityLevel.Subnets
            ? [.. topology.Subnets.Select(s => Name(s, qualify))]
            : [.. topology.Endpoints.Select(e => Name(e, qualify))];

    private static string Name(NetworkNode node, bool qualify) => qualify && node.Vpc is { } vpc ? $"{vpc.Name}/{node.DisplayName}" : node.DisplayName;

    private sealed record Indexed(
        Dictionary<(string Source, string Destination), (ConnectionSet Connection, ConnectionSet Blocked)> Internal,
        Dictionary<(string Node, bool Outbound, ExternalKind Kind), List<(IpAddressSet Addresses, ConnectionSet Connection, ConnectionSet Blocked)>> External,
        HashSet<string> Nodes);

    private static Indexed Index(ConnectivityReport report, HashSet<string> nodes, bool qualify)
    {
        var internalPairs = new Dictionary<(string, string), (ConnectionSet, ConnectionSet)>();
        var external = new Dictionary<(string, bool, ExternalKind), List<(IpAddressSet, ConnectionSet, ConnectionSet)>>();
        foreach (var line in report.Sections.SelectMany(s => s.Lines))
        {
            switch (line.Source, line.Destination)
            {
                case (ExternalBlock block, var node):
                    Add(external, (Name(node, qualify), false, block.Kind), (block.Addresses, line.Connection, line.ResponseBlocked));
                    break;
                case (var node, ExternalBlock block):
                    Add(external, (Name(node, qualify), true, block.Kind), (block.Addresses, line.Connection, line.ResponseBlocked));
                    break;
                default:
                    internalPairs[(Name(line.Source, qualify), Name(line.Destination, qualify))] = (line.Connection, line.ResponseBlocked);
                    break;
            }
        }

        return new Indexed(internalPairs, external, nodes);

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
}
