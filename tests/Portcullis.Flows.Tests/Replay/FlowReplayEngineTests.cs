using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Flows.Replay;
using Portcullis.Testing;
using static Portcullis.Flows.Tests.Replay.ReplayScenario;

namespace Portcullis.Flows.Tests.Replay;

/// <summary>
/// The replay's decisions on hand-built configurations: which layers a record crosses, which rule is cited, when
/// replies count, and what is counted.
/// </summary>
public sealed class FlowReplayEngineTests
{
    private static readonly ConnectionSet Ssh = ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22);
    private static readonly ConnectionSet Https = ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 443, 443);

    // Subnet app 10.0.1.0/24 with ACL acl-app: inbound denies ssh, then allows all; outbound allows all but ssh replies.
    // web (10.0.1.4) is in sg-web: inbound https and ssh from anywhere, outbound all. bare (10.0.1.5) has no group.
    private static ConfigBuilder Config() => new ConfigBuilder()
        .Subnet("app", "10.0.1.0/24")
        .AclRule("acl-app", AclAction.Deny, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", Ssh, "deny-ssh")
        .AclRule("acl-app", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All, "allow-in")
        .AclRule("acl-app", AclAction.Deny, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", Ssh.SwapPorts(), "deny-ssh-replies")
        .AclRule("acl-app", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All, "allow-out")
        .GroupRule("sg-web", TrafficDirection.Inbound, "0.0.0.0/0", Https)
        .GroupRule("sg-web", TrafficDirection.Inbound, "0.0.0.0/0", Ssh)
        .GroupRule("sg-web", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.All)
        .Instance("web", "app", "10.0.1.4", "sg-web")
        .Instance("bare", "app", "10.0.1.5");

    [Fact]
    public void Replay_AcceptedRecordTheAclNowDenies_IsNowRejectedCitingTheDenyRule()
    {
        var engine = Engine(Config().Build());

        var report = ReplayRecords(engine, "nic-web", Record("192.0.2.7", 40000, "10.0.1.4", 22, TrafficDirection.Inbound, FlowAction.Accepted));

        var change = Assert.Single(report.Changes);
        Assert.Equal((ChangeKind.NowRejected, ChangeCause.Request, TrafficDirection.Inbound, 1L), (change.Kind, change.Cause, change.Direction, change.Records));
        var rule = Assert.Single(change.DecidedBy);
        Assert.Equal((LayerKind.NetworkAcl, "acl-app"), (rule.Layer, rule.Acl!.Name));
        Assert.Equal(("deny-ssh", AclAction.Deny), (rule.Rule!.AclRule!.Name, rule.Rule.Action));
        Assert.Equal(("web", "nic-web"), (change.Endpoint.Name, change.InterfaceId));
    }

    [Fact]
    public void Replay_SameSubnetPeer_SkipsTheAcl()
    {
        // The ACL filters only traffic crossing the subnet's boundary; the group allows ssh.
        var engine = Engine(Config().Build());

        var report = ReplayRecords(engine, "nic-web", Record("10.0.1.9", 40000, "10.0.1.4", 22, TrafficDirection.Inbound, FlowAction.Accepted));

        Assert.Empty(report.Changes);
        // No record crossed the ACL (4 rules) or left through the group (1 outbound rule): the report leaves them out.
        Assert.DoesNotContain(report.Rules, r => r.Layer == LayerKind.NetworkAcl);
        Assert.Equal(5, report.UnjudgedRules);
    }

    [Fact]
    public void Replay_NoGroupRuleAllows_BlamesTheGroupsWithoutARule()
    {
        var engine = Engine(Config().Build());

        var report = ReplayRecords(engine, "nic-web", Record("192.0.2.7", 40000, "10.0.1.4", 8080, TrafficDirection.Inbound, FlowAction.Accepted));

        var rule = Assert.Single(Assert.Single(report.Changes).DecidedBy);
        Assert.Equal((LayerKind.SecurityGroup, (NetworkAcl?)null, (RuleCitation?)null), (rule.Layer, rule.Acl, rule.Rule));
        Assert.Equal(["sg-web"], rule.Groups.Select(g => g.Name));
    }

    [Fact]
    public void Replay_EndpointWithoutGroups_AllowsNothing()
    {
        var engine = Engine(Config().Build());

        var report = ReplayRecords(engine, "nic-bare", Record("10.0.1.5", 40000, "192.0.2.7", 443, TrafficDirection.Outbound, FlowAction.Accepted));

        Assert.Equal(ChangeKind.NowRejected, Assert.Single(report.Changes).Kind);
    }

    [Theory]
    // the target answered: its replies (source port 22) meet deny-ssh-replies on the way out
    [InlineData(true, 1)]
    // no packet came back: there were no replies to drop
    [InlineData(false, 0)]
    public void Replay_RepliesTheAclDrops_CountOnlyWhenTheTargetReplied(bool replied, int changes)
    {
        // Inbound ssh passes here: deny-ssh is removed, the group allows it, but the replies are denied outbound.
        var config = new ConfigBuilder()
            .Subnet("app", "10.0.1.0/24")
            .AclRule("acl-app", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All, "allow-in")
            .AclRule("acl-app", AclAction.Deny, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", Ssh.SwapPorts(), "deny-ssh-replies")
            .GroupRule("sg-web", TrafficDirection.Inbound, "0.0.0.0/0", Ssh)
            .Instance("web", "app", "10.0.1.4", "sg-web");
        var engine = Engine(config.Build());

        var report = ReplayRecords(engine, "nic-web", Record("192.0.2.7", 40000, "10.0.1.4", 22, TrafficDirection.Inbound, FlowAction.Accepted, replied));

        Assert.Equal(changes, report.Changes.Length);
        if (changes > 0)
        {
            var change = report.Changes[0];
            Assert.Equal(ChangeCause.Reply, change.Cause);
            Assert.Equal("deny-ssh-replies", Assert.Single(change.DecidedBy).Rule!.AclRule!.Name);
        }
    }

    [Fact]
    public void Replay_RejectedRecordNowAllowed_IsNowAcceptedCitingTheAllowingRules()
    {
        var engine = Engine(Config().Build());

        var report = ReplayRecords(engine, "nic-web", Record("192.0.2.7", 40000, "10.0.1.4", 443, TrafficDirection.Inbound, FlowAction.Rejected, replied: false));

        var change = Assert.Single(report.Changes);
        Assert.Equal(ChangeKind.NowAccepted, change.Kind);
        // Inbound, the ACL comes first on the path, then the group.
        Assert.Equal([LayerKind.NetworkAcl, LayerKind.SecurityGroup], change.DecidedBy.Select(r => r.Layer));
        Assert.Equal("allow-in", change.DecidedBy[0].Rule!.AclRule!.Name);
        Assert.Equal(Https, change.DecidedBy[1].Rule!.GroupRule!.Connection);
        Assert.Equal(["sg-web"], change.DecidedBy[1].Groups.Select(g => g.Name));
    }

    [Fact]
    public void Replay_UnchangedDecisions_ReportNoChange()
    {
        var engine = Engine(Config().Build());

        var report = ReplayRecords(engine, "nic-web",
            Record("192.0.2.7", 40000, "10.0.1.4", 443, TrafficDirection.Inbound, FlowAction.Accepted),
            Record("192.0.2.7", 40001, "10.0.1.4", 22, TrafficDirection.Inbound, FlowAction.Rejected, replied: false),
            Record("10.0.1.4", 40002, "198.51.100.1", 443, TrafficDirection.Outbound, FlowAction.Accepted));

        Assert.Empty(report.Changes);
        Assert.Equal((1L, 3L, 3L), (report.Objects, report.Records, report.Evaluated));
    }

    [Fact]
    public void Replay_UnknownInterface_IsCountedNotDecided()
    {
        var engine = Engine(Config().Build());

        var report = ReplayRecords(engine, "nic-elsewhere", Record("192.0.2.7", 40000, "10.0.1.4", 22, TrafficDirection.Inbound, FlowAction.Accepted));

        Assert.Empty(report.Changes);
        Assert.Equal((1L, 0L), (report.Records, report.Evaluated));
        Assert.Equal([("nic-elsewhere", 1L)], report.UnknownInterfaces);
    }

    [Fact]
    public void Replay_MoreUnknownInterfacesThanTheLimit_KeepsTheLimitByIdAndCountsTheRestTogether()
    {
        var engine = Engine(Config().Build());
        var (first, second) = (engine.CreateTally(), engine.CreateTally());
        var record = Record("192.0.2.7", 40000, "10.0.1.4", 22, TrafficDirection.Inbound, FlowAction.Accepted);
        for (var i = 0; i < 600; i++)
        {
            engine.Replay($"nic-a{i}", [record], first);
            engine.Replay($"nic-b{i}", [record, record], second);
        }

        first.Merge(second);
        var report = engine.Report(first);

        // Merged, the first tally's 600 ids and 400 of the second's are kept; the other 200 (two records each) are counted together.
        Assert.Equal(FlowReplayTally.UnknownIdLimit, report.UnknownInterfaces.Length);
        Assert.Equal(400, report.OtherUnknownRecords);
        Assert.Equal(1_800, report.UnknownRecords);
    }

    [Fact]
    public void Replay_RecordOfAnotherAddress_IsCountedAsAMismatchAndStillDecided()
    {
        var engine = Engine(Config().Build());

        var report = ReplayRecords(engine, "nic-web", Record("192.0.2.7", 40000, "10.0.1.99", 22, TrafficDirection.Inbound, FlowAction.Accepted));

        Assert.Equal(1, report.AddressMismatches);
        Assert.Single(report.Changes);
    }

    [Fact]
    public void Report_HitsAndUnusedRules_CountWhatEachRecordUsed()
    {
        var engine = Engine(Config().Build());

        var report = ReplayRecords(engine, "nic-web",
            Record("192.0.2.7", 40000, "10.0.1.4", 22, TrafficDirection.Inbound, FlowAction.Rejected, replied: false),
            Record("192.0.2.8", 40000, "10.0.1.4", 22, TrafficDirection.Inbound, FlowAction.Rejected, replied: false),
            Record("192.0.2.7", 40001, "10.0.1.4", 443, TrafficDirection.Inbound, FlowAction.Accepted));

        RuleUse Acl(string name) => report.Rules.Single(r => r.Rule.AclRule?.Name == name);
        Assert.Equal(2, Acl("deny-ssh").Hits);
        Assert.Equal(1, Acl("allow-in").Hits);
        // The replies of the https record leave through allow-out; the ssh records had none.
        Assert.Equal(1, Acl("allow-out").Hits);
        Assert.Equal(0, Acl("deny-ssh-replies").Hits);
        Assert.Equal(3, Acl("deny-ssh").Evaluated);
        Assert.All(report.Rules.Where(r => r.Layer == LayerKind.NetworkAcl), r => Assert.Equal("acl-app", r.Acl!.Name));
        // Group rules: every rule that allows a request is used; ssh and https each once or twice.
        Assert.Equal([2L, 1L], report.Rules.Where(r => r.Layer == LayerKind.SecurityGroup && r.Direction == TrafficDirection.Inbound)
            .OrderByDescending(r => r.Hits).Select(r => r.Hits));
        Assert.Contains(report.UnusedRules, r => r.Rule.AclRule?.Name == "deny-ssh-replies");
        // Outbound group rules saw no request at all: not judged, so not called unused.
        Assert.DoesNotContain(report.UnusedRules, r => r.Layer == LayerKind.SecurityGroup && r.Direction == TrafficDirection.Outbound);
    }

    [Fact]
    public void Merge_TalliesOfSplitInput_EqualOneTallyOfAll()
    {
        var engine = Engine(Config().Build());
        var records = Enumerable.Range(0, 40)
            .Select(i => Record($"192.0.2.{i % 7}", 40000 + i, "10.0.1.4", i % 3 == 0 ? 22 : i % 3 == 1 ? 443 : 8080, TrafficDirection.Inbound,
                i % 2 == 0 ? FlowAction.Accepted : FlowAction.Rejected, i % 5 != 0))
            .ToArray();
        var whole = engine.CreateTally();
        engine.Replay("nic-web", records, whole);
        var (first, second) = (engine.CreateTally(), engine.CreateTally());
        engine.Replay("nic-web", records.AsSpan(0, 17), first);
        engine.Replay("nic-web", records.AsSpan(17), second);
        first.Merge(second);

        var (expected, actual) = (engine.Report(whole), engine.Report(first));

        Assert.Equal(expected.Changes.Select(Key), actual.Changes.Select(Key));
        Assert.Equal(expected.Rules, actual.Rules);
    }

    [Fact]
    public void Report_ChangesOfEqualCounts_ComeInOneOrderWhateverTheOrderTheyWereMet()
    {
        // Three changes of one record each, met in one order by one tally and in the reverse order by the other.
        var engine = Engine(Config().Build());
        FlowRecord[] records =
        [
            Record("192.0.2.7", 40000, "10.0.1.4", 22, TrafficDirection.Inbound, FlowAction.Accepted),
            Record("192.0.2.7", 40001, "10.0.1.4", 8080, TrafficDirection.Inbound, FlowAction.Accepted),
            Record("192.0.2.7", 40002, "10.0.1.4", 443, TrafficDirection.Inbound, FlowAction.Rejected, replied: false),
        ];
        var (forward, backward) = (engine.CreateTally(), engine.CreateTally());
        engine.Replay("nic-web", records, forward);
        engine.Replay("nic-web", records.Reverse().ToArray(), backward);

        var (first, second) = (engine.Report(forward), engine.Report(backward));

        Assert.Equal(3, first.Changes.Length);
        Assert.Equal(first.Changes.Select(Key), second.Changes.Select(Key));
    }

    // A change by its values: the deciding rules by their tables' and rules' ids.
    private static string Key(ChangedDecision change) =>
        $"{change.Kind} {change.Cause} {change.Endpoint.Id} {change.Direction} {change.Records} "
        + string.Join('|', change.DecidedBy.Select(d => $"{d.Layer}:{d.Acl?.Id}:{string.Join(',', d.Groups.Select(g => g.Id))}:{d.Rule?.AclRule?.Id ?? d.Rule?.GroupRule?.Id}"))
        + " " + string.Join('|', change.Examples);

    [Fact]
    public void Merge_TallyOfAnotherEngine_Throws()
    {
        var (one, two) = (Engine(Config().Build()), Engine(Config().Build()));
        Assert.Throws<ArgumentException>(() => one.CreateTally().Merge(two.CreateTally()));
    }
}
