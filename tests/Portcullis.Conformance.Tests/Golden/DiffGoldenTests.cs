using Portcullis.Conformance.Golden;
using Portcullis.Core.Diff;
using Portcullis.Core.Sets;

namespace Portcullis.Conformance.Tests.Golden;

/// <summary>The diff comparison: the same change in other words passes, a different change fails.</summary>
public sealed class DiffGoldenTests
{
    private const string Golden = """
        Connectivity diff between VPC a and VPC b
        diff-type: changed, source: vsi2[10.0.0.5], destination: vsi1[10.0.0.4], config1: All Connections, config2: TCP * ; ICMP,UDP
        diff-type: removed, source: vsi1[10.0.0.4], destination: Service Network 161.26.0.0/16, config1: UDP, config2: No Connections
        """;

    private static DiffRow[] Ours(ConnectionSet afterBlocked) =>
    [
        new("vsi2[10.0.0.5]", "vsi1[10.0.0.4]", DiffKind.Changed, ConnectionSet.AllIcmpTcpUdp, ConnectionSet.None, ConnectionSet.AllIcmpTcpUdp, afterBlocked),
        new("vsi1[10.0.0.4]", "Service Network 161.26.0.0/16", DiffKind.Removed, ConnectionSet.Protocol(IpProtocols.Udp), ConnectionSet.None, ConnectionSet.None, ConnectionSet.None),
    ];

    [Fact]
    public void SameChange_IsNoDifference() =>
        Assert.Null(DiffGolden.FirstDifference(Golden, "txt", Ours(ConnectionSet.AllTcp)));

    [Fact]
    public void ReplyVerdictChanged_IsADifference() =>
        Assert.NotNull(DiffGolden.FirstDifference(Golden, "txt", Ours(ConnectionSet.None)));

    [Fact]
    public void MissingLine_IsADifference() =>
        Assert.NotNull(DiffGolden.FirstDifference(Golden, "txt", Ours(ConnectionSet.AllTcp)[..1]));
}
