using System.Collections.Immutable;

namespace Portcullis.Formats.Graph;

/// <summary>
/// Draws many edges of one connection as few: units that all reach each other become a mesh around one labelled
/// junction; units that reach the same units become a bundle (tails, junction, heads); the rest stay single edges,
/// opposite ones merged into one drawn both ways. The pairs stay exactly those of the edges given.
/// </summary>
internal static class EdgeBundles
{
    /// <summary>The drawn edges of one connection.</summary>
    /// <param name="edges">The unit edges chosen for the connection (see <see cref="EdgeCover"/>).</param>
    /// <param name="blocked">Whether the connection's replies are blocked (such edges never hold both ways).</param>
    /// <param name="order">The drawing order of units.</param>
    public static List<(ImmutableArray<GraphUnit> Tails, ImmutableArray<GraphUnit> Heads, bool BothWays, List<(GraphNode, GraphNode)> Pairs)> Bundle(
        List<(GraphUnit Tail, GraphUnit Head, List<(GraphNode, GraphNode)> Pairs)> edges, bool blocked, Func<GraphUnit, (int, int, int)> order)
    {
        var drawn = new List<(ImmutableArray<GraphUnit>, ImmutableArray<GraphUnit>, bool, List<(GraphNode, GraphNode)>)>();
        var remaining = new Dictionary<(GraphUnit Tail, GraphUnit Head), List<(GraphNode, GraphNode)>>();
        foreach (var (tail, head, pairs) in edges)
        {
            if (ReferenceEquals(tail, head))
            {
                drawn.Add(([tail], [head], false, pairs));
            }
            else
            {
                remaining[(tail, head)] = pairs;
            }
        }

        if (!blocked)
        {
            foreach (var mesh in Meshes(remaining, order))
            {
                var pairs = new List<(GraphNode, GraphNode)>();
                foreach (var a in mesh)
                {
                    foreach (var b in mesh.Where(b => !ReferenceEquals(a, b)))
                    {
                        pairs.AddRange(remaining[(a, b)]);
                        remaining.Remove((a, b));
                    }
                }

                drawn.Add((mesh, mesh, false, pairs));
            }
        }

        while (BestFan(remaining, order) is { } fan)
        {
            var pairs = new List<(GraphNode, GraphNode)>();
            foreach (var tail in fan.Tails)
            {
                foreach (var head in fan.Heads)
                {
                    pairs.AddRange(remaining[(tail, head)]);
                    remaining.Remove((tail, head));
                }
            }

            drawn.Add((fan.Tails, fan.Heads, false, pairs));
        }

        var merged = new HashSet<(GraphUnit, GraphUnit)>();
        foreach (var ((tail, head), pairs) in remaining.OrderBy(e => order(e.Key.Tail)).ThenBy(e => order(e.Key.Head)))
        {
            if (merged.Contains((tail, head)))
            {
                continue;
            }

            // Replies of blocked rows are, by definition, not allowed: those never merge into a two-way edge.
            List<(GraphNode, GraphNode)>? reverse = null;
            var bothWays = !blocked && remaining.TryGetValue((head, tail), out reverse);
            if (bothWays)
            {
                merged.Add((head, tail));
                pairs.AddRange(reverse!);
            }

            drawn.Add(([tail], [head], bothWays, pairs));
        }

        return drawn;
    }

    // Greedy cliques of units joined both ways, at least three units each (finding the largest is NP-hard, and
    // a greedy cover already removes most edges of a mesh).
    private static List<ImmutableArray<GraphUnit>> Meshes(Dictionary<(GraphUnit Tail, GraphUnit Head), List<(GraphNode, GraphNode)>> edges, Func<GraphUnit, (int, int, int)> order)
    {
        var mutual = new Dictionary<GraphUnit, List<GraphUnit>>();
        foreach (var (tail, head) in edges.Keys)
        {
            if (edges.ContainsKey((head, tail)))
            {
                if (!mutual.TryGetValue(tail, out var list))
                {
                    mutual[tail] = list = [];
                }

                list.Add(head);
            }
        }

        var meshes = new List<ImmutableArray<GraphUnit>>();
        var used = new HashSet<(GraphUnit, GraphUnit)>();
        int Degree(GraphUnit unit) => mutual[unit].Count(other => !used.Contains((unit, other)));
        foreach (var unit in mutual.Keys.OrderByDescending(Degree).ThenBy(order).ToList())
        {
            var clique = new List<GraphUnit> { unit };
            foreach (var other in mutual[unit].Where(o => !used.Contains((unit, o))).OrderByDescending(Degree).ThenBy(order).ToList())
            {
                if (clique.TrueForAll(member => mutual[member].Contains(other) && !used.Contains((member, other))))
                {
                    clique.Add(other);
                }
            }

            if (clique.Count >= 3)
            {
                foreach (var a in clique)
                {
                    foreach (var b in clique)
                    {
                        used.Add((a, b));
                    }
                }

                meshes.Add([.. clique.OrderBy(order)]);
            }
        }

        return meshes;
    }

    // The bundle that replaces the most edges: tails with the same heads, or heads with the same tails. Worth a
    // junction when it saves lines (two on each side) or labels (three edges from or to one unit).
    private static (ImmutableArray<GraphUnit> Tails, ImmutableArray<GraphUnit> Heads)? BestFan(
        Dictionary<(GraphUnit Tail, GraphUnit Head), List<(GraphNode, GraphNode)>> edges, Func<GraphUnit, (int, int, int)> order)
    {
        var candidates = new List<(ImmutableArray<GraphUnit> Tails, ImmutableArray<GraphUnit> Heads)>();
        foreach (var side in new[] { true, false })
        {
            var neighbours = edges.Keys.GroupBy(k => side ? k.Tail : k.Head, k => side ? k.Head : k.Tail);
            foreach (var alike in neighbours.GroupBy(n => string.Join(',', n.OrderBy(order).Select(u => u.Id)), StringComparer.Ordinal))
            {
                ImmutableArray<GraphUnit> these = [.. alike.Select(n => n.Key).OrderBy(order)];
                ImmutableArray<GraphUnit> those = [.. alike.First().OrderBy(order)];
                candidates.Add(side ? (these, those) : (those, these));
            }
        }

        var worth = candidates.Where(c => (c.Tails.Length >= 2 && c.Heads.Length >= 2) || Math.Max(c.Tails.Length, c.Heads.Length) >= 3);
        return worth.Any()
            ? worth.OrderByDescending(c => c.Tails.Length * c.Heads.Length).ThenBy(c => order(c.Tails[0])).ThenBy(c => order(c.Heads[0])).First()
            : null;
    }
}
