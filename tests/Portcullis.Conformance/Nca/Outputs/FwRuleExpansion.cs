using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Policies.Model;

namespace Portcullis.Conformance.Nca.Outputs;

/// <summary>Expected connectivity: fw-rules expanded over the endpoints of a configuration, to pairs and address blocks.</summary>
public sealed class FwRuleExpansion
{
    private readonly Dictionary<(int, int), ConnectionSet> _pairs = [];
    private readonly Dictionary<int, List<(IpAddressSet Block, ConnectionSet Set)>> _toBlocks = [];
    private readonly Dictionary<int, List<(IpAddressSet Block, ConnectionSet Set)>> _fromBlocks = [];

    public FwRuleExpansion(IEnumerable<FwRule> rules, IReadOnlyList<Endpoint> endpoints, bool byPod)
    {
        foreach (var rule in rules)
        {
            if (rule.Source.Block is { } sourceBlock)
            {
                foreach (var d in Resolve(rule.Destination, endpoints, byPod))
                {
                    Add(_fromBlocks, d, sourceBlock, rule.Connections);
                }
            }
            else if (rule.Destination.Block is { } destinationBlock)
            {
                foreach (var s in Resolve(rule.Source, endpoints, byPod))
                {
                    Add(_toBlocks, s, destinationBlock, rule.Connections);
                }
            }
            else
            {
                foreach (var s in Resolve(rule.Source, endpoints, byPod))
                {
                    foreach (var d in Resolve(rule.Destination, endpoints, byPod))
                    {
                        _pairs[(s, d)] = Between(s, d).Union(rule.Connections);
                    }
                }
            }
        }
    }

    /// <summary>What the rules allow between two endpoints.</summary>
    public ConnectionSet Between(int source, int destination) => _pairs.TryGetValue((source, destination), out var set) ? set : ConnectionSet.None;

    /// <summary>The first part of <paramref name="block"/> where the rules' connections from the endpoint differ from <paramref name="actual"/>, or null.</summary>
    public (IpAddressSet Part, ConnectionSet Expected)? FirstDifferenceTo(int source, IpAddressSet block, ConnectionSet actual) =>
        FirstDifference(_toBlocks.TryGetValue(source, out var list) ? list : [], block, actual);

    /// <summary>The first part of <paramref name="block"/> where the rules' connections to the endpoint differ from <paramref name="actual"/>, or null.</summary>
    public (IpAddressSet Part, ConnectionSet Expected)? FirstDifferenceFrom(int destination, IpAddressSet block, ConnectionSet actual) =>
        FirstDifference(_fromBlocks.TryGetValue(destination, out var list) ? list : [], block, actual);

    public static IEnumerable<int> Resolve(FwSide side, IReadOnlyList<Endpoint> endpoints, bool byPod)
    {
        for (var i = 0; i < endpoints.Count; i++)
        {
            var ns = endpoints[i].Namespace ?? "None";
            if (side.Namespaces.Contains(ns) && PodExpression.Matches(side.Pods ?? "*", endpoints[i], byPod))
            {
                yield return i;
            }
        }
    }

    private static void Add(Dictionary<int, List<(IpAddressSet, ConnectionSet)>> map, int endpoint, IpAddressSet block, ConnectionSet set)
    {
        if (!map.TryGetValue(endpoint, out var list))
        {
            map[endpoint] = list = [];
        }

        list.Add((block, set));
    }

    private static (IpAddressSet, ConnectionSet)? FirstDifference(List<(IpAddressSet Block, ConnectionSet Set)> expected, IpAddressSet block, ConnectionSet actual)
    {
        // Cut the block at every expected range's edges; each piece must have the actual connections.
        var pieces = new List<IpAddressSet> { block };
        foreach (var (range, _) in expected)
        {
            pieces = [.. pieces.SelectMany(p => new[] { p.Intersect(range), p.Except(range) }).Where(p => !p.IsEmpty)];
        }

        foreach (var piece in pieces)
        {
            var set = ConnectionSet.None;
            foreach (var (range, connections) in expected)
            {
                if (piece.Overlaps(range))
                {
                    set = set.Union(connections);
                }
            }

            if (!set.Equals(actual))
            {
                return (piece, set);
            }
        }

        return null;
    }
}
