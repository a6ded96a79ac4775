using System.Collections.Concurrent;
using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Analysis;

/// <summary>
/// Evaluates security groups: for a member address, the map from every remote address to the packets that the
/// union of the applicable rules of its groups allows in one direction.
/// </summary>
/// <remarks>Cached by the set of applicable rules; thread-safe.</remarks>
public sealed class SecurityGroupEvaluator
{
    private readonly ConcurrentDictionary<string, AddressMap> _cache = new();

    /// <summary>What the groups allow between <paramref name="local"/> and each remote address, in one direction.</summary>
    public AddressMap Evaluate(VpcNetwork vpc, ImmutableArray<SecurityGroup> groups, TrafficDirection direction, IpAddress local)
    {
        if (groups.IsDefaultOrEmpty)
        {
            return AddressMap.Nothing;
        }

        var applicable = new List<SecurityGroupRule>();
        var key = new System.Text.StringBuilder(vpc.Vpc.Id).Append('|').Append(direction);
        foreach (var group in groups)
        {
            key.Append('|').Append(group.Id).Append(':');
            for (var i = 0; i < group.Rules.Length; i++)
            {
                var rule = group.Rules[i];
                if (rule.Direction == direction && (!rule.HasLocal || rule.Local.Contains(local)))
                {
                    applicable.Add(rule);
                    key.Append(i).Append(',');
                }
            }
        }

        return _cache.GetOrAdd(key.ToString(), _ => Build(vpc, applicable));
    }

    // Sweeps the remote address space once: at each boundary of a remote the set of matching rules changes, and the
    // value there is the union of their connections. Rules are first merged per remote (many rules name the same
    // group), equal connections count as one, and unions are memoised along the ascending list of connections they
    // combine (a trie), so shared prefixes are computed once.
    private static AddressMap Build(VpcNetwork vpc, List<SecurityGroupRule> rules)
    {
        var perRemote = new Dictionary<RuleRemote, ConnectionSet>();
        foreach (var rule in rules)
        {
            perRemote[rule.Remote] = perRemote.TryGetValue(rule.Remote, out var connection) ? connection.Union(rule.Connection) : rule.Connection;
        }

        var connectionIds = new Dictionary<ConnectionSet, int>();
        var connections = new List<ConnectionSet>();
        var events = new List<(UInt128 At, int Connection, int Delta)>();
        foreach (var (remote, connection) in perRemote)
        {
            if (!connectionIds.TryGetValue(connection, out var id))
            {
                id = connections.Count;
                connectionIds.Add(connection, id);
                connections.Add(connection);
            }

            foreach (var (first, last) in vpc.RemoteAddresses(remote).Ranges)
            {
                events.Add((first.Value, id, +1));
                if (last.Value != UInt128.MaxValue)
                {
                    events.Add((last.Value + 1, id, -1));
                }
            }
        }

        events.Sort(static (x, y) => x.At.CompareTo(y.At));
        var active = new int[connections.Count];
        var trie = new Dictionary<(int Node, int Connection), int>();
        var unions = new List<ConnectionSet> { ConnectionSet.None };
        var builder = new AddressMap.Builder();
        var index = 0;
        while (index < events.Count)
        {
            var at = events[index].At;
            for (; index < events.Count && events[index].At == at; index++)
            {
                active[events[index].Connection] += events[index].Delta;
            }

            var node = 0;
            for (var id = 0; id < active.Length; id++)
            {
                if (active[id] > 0)
                {
                    if (!trie.TryGetValue((node, id), out var child))
                    {
                        child = unions.Count;
                        unions.Add(unions[node].Union(connections[id]));
                        trie.Add((node, id), child);
                    }

                    node = child;
                }
            }

            builder.Add(at, unions[node]);
        }

        return builder.Build();
    }
}
