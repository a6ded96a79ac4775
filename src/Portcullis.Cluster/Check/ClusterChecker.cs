using System.Collections.Immutable;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Addresses;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Cluster.Check;

/// <summary>
/// Evaluates every requirement of a catalog against a cluster's firewalls with the connectivity engine: for every
/// class of workers the rules treat alike and every peer address (or peer endpoint), what each layer allows, what
/// it is missing, and the rules that decide, as explain cites them.
/// </summary>
public static class ClusterChecker
{
    /// <summary>Checks the requirements of <paramref name="catalog"/> that apply to the bound cluster.</summary>
    public static ClusterCheckReport Check(ClusterBinding binding, RequirementCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(binding);
        ArgumentNullException.ThrowIfNull(catalog);
        var results = ImmutableArray.CreateBuilder<RequirementResult>();
        var findings = new List<Finding>();
        findings.AddRange(binding.Notes.Select(n => new BindingNoteFinding(n)));
        var waived = binding.Description.Overrides.Waive.IsDefault ? [] : binding.Description.Overrides.Waive;
        foreach (var id in waived.Where(w => catalog.Requirements.All(r => r.Id != w)))
        {
            findings.Add(new UnknownWaiverFinding(id, catalog.Era));
        }

        foreach (var requirement in catalog.For(binding.Description.Version, waived))
        {
            var result = CheckRequirement(binding, requirement);
            results.Add(result);
            findings.AddRange(Drift(result));
            findings.AddRange(DroppedReplies(result));
            if (requirement.Exclusive && result.Status != RequirementStatus.NotApplicable)
            {
                findings.AddRange(Wider(binding, requirement, result));
            }
        }

        var quotas = Quotas(binding);
        findings.AddRange(quotas.Where(q => q.UnderPressure).Select(q => new QuotaFinding(q, binding.Description.Id)));
        return new ClusterCheckReport(binding, catalog, results.ToImmutable(), [.. findings], quotas);
    }

    /// <summary>Checks one requirement.</summary>
    public static RequirementResult CheckRequirement(ClusterBinding binding, Requirement requirement)
    {
        ArgumentNullException.ThrowIfNull(binding);
        ArgumentNullException.ThrowIfNull(requirement);
        if (!requirement.Connection.TryResolve(binding.MasterPort, out var connection, out var problem))
        {
            return new RequirementResult(requirement, ConnectionSet.None, RequirementStatus.NotApplicable, [], NotApplicableReason.Unresolved(problem!));
        }

        var units = Units(binding, requirement.Peer);
        if (units.Count == 0)
        {
            return new RequirementResult(requirement, connection, RequirementStatus.NotApplicable, [], NoPeer(binding, requirement.Peer));
        }

        var peers = ImmutableArray.CreateBuilder<PeerCheck>();
        foreach (var workers in WorkerClasses(binding))
        {
            var worker = workers[0];
            foreach (var unit in units)
            {
                if ((requirement.Peer.Kind == PeerKind.VpcSubnets && unit.Subnet == worker.Subnet) || ReferenceEquals(unit.Endpoint, worker))
                {
                    continue;
                }

                peers.Add(unit.Endpoint is { } peer
                    ? CheckPair(binding, requirement, connection, workers, peer, unit)
                    : CheckRange(binding, requirement, connection, workers, unit));
            }
        }

        var checks = peers.ToImmutable();
        return new RequirementResult(requirement, connection, RequirementResult.Combine(checks.Select(p => p.Status)), checks);
    }

    private static List<CheckedPeer> Units(ClusterBinding binding, RequirementPeer peer)
    {
        var kind = peer.Kind;
        return kind switch
        {
            PeerKind.Cidrs => [CheckedPeer.OfBlocks(kind, peer.Cidrs)],
            PeerKind.WorkerSubnets => [.. binding.WorkerSubnets.Select(s => CheckedPeer.OfSubnet(kind, s))],
            PeerKind.VpcSubnets => [.. binding.Vpc.Subnets.Select(s => CheckedPeer.OfSubnet(kind, s))],
            PeerKind.VpcPrefixes => binding.Vpc.Vpc.AddressPrefixes.IsDefaultOrEmpty ? []
                : [CheckedPeer.OfBlocks(kind, [.. binding.Vpc.Vpc.AddressPrefixes.Select(p => p.Cidr)])],
            PeerKind.PodSubnet => binding.Description.PodSubnet.IsDefault ? [] : [CheckedPeer.OfBlocks(kind, [binding.Description.PodSubnet])],
            PeerKind.ControlPlane => binding.ControlPlane.IsDefaultOrEmpty ? [] : [CheckedPeer.OfBlocks(kind, binding.ControlPlane)],
            PeerKind.Workers => [.. binding.Workers.Select(w => CheckedPeer.OfEndpoint(kind, w))],
            _ => [.. binding.MasterVpe.Select(e => CheckedPeer.OfEndpoint(kind, e))],
        };
    }

    private static NotApplicableReason NoPeer(ClusterBinding binding, RequirementPeer peer) => peer.Kind switch
    {
        PeerKind.ControlPlane => new(NotApplicableKind.ControlPlaneUnknown, Cluster: binding.Description),
        PeerKind.MasterVpe => new(NotApplicableKind.NoMasterVpe, Cluster: binding.Description),
        PeerKind.VpcPrefixes => new(NotApplicableKind.NoVpcPrefixes, Vpc: binding.Vpc),
        PeerKind.PodSubnet => new(NotApplicableKind.NoPodSubnet, Cluster: binding.Description),
        _ => new(NotApplicableKind.NoPeer),
    };

    // Workers every rule treats alike are checked once, through a representative.
    private static IEnumerable<ImmutableArray<Endpoint>> WorkerClasses(ClusterBinding binding) =>
        binding.Workers.GroupBy(w => binding.Analyzer.ClassOf(w)).Select(g => g.ToImmutableArray());

    private static PeerCheck CheckRange(ClusterBinding binding, Requirement requirement, ConnectionSet connection, ImmutableArray<Endpoint> workers, CheckedPeer unit)
    {
        var worker = workers[0];
        var useGroups = requirement.Layers.HasFlag(FirewallLayers.SecurityGroup);
        var useAcl = requirement.Layers.HasFlag(FirewallLayers.Acl);
        var gaps = ImmutableArray.CreateBuilder<LayerGap>();
        var statuses = new List<RequirementStatus>();
        var allowedForAll = connection;
        foreach (var segment in binding.Analyzer.EvaluateLayers(worker, requirement.Direction, unit.Addresses))
        {
            var layers = segment.Layers;
            var effective = Effective(connection, layers.LocalGroups, layers.LocalAcl, layers.LocalReplies, useGroups, useAcl);
            allowedForAll = allowedForAll.Intersect(effective);
            statuses.Add(StatusOf(connection, effective));
            var sample = IpAddressSet.Single(segment.Peers.First);
            if (useGroups)
            {
                AddGroupGap(gaps, GapSide.Worker, requirement.Direction, worker, segment.Peers, sample, null, connection, layers.LocalGroups);
            }

            if (useAcl)
            {
                AddAclGaps(gaps, GapSide.Worker, requirement.Direction, worker, segment.Peers, sample, connection, layers.LocalAcl, layers.LocalReplies);
            }
        }

        return new PeerCheck(unit, workers, RequirementResult.Combine(statuses), allowedForAll, Merge(gaps));
    }

    private static PeerCheck CheckPair(ClusterBinding binding, Requirement requirement, ConnectionSet connection, ImmutableArray<Endpoint> workers, Endpoint peer, CheckedPeer unit)
    {
        var worker = workers[0];
        var useGroups = requirement.Layers.HasFlag(FirewallLayers.SecurityGroup);
        var useAcl = requirement.Layers.HasFlag(FirewallLayers.Acl);
        var layers = binding.Analyzer.EvaluateLayers(worker, requirement.Direction, peer);
        var gaps = ImmutableArray.CreateBuilder<LayerGap>();
        var effective = Effective(connection, layers.LocalGroups, layers.LocalAcl, layers.LocalReplies, useGroups, useAcl);

        // Other workers are peers of their own requirements (the catalog has both directions); the master VPE is
        // only ever a peer, so its own firewalls are checked here.
        var bothSides = requirement.Peer.Kind == PeerKind.MasterVpe;
        var remoteGroup = bothSides ? peer.SecurityGroups.FirstOrDefault() : binding.ClusterGroup;
        if (useGroups)
        {
            AddGroupGap(gaps, GapSide.Worker, requirement.Direction, worker, peer.Addresses, peer.Addresses, remoteGroup, connection, layers.LocalGroups);
        }

        if (useAcl)
        {
            AddAclGaps(gaps, GapSide.Worker, requirement.Direction, worker, peer.Addresses, peer.Addresses, connection, layers.LocalAcl, layers.LocalReplies);
        }

        if (bothSides)
        {
            effective = effective.Intersect(Effective(connection, layers.PeerGroups!, layers.PeerAcl, layers.PeerReplies, useGroups, useAcl));
            var opposite = Opposite(requirement.Direction);
            if (useGroups)
            {
                AddGroupGap(gaps, GapSide.Peer, opposite, peer, worker.Addresses, worker.Addresses, binding.ClusterGroup, connection, layers.PeerGroups!);
            }

            if (useAcl)
            {
                AddAclGaps(gaps, GapSide.Peer, opposite, peer, worker.Addresses, worker.Addresses, connection, layers.PeerAcl, layers.PeerReplies);
            }
        }

        return new PeerCheck(unit, workers, StatusOf(connection, effective), effective, gaps.ToImmutable());
    }

    // Segments of one peer that one table blocks alike become one gap: the union of their addresses and missing packets.
    private static ImmutableArray<LayerGap> Merge(ImmutableArray<LayerGap>.Builder gaps) =>
        [.. gaps.GroupBy(g => (g.Side, g.Layer, g.Direction, g.IsReply, g.Owner))
            .Select(g => g.First() with
            {
                Remote = g.Aggregate(IpAddressSet.Empty, (all, x) => all.Union(x.Remote)),
                Missing = g.Aggregate(ConnectionSet.None, (all, x) => all.Union(x.Missing)),
            })];

    private static ConnectionSet Effective(ConnectionSet connection, ConnectionSet groups, ConnectionSet? acl, ConnectionSet? replies, bool useGroups, bool useAcl)
    {
        var allowed = connection;
        if (useGroups)
        {
            allowed = allowed.Intersect(groups);
        }

        if (useAcl && acl is not null)
        {
            allowed = allowed.Intersect(acl);
        }

        if (useAcl && replies is not null)
        {
            allowed = allowed.Except(allowed.TcpOnly().Except(replies));
        }

        return allowed;
    }

    private static RequirementStatus StatusOf(ConnectionSet required, ConnectionSet effective) =>
        required.IsSubsetOf(effective) ? RequirementStatus.Open : effective.IsEmpty ? RequirementStatus.Blocked : RequirementStatus.PartlyOpen;

    private static TrafficDirection Opposite(TrafficDirection direction) =>
        direction == TrafficDirection.Inbound ? TrafficDirection.Outbound : TrafficDirection.Inbound;

    private static void AddGroupGap(ImmutableArray<LayerGap>.Builder gaps, GapSide side, TrafficDirection direction, Endpoint owner, IpAddressSet remote, IpAddressSet sample, SecurityGroup? remoteGroup, ConnectionSet connection, ConnectionSet allowed)
    {
        var missing = connection.Except(allowed);
        if (missing.IsEmpty)
        {
            return;
        }

        var verdicts = RuleAttribution.Groups(owner.Vpc, owner.SecurityGroups, direction, owner.Address, sample, missing);
        gaps.Add(new LayerGap(side, LayerKind.SecurityGroup, direction, false, owner, remote, remoteGroup, missing, connection, verdicts));
    }

    private static void AddAclGaps(ImmutableArray<LayerGap>.Builder gaps, GapSide side, TrafficDirection direction, Endpoint owner, IpAddressSet remote, IpAddressSet sample, ConnectionSet connection, ConnectionSet? acl, ConnectionSet? replies)
    {
        if (acl is not null)
        {
            var missing = connection.Except(acl);
            if (!missing.IsEmpty)
            {
                var verdict = RuleAttribution.Acl(owner.Vpc, owner.Subnet.Acl, direction, owner.Address, sample, missing);
                gaps.Add(new LayerGap(side, LayerKind.NetworkAcl, direction, false, owner, remote, null, missing, connection, [verdict]));
            }
        }

        if (replies is not null)
        {
            var missingReplies = connection.TcpOnly().Except(replies).SwapPorts();
            if (!missingReplies.IsEmpty)
            {
                var opposite = Opposite(direction);
                var verdict = RuleAttribution.Acl(owner.Vpc, owner.Subnet.Acl, opposite, owner.Address, sample, missingReplies);
                gaps.Add(new LayerGap(side, LayerKind.NetworkAcl, opposite, true, owner, remote, null, missingReplies, connection.TcpOnly().SwapPorts(), [verdict]));
            }
        }
    }

    private static IEnumerable<Finding> Drift(RequirementResult result)
    {
        if (result.Requirement.Peer.Kind != PeerKind.WorkerSubnets)
        {
            yield break;
        }

        var bySubnet = result.Peers.Where(p => p.Peer.Subnet is not null).GroupBy(p => p.Peer.Subnet!).ToList();
        var statuses = bySubnet.ToDictionary(g => g.Key, g => RequirementResult.Combine(g.Select(p => p.Status)));
        if (!statuses.Values.Any(s => s == RequirementStatus.Open))
        {
            yield break;
        }

        foreach (var (subnet, status) in statuses.Where(p => p.Value != RequirementStatus.Open))
        {
            var gap = bySubnet.First(g => g.Key == subnet).SelectMany(p => p.Gaps).FirstOrDefault();
            yield return new DriftFinding(result.Requirement, subnet, status, gap);
        }
    }

    private static IEnumerable<Finding> DroppedReplies(RequirementResult result)
    {
        foreach (var group in result.Gaps.Where(g => g.IsReply).GroupBy(g => (g.Owner.Subnet.Acl.Id, g.Direction)))
        {
            var gap = group.First();
            var remote = group.Aggregate(IpAddressSet.Empty, (all, g) => all.Union(g.Remote));
            yield return new RepliesBlockedFinding(result.Requirement, gap.Owner.Subnet.Acl, gap.Direction, gap.Missing, remote, gap.DenyingRule);
        }
    }

    private static IEnumerable<Finding> Wider(ClusterBinding binding, Requirement requirement, RequirementResult result)
    {
        // The cluster's own pod and service subnets are inside the cluster: openings to them are not wider.
        var needed = Units(binding, requirement.Peer).Aggregate(IpAddressSet.Empty, (all, u) => all.Union(u.Addresses))
            .Union(IpAddressSet.Of(binding.Description.PodSubnet, binding.Description.ServiceSubnet));
        var outside = IpAddressSet.AllIPv4.Except(needed);
        var useGroups = requirement.Layers.HasFlag(FirewallLayers.SecurityGroup);
        var useAcl = requirement.Layers.HasFlag(FirewallLayers.Acl);
        var open = IpAddressSet.Empty;
        RuleCitation? rule = null;
        foreach (var workers in WorkerClasses(binding))
        {
            var worker = workers[0];
            foreach (var segment in binding.Analyzer.EvaluateLayers(worker, requirement.Direction, outside))
            {
                var layers = segment.Layers;
                if (Effective(result.Connection, layers.LocalGroups, layers.LocalAcl, null, useGroups, useAcl).IsEmpty)
                {
                    continue;
                }

                open = open.Union(segment.Peers);
                if (rule is null && useGroups)
                {
                    var sample = IpAddressSet.Single(segment.Peers.First);
                    rule = RuleAttribution.Groups(worker.Vpc, worker.SecurityGroups, requirement.Direction, worker.Address, sample, result.Connection)
                        .SelectMany(v => v.Rules).FirstOrDefault();
                }
            }
        }

        if (!open.IsEmpty)
        {
            yield return new WiderThanNeededFinding(requirement, result.Connection, open, open == outside, rule);
        }
    }

    private static ImmutableArray<QuotaUsage> Quotas(ClusterBinding binding)
    {
        var usages = new List<QuotaUsage>();
        foreach (var acl in binding.WorkerSubnets.Select(s => s.Acl).DistinctBy(a => a.Id))
        {
            usages.Add(QuotaUsage.Of(acl));
        }

        foreach (var group in binding.Workers.SelectMany(w => w.SecurityGroups).DistinctBy(g => g.Id))
        {
            usages.Add(QuotaUsage.Of(group));
        }

        var most = binding.Workers.MaxBy(w => w.SecurityGroups.Length)!;
        usages.Add(QuotaUsage.Of(most));
        return [.. usages];
    }
}
