using System.Collections.Immutable;
using Portcullis.Cluster.Allowlist;
using Portcullis.Cluster.Check;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Cluster.Fix;

/// <summary>
/// Plans the smallest set of rules that makes every requirement of a check pass: allow rules only (so nothing open
/// is closed), ACL rules placed before the first rule that would deny their packets, replies for stateless ACLs,
/// security-group rules on the cluster's own group, and no plan that a quota would make the API reject.
/// </summary>
public static class FixPlanner
{
    private const int MaxNameLength = 63;

    /// <summary>Plans the fix for a check.</summary>
    public static FixPlan Plan(ClusterCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var binding = report.Binding;
        var gaps = report.Results.SelectMany(r => r.Gaps.Select(g => (r.Requirement.Id, Gap: g))).ToList();
        var problems = new List<FixProblem>();
        var changes = new List<PlannedChange>();
        var counter = 0;
        string NextId() => $"planned-{++counter}";

        var aclChanges = new List<AclRuleAddition>();
        foreach (var group in gaps.Where(x => x.Gap.Layer == LayerKind.NetworkAcl)
                     .GroupBy(x => (x.Gap.Owner.Subnet.Acl.Id, x.Gap.Direction, RuleConnection(x.Gap, sourcePorts: true))))
        {
            aclChanges.AddRange(PlanAcl(binding, [.. group], NextId));
        }

        foreach (var byAcl in aclChanges.GroupBy(c => c.Acl.Id))
        {
            var acl = byAcl.First().Acl;
            var total = acl.Rules.Length + byAcl.Count();
            if (total > VpcQuotas.RulesPerAcl)
            {
                problems.Add(new RuleQuotaExceeded(QuotaUsage.Of(acl) with { Used = total }, byAcl.Count(),
                    [.. byAcl.GroupBy(c => (c.Rule.Direction, c.Shape)).Select(g => Aggregation(g.Key.Direction, g.Key.Shape, g.Select(c => c.Rule.Direction == TrafficDirection.Inbound ? c.Rule.Source : c.Rule.Destination)))]));
                continue;
            }

            changes.AddRange(byAcl);
        }

        var groupChanges = new List<SecurityGroupRuleAddition>();
        foreach (var gap in gaps.Where(x => x.Gap.Layer == LayerKind.SecurityGroup && ChooseGroup(binding, x.Gap.Owner) is null).Select(x => x.Gap.Owner).Distinct())
        {
            problems.Add(new NoGroupForRules(gap));
        }

        foreach (var group in gaps.Where(x => x.Gap.Layer == LayerKind.SecurityGroup && ChooseGroup(binding, x.Gap.Owner) is not null)
                     .GroupBy(x => (ChooseGroup(binding, x.Gap.Owner)!.Id, x.Gap.Direction, RuleConnection(x.Gap, sourcePorts: false), x.Gap.RemoteGroup?.Id)))
        {
            groupChanges.AddRange(PlanGroup(binding, [.. group], NextId));
        }

        foreach (var byGroup in groupChanges.GroupBy(c => c.Group.Id))
        {
            var securityGroup = byGroup.First().Group;
            var total = securityGroup.Rules.Length + byGroup.Count();
            if (total > VpcQuotas.RulesPerSecurityGroup)
            {
                problems.Add(new RuleQuotaExceeded(QuotaUsage.Of(securityGroup) with { Used = total }, byGroup.Count(),
                    [.. byGroup.Where(c => c.Rule.Remote is CidrRemote).GroupBy(c => (c.Rule.Direction, c.Shape)).Select(g => Aggregation(g.Key.Direction, g.Key.Shape, g.Select(c => ((CidrRemote)c.Rule.Remote).Prefix)))]));
                continue;
            }

            changes.AddRange(byGroup);
        }

        var ordered = changes
            .OrderBy(c => c is AclRuleAddition ? 0 : 1)
            .ThenBy(c => c is AclRuleAddition a ? a.Acl.Name : ((SecurityGroupRuleAddition)c).Group.Name, StringComparer.Ordinal)
            .ThenBy(c => c is AclRuleAddition a ? a.Rule.Direction : ((SecurityGroupRuleAddition)c).Rule.Direction)
            .ThenBy(c => c.RequirementIds[0], StringComparer.Ordinal);
        return new FixPlan([.. ordered], [.. problems]);
    }

    /// <summary>The group a worker's (or peer's) missing rules go to: the cluster's own group, else its first non-default group, else its first.</summary>
    public static SecurityGroup? ChooseGroup(ClusterBinding binding, Endpoint owner)
    {
        ArgumentNullException.ThrowIfNull(binding);
        ArgumentNullException.ThrowIfNull(owner);
        var defaultId = owner.Vpc.Vpc.DefaultSecurityGroupId;
        return owner.SecurityGroups.FirstOrDefault(g => g.Name == $"kube-{binding.Description.Id}")
            ?? owner.SecurityGroups.FirstOrDefault(g => g.Id != defaultId && g.Crn != defaultId)
            ?? owner.SecurityGroups.FirstOrDefault();
    }

    private static IEnumerable<AclRuleAddition> PlanAcl(ClusterBinding binding, List<(string Id, LayerGap Gap)> tagged, Func<string> nextId)
    {
        var gaps = tagged.Select(x => x.Gap).ToList();
        var acl = gaps[0].Owner.Subnet.Acl;
        var direction = gaps[0].Direction;
        var missing = RuleConnection(gaps[0], sourcePorts: true);
        var remote = gaps.Aggregate(IpAddressSet.Empty, (all, g) => all.Union(g.Remote));
        var owners = gaps.Select(g => g.Owner.Address).Distinct().ToList();
        var permitted = remote.Union(AlreadyAllowedByAcl(binding, acl, direction, missing));
        var before = acl.RulesOf(direction).FirstOrDefault(r =>
            r.Action == AclAction.Deny && r.Connection.Overlaps(missing)
            && AclEvaluator.RemoteSide(r).ToAddressSet().Overlaps(remote)
            && owners.Any(o => AclEvaluator.LocalSide(r).Contains(o)));
        var names = acl.Rules.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var prefix in CidrMath.Cover(remote, permitted))
        {
            var requirements = For(tagged, prefix.ToAddressSet());
            foreach (var shape in RuleShape.Of(missing, sourcePorts: true))
            {
                var name = UniqueName(names, requirements[0], gaps[0].IsReply ? "reply" : direction == TrafficDirection.Inbound ? "in" : "out");
                var (source, destination) = direction == TrafficDirection.Inbound ? (prefix, IpPrefix.AllIPv4) : (IpPrefix.AllIPv4, prefix);
                var rule = new NetworkAclRule(nextId(), name, AclAction.Allow, direction, source, destination, RuleProtocol.FromApiName(shape.Protocol), shape.Connection, 0);
                yield return new AclRuleAddition(requirements, shape, acl, rule, before);
            }
        }
    }

    private static IEnumerable<SecurityGroupRuleAddition> PlanGroup(ClusterBinding binding, List<(string Id, LayerGap Gap)> tagged, Func<string> nextId)
    {
        var gaps = tagged.Select(x => x.Gap).ToList();
        var owner = gaps[0].Owner;
        var group = ChooseGroup(binding, owner)!;
        var direction = gaps[0].Direction;
        var missing = RuleConnection(gaps[0], sourcePorts: false);
        var names = group.Rules.Select(r => r.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var index = group.Rules.Length;
        var remotes = new List<RuleRemote>();
        if (gaps[0].RemoteGroup is { } remoteGroup)
        {
            remotes.Add(new SecurityGroupRemote(remoteGroup.Id, remoteGroup.Name));
        }
        else
        {
            var remote = gaps.Aggregate(IpAddressSet.Empty, (all, g) => all.Union(g.Remote));
            var permitted = remote.Union(AlreadyAllowedByGroup(binding, group, direction, owner, missing));
            remotes.AddRange(CidrMath.Cover(remote, permitted).Select(p => new CidrRemote(p)));
        }

        foreach (var remote in remotes)
        {
            var requirements = remote is CidrRemote cidr ? For(tagged, cidr.Prefix.ToAddressSet()) : [.. tagged.Select(x => x.Id).Distinct()];
            foreach (var shape in RuleShape.Of(missing, sourcePorts: false))
            {
                var name = UniqueName(names, requirements[0], direction == TrafficDirection.Inbound ? "in" : "out");
                var rule = new SecurityGroupRule(nextId(), name, direction, remote, default, RuleProtocol.FromApiName(shape.Protocol), shape.Connection, index++);
                yield return new SecurityGroupRuleAddition(requirements, shape, group, rule);
            }
        }
    }

    // The requirements a rule for these addresses serves: those with a gap towards some of them.
    private static ImmutableArray<string> For(List<(string Id, LayerGap Gap)> tagged, IpAddressSet addresses) =>
        [.. tagged.Where(x => x.Gap.Remote.Overlaps(addresses)).Select(x => x.Id).Distinct()];

    // The remote addresses for which the ACL already allows all of `missing`, whatever address of its subnets is local:
    // a new rule may cover them too without opening anything.
    private static IpAddressSet AlreadyAllowedByAcl(ClusterBinding binding, NetworkAcl acl, TrafficDirection direction, ConnectionSet missing)
    {
        var attached = binding.Vpc.Subnets.Where(s => s.Acl.Id == acl.Id).Aggregate(IpAddressSet.Empty, (all, s) => all.Union(s.Addresses));
        var cuts = new SortedSet<UInt128>();
        foreach (var (first, _) in attached.Ranges)
        {
            cuts.Add(first.Value);
        }

        foreach (var rule in acl.RulesOf(direction))
        {
            var local = AclEvaluator.LocalSide(rule);
            cuts.Add(local.First.Value);
            if (local.Last.Value != UInt128.MaxValue)
            {
                cuts.Add(local.Last.Value + 1);
            }
        }

        var already = IpAddressSet.AllIPv4;
        foreach (var cut in cuts.Where(c => attached.Contains(new IpAddress(c))))
        {
            var map = binding.Analyzer.AclEvaluator.Evaluate(acl, direction, new IpAddress(cut));
            already = already.Intersect(Covering(map, missing));
        }

        return already;
    }

    private static IpAddressSet AlreadyAllowedByGroup(ClusterBinding binding, SecurityGroup group, TrafficDirection direction, Endpoint owner, ConnectionSet missing) =>
        Covering(binding.Analyzer.GroupEvaluator.Evaluate(owner.Vpc, [group], direction, owner.Address), missing);

    private static IpAddressSet Covering(AddressMap map, ConnectionSet missing)
    {
        var set = IpAddressSet.Empty;
        foreach (var (first, last, connection) in map.NonEmptyRanges())
        {
            if (missing.IsSubsetOf(connection))
            {
                set = set.Union(IpAddressSet.Range(first, last));
            }
        }

        return set.Intersect(IpAddressSet.AllIPv4);
    }

    // A rule allows whole parts of what the requirement needs (tcp 4443, not tcp 4443 from the source ports some other
    // rule leaves out): the parts that hold missing packets. Group rules cannot restrict source ports at all.
    private static ConnectionSet RuleConnection(LayerGap gap, bool sourcePorts) =>
        RuleShape.Of(gap.Needed, sourcePorts).Where(s => s.Connection.Overlaps(gap.Missing)).Aggregate(ConnectionSet.None, (all, s) => all.Union(s.Connection));

    private static SuggestedAggregation Aggregation(TrafficDirection direction, RuleShape shape, IEnumerable<IpPrefix> remotes)
    {
        var set = IpAddressSet.Of(remotes);
        return new SuggestedAggregation(direction, shape, CidrMath.Supernet(set), set);
    }

    private static string UniqueName(HashSet<string> names, string requirement, string suffix)
    {
        var stem = $"pc-{requirement}-{suffix}";
        for (var n = 1; ; n++)
        {
            var tail = $"-{n}";
            var name = (stem.Length + tail.Length > MaxNameLength ? stem[..(MaxNameLength - tail.Length)] : stem) + tail;
            if (names.Add(name))
            {
                return name;
            }
        }
    }
}
