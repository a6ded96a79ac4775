using Portcullis.Application.Queries;
using Portcullis.Core.Sets;

namespace Portcullis.Application.Tests.Queries;

/// <summary>One reader of a connection query: the connections it means, or what is wrong and in which part.</summary>
public sealed class ConnectionQueryTests
{
    private static ConnectionSet? Parse(string? protocol, string? sourcePorts = null, string? destinationPorts = null, int? icmpType = null, int? icmpCode = null)
    {
        Assert.True(ConnectionQuery.TryParse(protocol, sourcePorts, destinationPorts, icmpType, icmpCode, out var query, out var error), error?.ToString());
        return query;
    }

    private static ConnectionQueryError Problem(string? protocol, string? sourcePorts = null, string? destinationPorts = null, int? icmpType = null, int? icmpCode = null)
    {
        Assert.False(ConnectionQuery.TryParse(protocol, sourcePorts, destinationPorts, icmpType, icmpCode, out _, out var error));
        return error;
    }

    [Fact]
    public void TryParse_Nothing_MeansEveryConnection() => Assert.Null(Parse(null));

    [Theory]
    [InlineData("any")]
    [InlineData("ALL")]
    public void TryParse_AnyOrAll_IsEveryConnection(string protocol) => Assert.Equal(ConnectionSet.All, Parse(protocol));

    [Fact]
    public void TryParse_TcpWithPorts_IsThosePorts()
    {
        var expected = ConnectionSet.Ports(IpProtocols.Tcp, IntervalSet<int>.Range(1024, 65535), IntervalSet<int>.Of(new Interval<int>(80, 80), new Interval<int>(443, 443)));

        Assert.Equal(expected, Parse("tcp", "1024-65535", "80, 443"));
    }

    [Fact]
    public void TryParse_UdpWithoutPorts_IsEveryPort() =>
        Assert.Equal(ConnectionSet.Ports(IpProtocols.Udp, IntervalSet<int>.Range(1, 65535), IntervalSet<int>.Range(1, 65535)), Parse("UDP"));

    [Fact]
    public void TryParse_IcmpTypeAndCode_IsThatMessage() => Assert.Equal(ConnectionSet.IcmpOf(3, 4), Parse("icmp", icmpType: 3, icmpCode: 4));

    [Theory]
    [InlineData("gre", 47)]
    [InlineData("50", 50)]
    public void TryParse_OtherProtocol_ByNameOrNumber(string protocol, int number) => Assert.Equal(ConnectionSet.Protocol(number), Parse(protocol));

    [Theory]
    // Each problem, and the part it is in: the first part given where several are wrong together.
    [InlineData(null, "22", null, null, null, ConnectionQueryProblem.NeedsProtocol, ConnectionQueryField.SourcePorts)]
    [InlineData(null, null, null, null, 0, ConnectionQueryProblem.NeedsProtocol, ConnectionQueryField.IcmpCode)]
    [InlineData("tcpx", null, null, null, null, ConnectionQueryProblem.UnknownProtocol, ConnectionQueryField.Protocol)]
    [InlineData("256", null, null, null, null, ConnectionQueryProblem.UnknownProtocol, ConnectionQueryField.Protocol)]
    [InlineData("tcp", null, null, 8, null, ConnectionQueryProblem.IcmpFieldsNeedIcmp, ConnectionQueryField.IcmpType)]
    [InlineData("udp", null, null, null, 1, ConnectionQueryProblem.IcmpFieldsNeedIcmp, ConnectionQueryField.IcmpCode)]
    [InlineData("icmp", null, "22", null, null, ConnectionQueryProblem.PortsNeedTcpOrUdp, ConnectionQueryField.DestinationPorts)]
    [InlineData("icmp", null, null, 255, null, ConnectionQueryProblem.IcmpOutOfRange, ConnectionQueryField.IcmpType)]
    [InlineData("icmp", null, null, null, 0, ConnectionQueryProblem.IcmpOutOfRange, ConnectionQueryField.IcmpCode)]
    [InlineData("icmp", null, null, 3, 256, ConnectionQueryProblem.IcmpOutOfRange, ConnectionQueryField.IcmpCode)]
    [InlineData("tcp", "0", null, null, null, ConnectionQueryProblem.MalformedPorts, ConnectionQueryField.SourcePorts)]
    [InlineData("tcp", null, "22,,80", null, null, ConnectionQueryProblem.MalformedPorts, ConnectionQueryField.DestinationPorts)]
    public void TryParse_Problem_SaysWhatAndWhere(string? protocol, string? sourcePorts, string? destinationPorts, int? icmpType, int? icmpCode, ConnectionQueryProblem problem, ConnectionQueryField field)
    {
        var error = Problem(protocol, sourcePorts, destinationPorts, icmpType, icmpCode);

        Assert.Equal((problem, field), (error.Problem, error.Field));
    }

    [Fact]
    public void Describe_ExplainsNames_AreTheMessagesExplainHasAlwaysPrinted()
    {
        var names = ConnectionQueryOptionNames.Explain;

        Assert.Equal("--src-ports, --dst-ports, --icmp-type and --icmp-code need --protocol", names.Describe(Problem(null, destinationPorts: "22")));
        Assert.Equal("unknown protocol 'tcpx': use tcp, udp, icmp, another IP protocol name (gre, esp, ah, sctp, vrrp ...) or a number 0-255", names.Describe(Problem("tcpx")));
        Assert.Equal("--icmp-type and --icmp-code go with --protocol icmp", names.Describe(Problem("tcp", icmpType: 3)));
        Assert.Equal("--src-ports and --dst-ports go with --protocol tcp or udp", names.Describe(Problem("gre", "1")));
        Assert.Equal("--icmp-type must be 0-254, and --icmp-code (0-255) needs --icmp-type", names.Describe(Problem("icmp", icmpCode: 1)));
        Assert.Equal("--src-ports '0-5': ports are 1-65535, as single ports or ranges joined by commas (22, 80,443, 30000-32767)", names.Describe(Problem("tcp", "0-5")));
    }

    [Fact]
    public void Describe_OtherNames_NameThatCommandsOptions()
    {
        var names = ConnectionQueryOptionNames.Explain with { DestinationPorts = "--ports" };

        Assert.Equal("--ports '99999': ports are 1-65535, as single ports or ranges joined by commas (22, 80,443, 30000-32767)", names.Describe(Problem("tcp", destinationPorts: "99999")));
        Assert.Equal("--src-ports and --ports go with --protocol tcp or udp", names.Describe(Problem("icmp", destinationPorts: "1")));
    }
}
