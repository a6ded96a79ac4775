using Portcullis.Cluster.Check;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using static Portcullis.Cluster.Formats.Tests.Wording.WordingFixture;

namespace Portcullis.Cluster.Formats.Tests.Wording;

public sealed class FindingTextTests
{
    private static readonly RuleCitation NodePortRule = RuleCitation.Of(NodePortGroup.Rules[0], Network);

    [Theory]
    [InlineData(FindingKind.Drift, "drift")]
    [InlineData(FindingKind.WiderThanNeeded, "wider than needed")]
    [InlineData(FindingKind.RepliesBlocked, "replies blocked")]
    [InlineData(FindingKind.QuotaPressure, "quota")]
    [InlineData(FindingKind.Note, "note")]
    public void Kind_EachKind_IsItsBracketWord(FindingKind kind, string expected) => Assert.Equal(expected, FindingText.Kind(kind));

    [Fact]
    public void Message_BindingNotes_SayWhereTheCheckedWorkersComeFrom()
    {
        Assert.Equal("the VPC configuration lists no worker of cluster c1; the 6 workers of the cluster description are checked",
            FindingText.Message(new BindingNoteFinding(new BindingNote(BindingNoteKind.WorkersFromDescription, "c1", 6))));
        Assert.Equal("neither the VPC configuration nor the cluster description lists the workers of cluster c1; one worker per worker subnet is assumed at its first assignable address",
            FindingText.Message(new BindingNoteFinding(new BindingNote(BindingNoteKind.WorkersAssumed, "c1"))));
    }

    [Fact]
    public void Message_UnknownWaiver_NamesTheIdAndTheCatalog()
    {
        var finding = new UnknownWaiverFinding("no-such-id", DocumentationEra.AclSgMinimums);

        Assert.Equal("waived requirement 'no-such-id' is not in the acl-sg-minimums catalog", FindingText.Message(finding));
        Assert.Null(FindingText.Rule(finding));
    }

    [Fact]
    public void Message_Drift_NamesTheSubnetTheRequirementAndItsStatus_AndTheRuleLineSaysWhatBlocks()
    {
        var gap = GroupGap(Worker);
        var finding = new DriftFinding(NodePorts, WorkersSubnet, RequirementStatus.Blocked, gap);

        Assert.Equal("worker subnet workers-1 (10.10.0.0/24) is not covered like the other worker subnets: 'node ports' is blocked from it; "
            + "a subnet added after the rules were written needs rules of its own", FindingText.Message(finding));
        Assert.Equal(GapText.Full(gap), FindingText.Rule(finding));
        Assert.Null(FindingText.Rule(finding with { Gap = null }));
    }

    [Fact]
    public void Message_RepliesBlocked_NamesTheAclTheDirectionTheRepliesAndUpToThreeBlocks()
    {
        var replies = NodePortRange.SwapPorts();
        var remote = Addresses("10.10.0.0/24", "10.10.64.0/24", "10.10.128.0/24", "10.10.192.0/24", "10.20.0.0/24");
        var finding = new RepliesBlockedFinding(NodePorts, Acl, TrafficDirection.Outbound, replies, remote, null);

        Assert.Equal("network ACL acl-1 drops the outbound TCP replies of 'node ports' (protocol: TCP src-ports: 30000-32767) for 10.10.0.0/24,10.10.64.0/24,10.10.128.0/24 and 2 more blocks",
            FindingText.Message(finding));
        Assert.Null(FindingText.Rule(finding));
    }

    [Fact]
    public void Message_WiderThanNeeded_SaysFromWhereAndWhatWouldSuffice_AndCitesTheRule()
    {
        var connection = NodePortRange;
        var everywhere = new WiderThanNeededFinding(NodePorts, connection, Addresses("0.0.0.0/0"), true, NodePortRule);
        var half = everywhere with { Open = Addresses("0.0.0.0/1"), Everywhere = false };

        Assert.Equal("'node ports' (protocol: TCP dst-ports: 30000-32767) is open from every address (0.0.0.0/0), outside the cluster's pod and service subnets, where worker-subnets suffice",
            FindingText.Message(everywhere));
        Assert.Equal("'node ports' (protocol: TCP dst-ports: 30000-32767) is open from 0.0.0.0/1, outside the cluster's pod and service subnets, where worker-subnets suffice",
            FindingText.Message(half));
        Assert.Equal("id: sg-1-r0, direction: inbound, local: 0.0.0.0/0, remote: 0.0.0.0/0, protocol: tcp,  dstPorts: 30000-32767", FindingText.Rule(everywhere));
    }

    [Fact]
    public void Message_Quotas_CountRulesOrGroups_AndAFullWorkerPointsToTheClustersGroup()
    {
        Assert.Equal("network ACL acl-1 uses 170 of 200 rules", FindingText.Message(new QuotaFinding(QuotaUsage.Of(Acl) with { Used = 170 }, "c1")));
        Assert.Equal("security group sg-1 uses 240 of 250 rules", FindingText.Message(new QuotaFinding(QuotaUsage.Of(NodePortGroup) with { Used = 240 }, "c1")));
        Assert.Equal("worker w1 has 4 of 5 security groups: no room for another group (IKS cannot add groups to workers after creation anyway; add rules to kube-c1)",
            FindingText.Message(new QuotaFinding(QuotaUsage.Of(Worker) with { Used = 4 }, "c1")));
    }

    [Fact]
    public void Message_RequirementConnections_AreWordedAsReportsWordConnections()
    {
        // The connection's text is ConnectionText's: the same a report prints for the same packets.
        var finding = new WiderThanNeededFinding(NodePorts, ConnectionSet.AllIcmpTcpUdp, Addresses("0.0.0.0/1"), false, null);

        Assert.Contains("(protocol: ICMP,TCP,UDP)", FindingText.Message(finding), StringComparison.Ordinal);
    }
}
