using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Explain;

/// <summary>
/// Finds the rules that decide a connection between two given addresses: for an ACL, the rules that claim part of
/// the traffic by first match (allow and deny); for a security group, the rules whose local and remote match.
/// </summary>
public static class RuleAttribution
{
    /// <summary>The verdict of an ACL in one direction between a local address and a peer (an address or a block every rule treats alike).</summary>
    /// <param name="vpc">The VPC of the ACL.</param>
    /// <param name="acl">The ACL.</param>
    /// <param name="direction">Inbound (the peer is the source) or outbound.</param>
    /// <param name="local">The address inside the ACL's subnet.</param>
    /// <param name="peer">The addresses on the other side.</param>
    /// <param name="query">What was asked, or <see langword="null"/> for everything.</param>
    /// <param name="scope">
    /// Without a query, the traffic worth attributing: rules that claim only traffic outside it (a deny-all of every
    /// protocol after the allows, where no rule anywhere could allow the rest) are not cited.
    /// </param>
    public static LayerVerdict Acl(VpcNetwork vpc, NetworkAcl acl, TrafficDirection direction, IpAddress local, IpAddressSet peer, ConnectionSet? query, ConnectionSet? scope = null)
    {
        ArgumentNullException.ThrowIfNull(vpc);
        ArgumentNullException.ThrowIfNull(acl);
        var allowed = ConnectionSet.None;
        var contributing = new List<NetworkAclRule>();
        var matching = acl.RulesOf(direction).Where(rule => AclEvaluator.LocalSide(rule).Contains(local) && peer.IsSubsetOf(AclEvaluator.RemoteSide(rule).ToAddressSet()));
        foreach (var (rule, claimed) in AclFirstMatch.Claims(matching))
        {
            if (query is not null || scope is null || claimed.Overlaps(scope))
            {
                contributing.Add(rule);
            }

            if (rule.Action == AclAction.Allow)
            {
                allowed = allowed.Union(claimed);
            }
        }

        var listed = contributing;
        if (query is not null)
        {
            // The rules that touch the query, in priority order, until together they cover it.
            listed = [];
            var covered = ConnectionSet.None;
            foreach (var rule in contributing.Where(r => r.Connection.Overlaps(query)))
            {
                listed.Add(rule);
                covered = covered.Union(rule.Connection);
                if (query.IsSubsetOf(covered))
                {
                    break;
                }
            }
        }

        var effect = !listed.Any(r => r.Action == AclAction.Allow) ? LayerEffect.Blocks : Effect(allowed, query);
        return new LayerVerdict(acl, null, effect, allowed, [.. listed.Select(r => RuleCitation.Of(r, vpc))]);
    }

    /// <summary>The verdict of each of an endpoint's security groups in one direction towards a peer.</summary>
    public static ImmutableArray<LayerVerdict> Groups(VpcNetwork vpc, IEnumerable<SecurityGroup> groups, TrafficDirection direction, IpAddress local, IpAddressSet peer, ConnectionSet? query)
    {
        ArgumentNullException.ThrowIfNull(vpc);
        ArgumentNullException.ThrowIfNull(groups);
        var verdicts = ImmutableArray.CreateBuilder<LayerVerdict>();
        foreach (var group in groups)
        {
            var applicable = group.Rules
                .Where(r => r.Direction == direction && (!r.HasLocal || r.Local.Contains(local)) && peer.IsSubsetOf(vpc.RemoteAddresses(r.Remote)))
                .ToList();
            var allowed = applicable.Aggregate(ConnectionSet.None, (union, r) => union.Union(r.Connection));
            var listed = query is null ? applicable
                : allowed.Overlaps(query) ? applicable.Where(r => r.Connection.Overlaps(query)).ToList()
                : [];
            var effect = listed.Count == 0 ? LayerEffect.Blocks : Effect(allowed, query);
            verdicts.Add(new LayerVerdict(null, group, effect, allowed, [.. listed.Select(r => RuleCitation.Of(r, vpc))]));
        }

        return verdicts.ToImmutable();
    }

    private static LayerEffect Effect(ConnectionSet allowed, ConnectionSet? query)
    {
        if (query is null)
        {
            return LayerEffect.Allows;
        }

        var granted = allowed.Intersect(query);
        return granted.Equals(query) ? LayerEffect.Allows : granted.IsEmpty ? LayerEffect.Blocks : LayerEffect.PartlyAllows;
    }
}
