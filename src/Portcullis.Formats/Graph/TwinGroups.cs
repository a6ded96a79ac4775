using System.Collections.Immutable;
using System.Text;

namespace Portcullis.Formats.Graph;

/// <summary>
/// Finds nodes that are interchangeable in the report ("twins"): the same connections to and from every other node,
/// and between themselves either none or the same connection both ways between every two of them. Nodes are compared
/// by a signature (each other node with the connections each way), so this is linear in the number of facts.
/// </summary>
internal static class TwinGroups
{
    /// <summary>Disjoint groups of at least two twins, largest first; each stays inside one VPC or one kind of external address.</summary>
    /// <param name="facts">For each connection (by index), the (source, destination) pairs that have it.</param>
    public static List<GraphGroup> Find(IReadOnlyList<IReadOnlySet<(GraphNode Source, GraphNode Destination)>> facts)
    {
        // The connections of every ordered pair, as a label such as "0+3" (indices of the connections).
        var labels = new Dictionary<(GraphNode, GraphNode), List<int>>();
        for (var index = 0; index < facts.Count; index++)
        {
            foreach (var pair in facts[index])
            {
                if (!labels.TryGetValue(pair, out var list))
                {
                    labels[pair] = list = [];
                }

                list.Add(index);
            }
        }

        var signatures = new Dictionary<GraphNode, SortedDictionary<string, (string Out, string In)>>();
        foreach (var ((source, destination), list) in labels)
        {
            var label = string.Join('+', list);
            Entry(signatures, source, destination.Id, label, outgoing: true);
            Entry(signatures, destination, source.Id, label, outgoing: false);
        }

        var candidates = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
        foreach (var (node, signature) in signatures)
        {
            var scope = node.Ancestors().LastOrDefault()?.Id ?? string.Empty;
            Add(candidates, $"{scope}|open|{Text(signature)}", node);

            // Twins joined to each other: with its own entry added, each one's signature is the same.
            foreach (var link in signature.Values.Where(v => v.Out == v.In).Select(v => v.Out).Distinct())
            {
                var closed = new SortedDictionary<string, (string, string)>(signature, StringComparer.Ordinal) { [node.Id] = (link, link) };
                Add(candidates, $"{scope}|{link}|{Text(closed)}", node);
            }
        }

        var assigned = new HashSet<GraphNode>();
        var groups = new List<GraphGroup>();
        foreach (var candidate in candidates.Values.Where(c => c.Count > 1).OrderByDescending(c => c.Count).ThenBy(c => Order(c[0])))
        {
            var members = candidate.Where(assigned.Add).ToList();
            if (members.Count > 1)
            {
                groups.Add(new GraphGroup([.. members.OrderBy(Order)]));
            }
            else
            {
                assigned.ExceptWith(members);
            }
        }

        return groups;
    }

    private static void Entry(Dictionary<GraphNode, SortedDictionary<string, (string Out, string In)>> signatures, GraphNode node, string other, string label, bool outgoing)
    {
        if (!signatures.TryGetValue(node, out var signature))
        {
            signatures[node] = signature = new SortedDictionary<string, (string, string)>(StringComparer.Ordinal);
        }

        var (o, i) = signature.GetValueOrDefault(other, (string.Empty, string.Empty));
        signature[other] = outgoing ? (label, i) : (o, label);
    }

    private static void Add(Dictionary<string, List<GraphNode>> candidates, string key, GraphNode node)
    {
        if (!candidates.TryGetValue(key, out var list))
        {
            candidates[key] = list = [];
        }

        list.Add(node);
    }

    private static string Text(SortedDictionary<string, (string Out, string In)> signature)
    {
        var text = new StringBuilder();
        foreach (var (other, (o, i)) in signature)
        {
            text.Append(other).Append(':').Append(o).Append('/').Append(i).Append(';');
        }

        return text.ToString();
    }

    private static int Order(GraphNode node) => int.Parse(node.Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The innermost cluster that holds every member (where the group is drawn).</summary>
    public static GraphCluster? CommonCluster(ImmutableArray<GraphNode> members)
    {
        var common = members[0].Ancestors().ToList();
        foreach (var member in members.Skip(1))
        {
            var ancestors = member.Ancestors().ToHashSet();
            common.RemoveAll(c => !ancestors.Contains(c));
        }

        return common.FirstOrDefault();
    }
}
