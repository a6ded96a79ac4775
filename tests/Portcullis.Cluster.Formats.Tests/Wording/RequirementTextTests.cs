using Portcullis.Cluster.Formats.Wording;
using Portcullis.Cluster.Requirements;

namespace Portcullis.Cluster.Formats.Tests.Wording;

public sealed class RequirementTextTests
{
    [Theory]
    [InlineData(TemplateProblemKind.UnknownProtocol, "tpc", "unknown protocol 'tpc'")]
    [InlineData(TemplateProblemKind.PortsWithoutTcpOrUdp, "icmp", "ports go with tcp or udp, not 'icmp'")]
    [InlineData(TemplateProblemKind.IcmpFieldsWithoutIcmp, "tcp", "an ICMP type or code goes with icmp, not 'tcp'")]
    [InlineData(TemplateProblemKind.IcmpOutOfRange, null, "the ICMP type must be 0-254, and a code (0-255) needs a type")]
    [InlineData(TemplateProblemKind.MasterPortUnknown, null, "the cluster's master port is not known (give the service endpoint URL in cluster.yaml)")]
    [InlineData(TemplateProblemKind.NotAPortList, "0-80", "'0-80' is not a port list: ports are 1-65535, single or as ranges, joined by commas, or ${master-port}")]
    public void Problem_EachTemplateProblem_SaysWhatIsWrong(TemplateProblemKind kind, string? text, string expected) =>
        Assert.Equal(expected, RequirementText.Problem(new TemplateProblem(kind, text)));

    [Theory]
    [InlineData(PeerProblemKind.NotAnIPv4Block, "10.0.0.0/33", "'10.0.0.0/33' is not an IPv4 CIDR block")]
    [InlineData(PeerProblemKind.NoBlocks, "", "'cidr' needs at least one block")]
    [InlineData(PeerProblemKind.UnknownPeer, "the moon",
        "unknown peer 'the moon': use any, cidr <blocks>, worker-subnets, vpc-subnets, vpc-prefixes, pod-subnet, control-plane, workers, master-vpe")]
    public void Problem_EachPeerProblem_SaysWhatIsWrong(PeerProblemKind kind, string text, string expected) =>
        Assert.Equal(expected, RequirementText.Problem(new PeerProblem(kind, text)));
}
