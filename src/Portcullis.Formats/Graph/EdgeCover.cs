using System.Collections.Immutable;
using System.Globalization;
using Portcullis.Core.Sets;

namespace Portcullis.Formats.Graph;

/// <summary>
/// Covers a report's facts with few edges: for each connection, an edge from a unit (node, group of twins, subnet,
/// zone or VPC) to another wherever every pair between them has that connection, coarsest first; a pair of opposite
/// edges with the same connection becomes one edge drawn both ways. Every fact is covered, and no edge claims a pair
/// that is not a fact.
/// </summary>
internal static class EdgeCover
{
    /// <summary>
    /// The edges, ordered by tail, head and connection, with ids <c>e1</c>, <c>e2</c>, ...; and the groups they use,
    /// with ids <c>g1</c>, <c>g2</c>, ...
    /// </summary>
    /// <param name="classes">Each connection with its reply mark and the (source, destination) pairs that have it.</param>
    public static (ImmutableArray<GraphEdge> Edges, ImmutableArray<GraphGroup> Groups) Cover(IReadOnlyList<(ConnectionSet Connection, bool Blocked, IReadOnlySet<(GraphNode Source, GraphNode Destination)> Facts)> classes)
    {
        var groupOf = new Dictionary<GraphNode, GraphGroup>();
        var twins = TwinGroups.Find([.. classes.Select(c => c.Facts)]);
        foreach (var group in twins)
        {
            // A working id; the groups that edges use are numbered g1, g2, ... at the end.
            group.Id = $"t{groupOf.Count}";
            group.Parent = TwinGroups.CommonCluster(group.Members);
            foreach (var member in group.Members)
            {
                groupOf[member] = group;
            }
        }

        var edges = new List<(ImmutableArray<GraphUnit> Tails, ImmutableArray<GraphUnit> Heads, ConnectionSet Connection, bool Blocked, bool BothWays, List<(GraphNode, GraphNode)> Pairs, int Class)>();
        var index = 0;
        foreach (var (connection, blocked, facts) in classes)
        {
            foreach (var (tails, heads, bothWays, pairs) in EdgeBundles.Bundle(Choose(facts, groupOf), blocked, u => Order(u)))
            {
                edges.Add((tails, heads, connection, blocked, bothWays, pairs, index));
            }

            index++;
        }

        var used = edges.SelectMany(e => e.Tails.Concat(e.Heads)).OfType<GraphGroup>().Distinct().OrderBy(g => Order(g.Members[0])).ToList();
        for (var i = 0; i < used.Count; i++)
        {
            used[i].Id = $"g{i + 1}";
        }

        var ordered = edges.OrderBy(e => Order(e.Tails[0])).ThenBy(e => Order(e.Heads[0])).ThenBy(e => e.Class).ToList();
        return ([.. ordered.Select((e, i) => new GraphEdge($"e{i + 1}", e.Tails, e.Heads, e.Connection, e.Blocked, e.BothWays,
            [.. e.Pairs.OrderBy(p => Order(p.Item1)).ThenBy(p => Order(p.Item2))]))], [.. used]);
    }

    private static List<(GraphUnit Tail, GraphUnit Head, List<(GraphNode, GraphNode)> Pairs)> Choose(
        IReadOnlySet<(GraphNode Source, GraphNode Destination)> facts, Dictionary<GraphNode, GraphGroup> groupOf)
    {
        var disjoint = new Dictionary<(GraphUnit, GraphUnit), bool>();
        // Count, for every unit pair that could stand for a fact, how many facts it holds; it can stand for them
        // only when it holds all its pairs. Each fact has at most 4 x 4 such unit pairs, so this is linear.
        var counts = new Dictionary<(GraphUnit Tail, GraphUnit Head), int>();
        foreach (var (source, destination) in facts)
        {
            var sources = Chain(source, groupOf);
            var destinations = Chain(destination, groupOf);
            foreach (var tail in sources)
            {
                foreach (var head in destinations)
                {
                    if (ReferenceEquals(tail, head) ? tail is not GraphNode : Disjoint(tail, head, disjoint))
                    {
                        counts[(tail, head)] = counts.GetValueOrDefault((tail, head)) + 1;
                    }
                }
            }
        }

        // Coarsest first; between units that stand for the same pairs (a subnet holding one endpoint, a group that
        // is a whole subnet), a node before a box and a box before a group, so an edge starts at the node itself
        // rather than at a box around it, and at a box's border rather than at a group drawn inside it.
        var candidates = counts.Where(c => c.Value == Size(c.Key.Tail, c.Key.Head)).Select(c => c.Key)
            .OrderByDescending(c => Size(c.Tail, c.Head))
            .ThenBy(c => Rank(c.Tail) + Rank(c.Head))
            .ThenBy(c => Order(c.Tail)).ThenBy(c => Order(c.Head));
        var covered = new HashSet<(GraphNode, GraphNode)>();
        var chosen = new List<(GraphUnit, GraphUnit, List<(GraphNode, GraphNode)>)>();
        foreach (var (tail, head) in candidates)
        {
            var pairs = Pairs(tail, head).ToList();
            if (pairs.TrueForAll(covered.Contains))
            {
                continue;
            }

            covered.UnionWith(pairs);
            chosen.Add((tail, head, pairs));
        }

        return chosen;
    }

    // The node, its group of twins, and the clusters it can be drawn as part of (external address groups overlap,
    // so their box is no unit).
    private static List<GraphUnit> Chain(GraphNode node, Dictionary<GraphNode, GraphGroup> groupOf)
    {
        List<GraphUnit> chain = [node];
        if (groupOf.TryGetValue(node, out var group))
        {
            chain.Add(group);
        }

        chain.AddRange(node.Ancestors().Where(c => c.Kind != GraphClusterKind.External));
        return chain;
    }

    private static bool Disjoint(GraphUnit tail, GraphUnit head, Dictionary<(GraphUnit, GraphUnit), bool> known)
    {
        if (!known.TryGetValue((tail, head), out var disjoint))
        {
            var heads = head.Members.ToHashSet();
            known[(tail, head)] = disjoint = !tail.Members.Any(heads.Contains);
        }

        return disjoint;
    }

    private static long Size(GraphUnit tail, GraphUnit head)
    {
        long tails = tail.Members.Length;
        return ReferenceEquals(tail, head) ? tails * (tails - 1) : tails * head.Members.Length;
    }

    private static IEnumerable<(GraphNode, GraphNode)> Pairs(GraphUnit tail, GraphUnit head) =>
        from source in tail.Members
        from destination in head.Members
        where !ReferenceEquals(source, destination)
        select (source, destination);

    // Nodes first, then boxes from the innermost out, then groups.
    private static int Rank(GraphUnit unit) => unit switch
    {
        GraphNode => 0,
        GraphCluster cluster => 10 - cluster.Ancestors().Count(),
        _ => 20,
    };

    // Clusters in drawing order, then groups by their first member, then nodes in drawing order.
    private static (int, int, int) Order(GraphUnit unit) => unit switch
    {
        GraphCluster => (0, Number(unit), 0),
        GraphGroup group => (1, Number(group.Members[0]), 0),
        _ => (2, Number(unit), 0),
    };

    private static int Number(GraphUnit unit) => int.Parse(unit.Id.AsSpan(1), CultureInfo.InvariantCulture);
}
