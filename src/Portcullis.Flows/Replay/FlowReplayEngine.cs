using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Flows.Classification;

namespace Portcullis.Flows.Replay;

/// <summary>
/// Decides flow-log records against a configuration with the compiled classifiers of the layers on each record's
/// path, and tallies what changes: accepted traffic the configuration would now reject, rejected traffic it would
/// now accept, how often each rule is used, and which rules no traffic uses.
/// </summary>
/// <remarks>
/// <para>A record is decided at its vNIC's side of the connection, for the connection's first packet (initiator to
/// target, as the record gives it):</para>
/// <list type="bullet">
/// <item><description>outbound (<c>O</c>, the vNIC sent it): the vNIC's security groups, outbound, then its subnet's
/// ACL, outbound, when the target is outside the subnet;</description></item>
/// <item><description>inbound (<c>I</c>, the vNIC received it): the subnet's ACL, inbound, when the initiator is
/// outside the subnet, then the security groups, inbound.</description></item>
/// </list>
/// <para>Security groups are stateful; the ACL is not, so where it applies the replies (target to initiator, ports
/// exchanged) must pass its other direction too. An accepted record whose target replied is "now rejected" when
/// either its request or its replies would be dropped. A rejected record is "now accepted" when its request would
/// pass.</para>
/// <para>The engine is immutable and thread-safe; each worker counts into its own <see cref="FlowReplayTally"/>.
/// Records of vNICs the topology does not have are counted by id, not decided.</para>
/// </remarks>
public sealed partial class FlowReplayEngine
{
    [ThreadStatic]
    private static List<int>? _scratchMatches;


    private readonly ReplayCatalog _catalog;
    private readonly FrozenDictionary<string, ReplayPath> _paths;
    private readonly ImmutableArray<ReplayPath> _pathList;

    private FlowReplayEngine(ReplayCatalog catalog, ImmutableArray<ReplayPath> paths)
    {
        _catalog = catalog;
        _pathList = paths;
        _paths = paths.DistinctBy(p => p.Endpoint.Id).ToFrozenDictionary(p => p.Endpoint.Id, StringComparer.Ordinal);
    }

    /// <summary>The vNIC ids (endpoint ids) the engine can decide records for.</summary>
    public IEnumerable<string> InterfaceIds => _paths.Keys;

    /// <summary>Compiles the paths of every IPv4 endpoint of the topology.</summary>
    public static FlowReplayEngine Build(NetworkTopology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        return new Compiler().Compile(topology);
    }

    /// <summary>A fresh tally for this engine (one per worker thread).</summary>
    /// <param name="examples">How many example connections to keep for each group of changed records.</param>
    public FlowReplayTally CreateTally(int examples = 5)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(examples);
        return new FlowReplayTally(this, _catalog.RuleCount, _catalog.LaneCount, examples);
    }

    /// <summary>Decides the records of one vNIC and counts them into <paramref name="tally"/>.</summary>
    public void Replay(string interfaceId, ReadOnlySpan<FlowRecord> records, FlowReplayTally tally)
    {
        ArgumentNullException.ThrowIfNull(interfaceId);
        ArgumentNullException.ThrowIfNull(tally);
        tally.Records += records.Length;
        if (!_paths.TryGetValue(interfaceId, out var path))
        {
            tally.CountUnknown(interfaceId, records.Length);
            return;
        }

        tally.EvaluatedRecords += records.Length;
        foreach (ref readonly var record in records)
        {
            Evaluate(path, record, tally);
        }
    }

    /// <summary>
    /// Whether the configuration lets the connection's request through at the vNIC's side, and (in
    /// <paramref name="repliesAllowed"/>) its replies where the ACL applies; null when the vNIC is unknown. Counts
    /// nothing.
    /// </summary>
    public bool? Allows(string interfaceId, TrafficDirection direction, in FlowKey connection, out bool repliesAllowed)
    {
        ArgumentNullException.ThrowIfNull(interfaceId);
        repliesAllowed = false;
        if (!_paths.TryGetValue(interfaceId, out var path))
        {
            return null;
        }

        var verdict = Decide(path, direction, connection, _scratchMatches ??= [], replies: true);
        repliesAllowed = verdict.ReplyAllowed;
        return verdict.RequestAllowed;
    }

    /// <summary>The report of a tally (usually the merge of every worker's).</summary>
    public FlowReplayReport Report(FlowReplayTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        // Most records first, then a fixed order of the values that tell changes apart, whichever worker met them first.
        var changes = tally.Changes
            .OrderByDescending(pair => pair.Value.Records)
            .ThenBy(pair => pair.Key.Kind)
            .ThenBy(pair => pair.Key.Path)
            .ThenBy(pair => pair.Key.Direction)
            .ThenBy(pair => pair.Key.Cause)
            .ThenBy(pair => pair.Key.AclFirst)
            .ThenBy(pair => pair.Key.AclRule)
            .ThenBy(pair => pair.Key.GroupRule)
            .Select(pair => ToChange(pair.Key, pair.Value.Records, pair.Value.Examples))
            .ToImmutableArray();
        var unknown = tally.Unknown.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToImmutableArray();
        var rules = _catalog.Uses(tally.Hits, tally.Evaluated);
        return new FlowReplayReport(tally.Objects, tally.Records, tally.EvaluatedRecords, changes, rules, _catalog.RuleCount - rules.Length, unknown, tally.OtherUnknown,
            tally.AddressMismatches, tally.SkippedDataObjects);
    }

    // The security-group rules that allow the request go into matches, as catalog numbers in group order. The
    // replies are only looked at when asked: a record whose target never answered has no replies to decide.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Verdict Decide(ReplayPath path, TrafficDirection direction, in FlowKey connection, List<int> matches, bool replies)
    {
        var outbound = direction == TrafficDirection.Outbound;
        var remote = outbound ? connection.Destination : connection.Source;
        matches.Clear();
        foreach (var lane in outbound ? path.GroupsOutbound : path.GroupsInbound)
        {
            var group = lane.Compiled;
            var sink = new CatalogSink(matches, group.RuleIds, group.RemoteMembers, remote);
            group.Classifier.ForEachMatch(connection, ref sink);
        }

        var groupRule = matches.Count > 0 ? matches[0] : ChangeKey.NoRule;
        if (!path.CrossesAcl(remote))
        {
            return new Verdict(matches.Count > 0, true, true, ChangeKey.NotOnPath, groupRule, ChangeKey.NotOnPath);
        }

        var requestLane = (outbound ? path.AclOutbound : path.AclInbound).Compiled;
        var request = requestLane.Classifier.Classify(connection);
        var replyLane = replies ? (outbound ? path.AclInbound : path.AclOutbound).Compiled : null;
        var reply = replyLane?.Classifier.Classify(connection.Reversed()) ?? FirstMatchClassifier.NoMatch;
        return new Verdict(
            matches.Count > 0,
            request >= 0 && requestLane.Allows[request],
            replyLane is null || (reply >= 0 && replyLane.Allows[reply]),
            request >= 0 ? requestLane.RuleIds[request] : ChangeKey.NoRule,
            groupRule,
            reply >= 0 ? replyLane!.RuleIds[reply] : ChangeKey.NoRule);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Evaluate(ReplayPath path, in FlowRecord record, FlowReplayTally tally)
    {
        var connection = record.Connection;
        var outbound = record.Direction == TrafficDirection.Outbound;
        if ((outbound ? connection.Source : connection.Destination) != path.Address)
        {
            tally.AddressMismatches++;
        }

        var matches = tally.Matches;
        var verdict = Decide(path, record.Direction, connection, matches, record.TargetReplied);
        foreach (var lane in outbound ? path.GroupsOutbound : path.GroupsInbound)
        {
            tally.Evaluated[lane.Id]++;
        }

        foreach (var rule in matches)
        {
            tally.Hits[rule]++;
        }

        var crossesAcl = verdict.AclRule != ChangeKey.NotOnPath;
        if (crossesAcl)
        {
            var (requestLane, replyLane) = outbound ? (path.AclOutbound, path.AclInbound) : (path.AclInbound, path.AclOutbound);
            tally.Evaluated[requestLane.Id]++;
            if (verdict.AclRule >= 0)
            {
                tally.Hits[verdict.AclRule]++;
            }

            if (record.TargetReplied)
            {
                tally.Evaluated[replyLane.Id]++;
                if (verdict.ReplyRule >= 0)
                {
                    tally.Hits[verdict.ReplyRule]++;
                }
            }
        }

        if (record.Action == FlowAction.Accepted)
        {
            if (!verdict.RequestAllowed)
            {
                // Name the first layer on the path that drops the request: inbound the ACL, outbound the groups.
                var blameAcl = !verdict.AclAllowed && (!outbound || verdict.GroupsAllowed);
                var key = blameAcl
                    ? new ChangeKey(ChangeKind.NowRejected, ChangeCause.Request, path.Id, record.Direction, verdict.AclRule, ChangeKey.NotOnPath, true)
                    : new ChangeKey(ChangeKind.NowRejected, ChangeCause.Request, path.Id, record.Direction, ChangeKey.NotOnPath, ChangeKey.NoRule, false);
                tally.CountChange(key, connection);
            }
            else if (crossesAcl && record.TargetReplied && !verdict.ReplyAllowed)
            {
                tally.CountChange(new ChangeKey(ChangeKind.NowRejected, ChangeCause.Reply, path.Id, record.Direction, verdict.ReplyRule, ChangeKey.NotOnPath, true), connection);
            }
        }
        else if (verdict.RequestAllowed)
        {
            tally.CountChange(new ChangeKey(ChangeKind.NowAccepted, ChangeCause.Request, path.Id, record.Direction, verdict.AclRule, verdict.GroupRule, !outbound), connection);
        }
    }

    private ChangedDecision ToChange(ChangeKey key, long records, List<FlowKey> examples)
    {
        var path = _pathList[key.Path];
        var acl = key.AclRule == ChangeKey.NotOnPath ? null : AclDeciding(key.AclRule, path);
        var groups = key.GroupRule == ChangeKey.NotOnPath ? null : GroupDeciding(key.GroupRule, path);
        var decidedBy = (key.AclFirst ? new[] { acl, groups } : [groups, acl]).OfType<DecidingRule>().ToImmutableArray();
        return new ChangedDecision(key.Kind, key.Cause, path.Endpoint, key.Direction, decidedBy, records, [.. examples]);
    }

    private DecidingRule AclDeciding(int rule, ReplayPath path) =>
        rule >= 0 ? new DecidingRule(LayerKind.NetworkAcl, _catalog[rule].Acl, [], _catalog[rule].Rule) : new DecidingRule(LayerKind.NetworkAcl, path.Endpoint.Subnet.Acl, [], null);

    // A matching group rule names its own group; without one, every group of the vNIC had its say.
    private DecidingRule GroupDeciding(int rule, ReplayPath path) =>
        rule >= 0 ? new DecidingRule(LayerKind.SecurityGroup, null, [_catalog[rule].Group!], _catalog[rule].Rule) : new DecidingRule(LayerKind.SecurityGroup, null, path.Endpoint.SecurityGroups, null);

    /// <summary>
    /// Collects the catalog numbers of one group's matching rules whose remote holds the connection's remote address
    /// (a rule's entries are disjoint, so each rule comes once).
    /// </summary>
    private readonly struct CatalogSink(List<int> matches, int[] ruleIds, MemberAddresses?[] remoteMembers, uint remote) : IMatchSink
    {
        public void Add(int index)
        {
            if (remoteMembers[index]?.Contains(remote) ?? true)
            {
                matches.Add(ruleIds[index]);
            }
        }
    }

    /// <summary>The decision of one record: whether each layer passes the request, whether the ACL passes the replies, and the deciding rules as catalog numbers.</summary>
    private readonly record struct Verdict(bool GroupsAllowed, bool AclAllowed, bool ReplyAllowed, int AclRule, int GroupRule, int ReplyRule)
    {
        public bool RequestAllowed => GroupsAllowed && AclAllowed;
    }
}
