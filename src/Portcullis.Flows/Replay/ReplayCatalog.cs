using System.Collections.Immutable;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Flows.Replay;

/// <summary>
/// Every rule on a replayed path, numbered, with the layer-and-direction it belongs to (a "lane"): tallies count
/// hits per rule and evaluations per lane in flat arrays indexed by these numbers.
/// </summary>
internal sealed class ReplayCatalog
{
    private readonly List<Entry> _rules = [];
    private int _lanes;

    public int RuleCount => _rules.Count;

    public int LaneCount => _lanes;

    public Entry this[int rule] => _rules[rule];

    public int AddLane() => _lanes++;

    public int AddRule(NetworkAcl acl, NetworkAclRule rule, VpcNetwork vpc, int lane)
    {
        _rules.Add(new Entry(RuleCitation.Of(rule, vpc), acl, null, lane));
        return _rules.Count - 1;
    }

    public int AddRule(SecurityGroup group, SecurityGroupRule rule, VpcNetwork vpc, int lane)
    {
        _rules.Add(new Entry(RuleCitation.Of(rule, vpc), null, group, lane));
        return _rules.Count - 1;
    }

    /// <summary>The rules of the lanes that some record was evaluated against, with their counts.</summary>
    public ImmutableArray<RuleUse> Uses(long[] hits, long[] evaluated) =>
        [.. _rules.Select((rule, id) => (Rule: rule, Id: id)).Where(p => evaluated[p.Rule.Lane] > 0)
            .Select(p => new RuleUse(p.Rule.Rule, p.Rule.Acl, p.Rule.Group, hits[p.Id], evaluated[p.Rule.Lane]))];

    /// <summary>One rule: the rule (with its VPC, to resolve a group remote), the table that holds it, and its lane.</summary>
    internal sealed record Entry(RuleCitation Rule, NetworkAcl? Acl, SecurityGroup? Group, int Lane);
}
