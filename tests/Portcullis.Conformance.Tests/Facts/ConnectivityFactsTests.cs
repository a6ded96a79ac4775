using Portcullis.Conformance.Facts;
using Portcullis.Conformance.Golden;

namespace Portcullis.Conformance.Tests.Facts;

/// <summary>The semantic comparison itself: wording and order do not matter, every range and port does.</summary>
public sealed class ConnectivityFactsTests
{
    private const string Golden = """
        Endpoint connectivity for VPC v
        a[10.0.0.4] => b[10.0.0.5] : protocol: ICMP,UDP
        a[10.0.0.4] => b[10.0.0.5] : protocol: TCP * 
        a[10.0.0.4] => Public Internet 8.8.8.0/24,9.0.0.0/8 : protocol: UDP dst-ports: 53

        TCP connections for which response is not permitted are marked with * 
        """;

    private static string? Compare(string expected, string actual) =>
        ConnectivityFacts.FirstDifference(ReportGoldenParser.Parse(expected, "txt"), ReportGoldenParser.Parse(actual, "txt"));

    [Fact]
    public void SameMeaning_DifferentWordingAndOrder_IsNoDifference()
    {
        const string Reworded = """
            Endpoint connectivity for VPC v
            a-renamed[10.0.0.4] => Public Internet 9.0.0.0/8 : protocol: UDP dst-ports: 53
            a-renamed[10.0.0.4] => Public Internet 8.8.8.0/24 : protocol: UDP dst-ports: 53
            a-renamed[10.0.0.4] => b[10.0.0.5] : protocol: UDP; protocol: ICMP
            a-renamed[10.0.0.4] => b[10.0.0.5] : protocol: TCP * 
            """;
        Assert.Null(Compare(Golden, Reworded));
    }

    [Theory]
    [InlineData("protocol: ICMP,UDP\n", "protocol: ICMP\n")] // a protocol lost
    [InlineData("protocol: TCP * ", "protocol: TCP")] // a blocked reply not reported
    [InlineData("8.8.8.0/24,9.0.0.0/8", "8.8.8.0/25,9.0.0.0/8")] // half a range lost
    [InlineData("dst-ports: 53", "dst-ports: 53-54")] // one port too many
    public void ChangedMeaning_IsADifference(string original, string changed) =>
        Assert.NotNull(Compare(Golden, Golden.Replace(original, changed, StringComparison.Ordinal)));

    [Fact]
    public void GroupedLines_ExpandToPairs_WithoutSelfPairs()
    {
        const string Grouped = """
            Endpoint connectivity for VPC v
            a[10.0.0.4],b[10.0.0.5] => a[10.0.0.4],b[10.0.0.5] : All Connections
            """;
        const string Plain = """
            Endpoint connectivity for VPC v
            a[10.0.0.4] => b[10.0.0.5] : All Connections
            b[10.0.0.5] => a[10.0.0.4] : All Connections
            """;
        Assert.Null(Compare(Grouped, Plain));
    }

    [Fact]
    public void StarOnAMixedLine_MarksOnlyItsTcpAsReplyBlocked()
    {
        // The analyzer checks replies of TCP only, so 'All Connections *' is blocked TCP plus plain UDP and ICMP.
        const string Starred = """
            Subnet connectivity for VPC v
            s1 => s2 : All Connections * 
            """;
        const string Split = """
            Subnet connectivity for VPC v
            s1 => s2 : protocol: ICMP,UDP
            s1 => s2 : protocol: TCP * 
            """;
        const string AllBlocked = """
            Subnet connectivity for VPC v
            s1 => s2 : protocol: ICMP,UDP * 
            s1 => s2 : protocol: TCP * 
            """;
        Assert.Null(Compare(Starred, Split));
        Assert.Null(Compare(Starred, AllBlocked)); // a star on UDP/ICMP alone claims nothing either
        Assert.NotNull(Compare(Starred, "Subnet connectivity for VPC v\ns1 => s2 : All Connections\n"));
    }
}
