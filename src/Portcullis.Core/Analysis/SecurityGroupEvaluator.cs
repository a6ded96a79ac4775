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
internal sealed class SecurityGroupEvaluator
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

    private static AddressMap Build(VpcNetwork vpc, List<SecurityGroupRule> rules)
    {
        var remotes = rules.Select(r => vpc.RemoteAddresses(r.Remote)).ToArray();
        var cuts = new SortedSet<UInt128> { UInt128.Zero };
        foreach (var remote in remotes)
        {
            foreach (var (first, last) in remote.Ranges)
            {
                cuts.Add(first.Value);
                if (last.Value != UInt128.MaxValue)
                {
                    cuts.Add(last.Value + 1);
                }
            }
        }

        var memo = new Dictionary<string, ConnectionSet>();
        var builder = new AddressMap.Builder();
        var matching = new List<int>();
        foreach (var start in cuts)
        {
            var address = new IpAddress(start);
            matching.Clear();
            for (var i = 0; i < rules.Count; i++)
            {
                if (remotes[i].Contains(address))
                {
                    matching.Add(i);
                }
            }

            var signature = string.Join(',', matching);
            if (!memo.TryGetValue(signature, out var allowed))
            {
                allowed = matching.Aggregate(ConnectionSet.None, (union, i) => union.Union(rules[i].Connection));
                memo[signature] = allowed;
            }

            builder.Add(start, allowed);
        }

        return builder.Build();
    }
}
