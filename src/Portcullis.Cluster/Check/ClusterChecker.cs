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
        findings.AddRange(binding.Notes.Select(n => new Finding(FindingKind.Note, n)));
        var waived = binding.Description.Overrides.Waive.IsDefault ? [] : binding.Description.Overrides.Waive;
        foreach (var id in waived.Where(w => catalog.Requirements.All(r => r.Id != w)))
        {
            findings.Add(new Finding(FindingKind.Note, $"waived requirement '{id}' is not in the {EraNames.Name(catalog.Era)} catalog"));
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
        findings.AddRange(quotas.Where(q => q.UnderPressure).Select(q => new Finding(FindingKind.QuotaPressure,
            q.Limit == VpcQuotas.GroupsPerInterface
                ? $"{q.What} has {q.Used} of {q.Limit} security groups: no room for another group (IKS cannot add groups to workers after creation anyway; add rules to kube-{binding.Description.Id})"
                : $"{q.What} uses {q.Used} of {q.Limit} rules")));
        return new ClusterCheckReport(binding, catalog, results.ToImmutable(), [.. findings], quotas);
    }

    /// <summary>Checks one requirement.</summary>
    public static RequirementResult CheckRequirement(ClusterBinding binding, Requirement requirement)
    {
        ArgumentNullException.ThrowIfNull(binding);
        ArgumentNullException.ThrowIfNull(requirement);
        if (!requirement.Connection.TryResolve(binding.MasterPort, out var connection, out var problem))
        {
            return new RequirementResult(requirement, ConnectionSet.None, RequirementStatus.NotApplicable, [], problem);
        }

        var units = Units(binding, requirement.Peer);
        if (units.Count == 0)
        {
            return new RequirementResult(requirement, connection, RequirementStatus.NotApplicable, [], NotApplicableReason(binding, requirement.Peer));
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
                    ? CheckPair(binding, requirement, connection, workers, peer, unit.Label)
                    : CheckRange(binding, requirement, connection, workers, unit));
            }
        }

        var checks = peers.ToImmutable();
        return new RequirementResult(requirement, connection, RequirementResult.Combine(checks.Select(p => p.Status)), checks);
    }

    private sealed record PeerUnit(string Label, IpAddressSet Addresses, SubnetNode? Subnet, Endpoint? Endpoint);

    private static List<PeerUnit> Units(ClusterBinding binding, RequirementPeer peer)
    {
        static string Cidrs(IEnumerable<IpPrefix> prefixes) => string.Join(',', prefixes);
        PeerUnit OfSubnet(SubnetNode s) => new($"{s.Name} ({s.Subnet.Cidr})", s.Addresses, s, null);
        return peer.Kind switch
        {
            PeerKind.Cidrs => [new PeerUnit(peer.ToString() == "any" ? "any (0.0.0.0/0)" : Cidrs(peer.Cidrs), IpAddressSet.Of(peer.Cidrs), null, null)],
            PeerKind.WorkerSubnets => [.. binding.WorkerSubnets.Select(OfSubnet)],
            PeerKind.VpcSubnets => [.. binding.Vpc.Subnets.Select(OfSubnet)],
            PeerKind.VpcPrefixes => binding.Vpc.Vpc.AddressPrefixes.IsDefaultOrEmpty ? []
                : [new PeerUnit($"VPC prefixes {Cidrs(binding.Vpc.Vpc.AddressPrefixes.Select(p => p.Cidr))}", IpAddressSet.Of(binding.Vpc.Vpc.AddressPrefixes.Select(p => p.Cidr)), null, null)],
            PeerKind.PodSubnet => binding.Description.PodSubnet.IsDefault ? []
                : [new PeerUnit($"pod subnet {binding.Description.PodSubnet}", binding.Description.PodSubnet.ToAddressSet(), null, null)],
            PeerKind.ControlPlane => binding.ControlPlane.IsDefaultOrEmpty ? []
                : [new PeerUnit($"control plane {Cidrs(binding.ControlPlane)}", IpAddressSet.Of(binding.ControlPlane), null, null)],
            PeerKind.Workers => [.. binding.Workers.Select(w => new PeerUnit(w.DisplayName, w.Addresses, null, w))],
            _ => [.. binding.MasterVpe.Select(e => new PeerUnit(e.DisplayName, e.Addresses, null, e))],
        };
    }

    private static string NotApplicableReason(ClusterBinding binding, RequirementPeer peer) => peer.Kind switch
    {
        PeerKind.ControlPlane => $"the control-plane CIDRs of region {binding.Description.Region} are not known; give overrides.controlPlaneCidrs or overrides.metro in cluster.yaml",
        PeerKind.MasterVpe => $"the VPC configuration has no VPE gateway of cluster {binding.Description.Id} (named iks-{binding.Description.Id})",
        PeerKind.VpcPrefixes => $"the VPC configuration lists no address prefixes of VPC {binding.Vpc.Name}",
        PeerKind.PodSubnet => "the cluster description gives no pod subnet",
        _ => "no peer to check",
    };

    // Workers every rule treats alike are checked once, through a representative.
    private static IEnumerable<ImmutableArray<Endpoint>> WorkerClasses(ClusterBinding binding) =>
        binding.Workers.GroupBy(w => binding.Analyzer.ClassOf(w)).Select(g => g.ToImmutableArray());

    private static PeerCheck CheckRange(ClusterBinding binding, Requirement requirement, ConnectionSet connection, ImmutableArray<Endpoint> workers, PeerUnit unit)
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

        return new PeerCheck(unit.Label, unit.Subnet, workers, RequirementResult.Combine(statuses), allowedForAll, Merge(gaps));
    }

    private static PeerCheck CheckPair(ClusterBinding binding, Requirement requirement, ConnectionSet connection, ImmutableArray<Endpoint> workers, Endpoint peer, string label)
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

        return new PeerCheck(label, null, workers, StatusOf(connection, effective), effective, gaps.ToImmutable());
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

        var bySubnet = result.Peers.Where(p => p.PeerSubnet is not null).GroupBy(p => p.PeerSubnet!).ToList();
        var statuses = bySubnet.ToDictionary(g => g.Key, g => RequirementResult.Combine(g.Select(p => p.Status)));
        if (!statuses.Values.Any(s => s == RequirementStatus.Open))
        {
            yield break;
        }

        foreach (var (subnet, status) in statuses.Where(p => p.Value != RequirementStatus.Open))
        {
            var blocker = bySubnet.First(g => g.Key == subnet).SelectMany(p => p.Gaps).FirstOrDefault()?.Blocker;
            yield return new Finding(FindingKind.Drift,
                $"worker subnet {subnet.Name} ({subnet.Subnet.Cidr}) is not covered like the other worker subnets: '{result.Requirement.Purpose}' is {Describe(status)} from it; a subnet added after the rules were written needs rules of its own",
                result.Requirement.Id, blocker);
        }
    }

    private static IEnumerable<Finding> DroppedReplies(RequirementResult result)
    {
        foreach (var group in result.Gaps.Where(g => g.IsReply).GroupBy(g => (g.Owner.Subnet.Acl.Id, g.Direction)))
        {
            var gap = group.First();
            var remote = group.Aggregate(IpAddressSet.Empty, (all, g) => all.Union(g.Remote));
            yield return new Finding(FindingKind.RepliesBlocked,
                $"network ACL {gap.Owner.Subnet.Acl.Name} drops the {gap.Direction.ToString().ToLowerInvariant()} TCP replies of '{result.Requirement.Purpose}' ({gap.Missing}) for {Summarize(remote)}",
                result.Requirement.Id, gap.DenyingRule is { } denying ? TransitionalRuleText.Of(denying) : null);
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
        string? rule = null;
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
                        .SelectMany(v => v.Rules).Select(TransitionalRuleText.Of).FirstOrDefault();
                }
            }
        }

        if (!open.IsEmpty)
        {
            var what = open == outside ? "every address (0.0.0.0/0)" : Summarize(open);
            what += ", outside the cluster's pod and service subnets";
            yield return new Finding(FindingKind.WiderThanNeeded,
                $"'{requirement.Purpose}' ({result.Connection}) is open from {what}, where {requirement.Peer} suffice",
                requirement.Id, rule);
        }
    }

    private static ImmutableArray<QuotaUsage> Quotas(ClusterBinding binding)
    {
        var usages = new List<QuotaUsage>();
        foreach (var acl in binding.WorkerSubnets.Select(s => s.Acl).DistinctBy(a => a.Id))
        {
            usages.Add(new QuotaUsage($"network ACL {acl.Name}", acl.Rules.Length, VpcQuotas.RulesPerAcl));
        }

        foreach (var group in binding.Workers.SelectMany(w => w.SecurityGroups).DistinctBy(g => g.Id))
        {
            usages.Add(new QuotaUsage($"security group {group.Name}", group.Rules.Length, VpcQuotas.RulesPerSecurityGroup));
        }

        var most = binding.Workers.MaxBy(w => w.SecurityGroups.Length)!;
        usages.Add(new QuotaUsage($"worker {most.Name}", most.SecurityGroups.Length, VpcQuotas.GroupsPerInterface));
        return [.. usages];
    }

    /// <summary><c>open</c>, <c>partly open</c>, <c>blocked</c>, <c>n/a</c>.</summary>
    public static string Describe(RequirementStatus status) => status switch
    {
        RequirementStatus.Open => "open",
        RequirementStatus.PartlyOpen => "partly open",
        RequirementStatus.Blocked => "blocked",
        _ => "n/a",
    };

    /// <summary>Up to three CIDRs of a set, and how many more.</summary>
    public static string Summarize(IpAddressSet addresses)
    {
        var prefixes = addresses.ToPrefixes();
        return prefixes.Count <= 3 ? string.Join(',', prefixes) : $"{string.Join(',', prefixes.Take(3))} and {prefixes.Count - 3} more blocks";
    }
}
