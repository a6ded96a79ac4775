using System.Collections.Concurrent;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Analysis;

/// <summary>
/// Evaluates network ACLs over whole address ranges: for a local address (inside the subnet), the map from every
/// remote address to the packets the rules of one direction allow, by first match.
/// </summary>
/// <remarks>
/// Results depend only on which rules' local side contains the local address, so they are cached by that set of
/// rules; thread-safe.
/// </remarks>
public sealed class AclEvaluator
{
    private readonly ConcurrentDictionary<RuleSelection, AddressMap> _cache = new();

    /// <summary>What the ACL allows between <paramref name="local"/> and each remote address, in one direction.</summary>
    public AddressMap Evaluate(NetworkAcl acl, TrafficDirection direction, IpAddress local)
    {
        var rules = acl.RulesOf(direction).ToArray();
        var applicable = new List<int>(rules.Length);
        for (var i = 0; i < rules.Length; i++)
        {
            if (LocalSide(rules[i]).Contains(local))
            {
                applicable.Add(i);
            }
        }

        var key = new RuleSelection(acl, direction, [.. applicable]);
        return _cache.GetOrAdd(key, static k => Build(k.Acl.RulesOf(k.Direction).ToArray(), k.Indices));
    }

    /// <summary>The local side of a rule: its source for outbound rules, its destination for inbound ones.</summary>
    public static IpPrefix LocalSide(NetworkAclRule rule) => rule.Direction == TrafficDirection.Outbound ? rule.Source : rule.Destination;

    /// <summary>The remote side of a rule: its destination for outbound rules, its source for inbound ones.</summary>
    public static IpPrefix RemoteSide(NetworkAclRule rule) => rule.Direction == TrafficDirection.Outbound ? rule.Destination : rule.Source;

    // First match over sets: cut the remote space at every applicable rule's block; on each piece, the rules that
    // match it decide by first match (memoised: many pieces are matched by the same rules).
    private static AddressMap Build(NetworkAclRule[] rules, int[] applicable)
    {
        var cuts = new SortedSet<UInt128> { UInt128.Zero };
        foreach (var index in applicable)
        {
            var remote = RemoteSide(rules[index]);
            cuts.Add(remote.First.Value);
            if (remote.Last.Value != UInt128.MaxValue)
            {
                cuts.Add(remote.Last.Value + 1);
            }
        }

        var memo = new Dictionary<string, ConnectionSet>();
        var builder = new AddressMap.Builder();
        var matching = new List<int>(applicable.Length);
        foreach (var start in cuts)
        {
            var address = new IpAddress(start);
            matching.Clear();
            foreach (var index in applicable)
            {
                if (RemoteSide(rules[index]).Contains(address))
                {
                    matching.Add(index);
                }
            }

            var signature = string.Join(',', matching);
            if (!memo.TryGetValue(signature, out var allowed))
            {
                allowed = AclFirstMatch.Allowed(matching.Select(i => rules[i]));
                memo[signature] = allowed;
            }

            builder.Add(start, allowed);
        }

        return builder.Build();
    }

    private sealed record RuleSelection(NetworkAcl Acl, TrafficDirection Direction, int[] Indices)
    {
        public bool Equals(RuleSelection? other) =>
            other is not null && ReferenceEquals(Acl, other.Acl) && Direction == other.Direction && Indices.AsSpan().SequenceEqual(other.Indices);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Acl));
            hash.Add(Direction);
            foreach (var index in Indices)
            {
                hash.Add(index);
            }

            return hash.ToHashCode();
        }
    }
}
