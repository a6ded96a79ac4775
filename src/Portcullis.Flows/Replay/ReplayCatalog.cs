using System.Collections.Concurrent;
using System.Collections.Immutable;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Flows.Replay;

/// <summary>
/// Every rule on a replayed path, numbered, with the layer-and-direction it belongs to (a "lane"): tallies count
/// hits per rule and evaluations per lane in flat arrays indexed by these numbers. Rules are cited (with
/// <see cref="Portcullis.Core.Explain.TransitionalRuleText"/>) only when a report needs them.
/// </summary>
internal sealed class ReplayCatalog
{
    /// <summary>How many of a group remote's member blocks a citation lists before it counts the rest.</summary>
    public const int CitedMemberBlocks = 8;

    private readonly List<Entry> _rules = [];
    private readonly ConcurrentDictionary<(VpcNetwork Vpc, RuleRemote Remote), string> _remoteTexts = new();
    private int _lanes;

    public int RuleCount => _rules.Count;

    public int LaneCount => _lanes;

    public Entry this[int rule] => _rules[rule];

    public int AddLane() => _lanes++;

    public int AddRule(NetworkAcl acl, NetworkAclRule rule, int lane)
    {
        _rules.Add(new Entry(LayerKind.NetworkAcl, acl.Name, rule.Direction, rule, null, lane));
        return _rules.Count - 1;
    }

    public int AddRule(SecurityGroup group, SecurityGroupRule rule, VpcNetwork vpc, int lane)
    {
        _rules.Add(new Entry(LayerKind.SecurityGroup, group.Name, rule.Direction, rule, vpc, lane));
        return _rules.Count - 1;
    }

    /// <summary>The rules of the lanes that some record was evaluated against, with their counts.</summary>
    public ImmutableArray<RuleUse> Uses(long[] hits, long[] evaluated) =>
        [.. _rules.Select((rule, id) => (Rule: rule, Id: id)).Where(p => evaluated[p.Rule.Lane] > 0)
            .Select(p => new RuleUse(p.Rule.Layer, p.Rule.LayerName, p.Rule.Direction, Citation(p.Id), p.Rule.Location, hits[p.Id], evaluated[p.Rule.Lane]))];

    /// <summary>
    /// The rule as explain cites it, except that a group remote lists at most <see cref="CitedMemberBlocks"/> member
    /// blocks: a report of rule hits names rules, and a large group's members would fill it. Each remote's text is
    /// worked out once, however many rules name it.
    /// </summary>
    public string Citation(int rule)
    {
        var entry = _rules[rule];
        if (entry.Rule is NetworkAclRule acl)
        {
            return TransitionalRuleText.Of(acl);
        }

        var groupRule = (SecurityGroupRule)entry.Rule;
        var remote = _remoteTexts.GetOrAdd((entry.Vpc!, groupRule.Remote), key => TransitionalRuleText.RemoteOf(key.Remote, key.Vpc, CitedMemberBlocks));
        return TransitionalRuleText.Of(groupRule, remote);
    }

    /// <summary>One rule: its layer, the rule itself (and its VPC, to resolve a group remote), and its lane.</summary>
    internal sealed record Entry(LayerKind Layer, string LayerName, TrafficDirection Direction, object Rule, VpcNetwork? Vpc, int Lane)
    {
        public Portcullis.Core.Diagnostics.SourceLocation? Location => Rule is NetworkAclRule acl ? acl.Location : ((SecurityGroupRule)Rule).Location;
    }
}
