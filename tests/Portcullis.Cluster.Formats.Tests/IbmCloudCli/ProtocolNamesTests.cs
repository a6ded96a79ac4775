using Portcullis.Cluster.Formats.IbmCloudCli;

namespace Portcullis.Cluster.Formats.Tests.IbmCloudCli;

/// <summary>--legacy-protocols writes only names that tools from before API 2025-12-09 know.</summary>
public sealed class ProtocolNamesTests
{
    [Theory]
    [InlineData("icmp_tcp_udp", false, "icmp_tcp_udp")]
    [InlineData("any", false, "any")]
    [InlineData("icmp_tcp_udp", true, "all")]
    [InlineData("any", true, "all")]
    [InlineData("tcp", true, "tcp")]
    [InlineData("icmp", true, "icmp")]
    public void For_LegacyOrCurrent_WritesWhatThatToolKnows(string protocol, bool legacy, string expected) =>
        Assert.Equal(expected, ProtocolNames.For(protocol, legacy));
}
