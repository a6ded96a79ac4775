using Portcullis.Cluster.Check;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Cluster.Requirements;
using static Portcullis.Cluster.Formats.Tests.Wording.WordingFixture;

namespace Portcullis.Cluster.Formats.Tests.Wording;

public sealed class CheckTextTests
{
    [Theory]
    [InlineData(RequirementStatus.Open, "open")]
    [InlineData(RequirementStatus.PartlyOpen, "partly open")]
    [InlineData(RequirementStatus.Blocked, "blocked")]
    [InlineData(RequirementStatus.NotApplicable, "n/a")]
    public void Status_EachStatus_IsItsWord(RequirementStatus status, string expected) => Assert.Equal(expected, CheckText.Status(status));

    [Fact]
    public void Blocks_UpToThree_AreAllListed() =>
        Assert.Equal("10.0.0.0/24,10.0.2.0/24,10.0.4.0/24", CheckText.Blocks(Addresses("10.0.0.0/24", "10.0.2.0/24", "10.0.4.0/24")));

    [Fact]
    public void Blocks_MoreThanThree_CountsTheRest() =>
        Assert.Equal("10.0.0.0/24,10.0.2.0/24,10.0.4.0/24 and 2 more blocks",
            CheckText.Blocks(Addresses("10.0.8.0/24", "10.0.0.0/24", "10.0.6.0/24", "10.0.2.0/24", "10.0.4.0/24")));

    [Fact]
    public void Peer_EachKind_NamesWhatItStandsFor()
    {
        Assert.Equal("any (0.0.0.0/0)", CheckText.Peer(CheckedPeer.OfBlocks(PeerKind.Cidrs, Prefixes("0.0.0.0/0"))));
        Assert.Equal("161.26.0.0/16,166.8.0.0/14", CheckText.Peer(CheckedPeer.OfBlocks(PeerKind.Cidrs, Prefixes("161.26.0.0/16", "166.8.0.0/14"))));
        Assert.Equal("workers-1 (10.10.0.0/24)", CheckText.Peer(CheckedPeer.OfSubnet(PeerKind.WorkerSubnets, WorkersSubnet)));
        Assert.Equal("workers-1 (10.10.0.0/24)", CheckText.Peer(CheckedPeer.OfSubnet(PeerKind.VpcSubnets, WorkersSubnet)));
        Assert.Equal("VPC prefixes 10.10.0.0/18,10.10.64.0/18", CheckText.Peer(CheckedPeer.OfBlocks(PeerKind.VpcPrefixes, Prefixes("10.10.0.0/18", "10.10.64.0/18"))));
        Assert.Equal("pod subnet 172.17.0.0/18", CheckText.Peer(CheckedPeer.OfBlocks(PeerKind.PodSubnet, Prefixes("172.17.0.0/18"))));
        Assert.Equal("control plane 52.116.235.224/28,150.238.79.96/27", CheckText.Peer(CheckedPeer.OfBlocks(PeerKind.ControlPlane, Prefixes("52.116.235.224/28", "150.238.79.96/27"))));
        Assert.Equal("w1[10.10.0.4]", CheckText.Peer(CheckedPeer.OfEndpoint(PeerKind.Workers, Worker)));
    }

    [Fact]
    public void NotApplicable_EachReason_SaysWhatIsMissingAndWhereToGiveIt()
    {
        Assert.Equal("the cluster's master port is not known (give the service endpoint URL in cluster.yaml)",
            CheckText.NotApplicable(NotApplicableReason.Unresolved(new TemplateProblem(TemplateProblemKind.MasterPortUnknown))));
        Assert.Equal("the control-plane CIDRs of region us-south are not known; give overrides.controlPlaneCidrs or overrides.metro in cluster.yaml",
            CheckText.NotApplicable(new NotApplicableReason(NotApplicableKind.ControlPlaneUnknown, Cluster: ExampleCluster)));
        Assert.Equal("the VPC configuration has no VPE gateway of cluster cq2lq0ud0t3mfm6aff7g (named iks-cq2lq0ud0t3mfm6aff7g)",
            CheckText.NotApplicable(new NotApplicableReason(NotApplicableKind.NoMasterVpe, Cluster: ExampleCluster)));
        Assert.Equal("the VPC configuration lists no address prefixes of VPC test-vpc", CheckText.NotApplicable(new NotApplicableReason(NotApplicableKind.NoVpcPrefixes, Vpc: Network)));
        Assert.Equal("the cluster description gives no pod subnet", CheckText.NotApplicable(new NotApplicableReason(NotApplicableKind.NoPodSubnet, Cluster: ExampleCluster)));
        Assert.Equal("no peer to check", CheckText.NotApplicable(new NotApplicableReason(NotApplicableKind.NoPeer)));
    }

    [Fact]
    public void Table_EachQuota_NamesItsTableOrWorker()
    {
        Assert.Equal("network ACL acl-1", CheckText.Table(QuotaUsage.Of(Acl)));
        Assert.Equal("security group sg-1", CheckText.Table(QuotaUsage.Of(NodePortGroup)));
        Assert.Equal("worker w1", CheckText.Table(QuotaUsage.Of(Worker)));
    }
}
