using CsCheck;
using Portcullis.Core.Sets;
using Portcullis.Formats.Wording;

namespace Portcullis.Formats.Tests.Wording;

public sealed class ConnectionTextTests
{
    private static readonly int[] PortPalette = [1, 53, 80, 443, 1024, 65535];
    private static readonly int[] TypePalette = [0, 3, 8, 128, 254];
    private static readonly int[] CodePalette = [0, 1, 4, 255];

    private static readonly Gen<(int, int)> PortRange =
        Gen.Select(Gen.OneOf(PortPalette), Gen.OneOf(PortPalette), (x, y) => (Math.Min(x, y), Math.Max(x, y)));

    // Every dimension a set has: TCP, UDP and SCTP ports, ICMP and ICMPv6 types and codes, whole protocols.
    private static readonly Gen<ConnectionSet> Atoms = Gen.OneOf(
        Gen.Select(Gen.OneOf(6, 17, 132), PortRange, PortRange, (protocol, source, destination) =>
            ConnectionSet.Ports(protocol, source.Item1, source.Item2, destination.Item1, destination.Item2)),
        Gen.Select(Gen.OneOf(1, 58), Gen.OneOf<int?>([null, .. TypePalette.Cast<int?>()]), Gen.OneOf<int?>([null, .. CodePalette.Cast<int?>()]),
            (protocol, type, code) => ConnectionSet.IcmpOf(protocol, type, type is null ? null : code)),
        Gen.OneOf(0, 2, 47, 50, 58, 132, 255).Select(ConnectionSet.Protocol),
        Gen.Const(ConnectionSet.AllIcmpTcpUdp),
        Gen.Const(ConnectionSet.All));

    private static readonly Gen<ConnectionSet> Sets =
        Gen.Select(Atoms, Atoms, Atoms, Gen.Int[0, 2], (a, b, c, op) => op switch
        {
            0 => a.Union(b).Union(c),
            1 => a.Union(b).Except(c),
            _ => a.Complement().Intersect(b.Union(c)),
        });

    [Fact]
    public void TryParse_ReadsBackWhatOfWrites_IncludingSctpPortsAndIcmpV6Types()
    {
        Sets.Sample(set => Assert.Equal(set, ConnectionText.Parse(ConnectionText.Of(set))), iter: 300);
    }

    [Theory]
    // VPC rules only ever allow SCTP and ICMPv6 whole: they print among the other protocols, by name then number, as before.
    [InlineData("protocol: SCTP,58")]
    [InlineData("protocol: SCTP dst-ports: 80")]
    [InlineData("protocol: ICMPv6 icmp-type: 128")]
    [InlineData("protocol: ICMPv6 icmp-type: 1 icmp-code: 4")]
    [InlineData("protocol: ICMP icmp-type: 8; protocol: ICMPv6 icmp-type: 128")]
    public void Of_WritesSctpAndIcmpV6_AsTheyParse(string text)
    {
        Assert.Equal(text, ConnectionText.Of(ConnectionText.Parse(text)));
    }

    [Fact]
    public void Of_WholeSctpAndIcmpV6_AreOtherProtocols()
    {
        var whole = ConnectionSet.Protocol(58).Union(ConnectionSet.Protocol(132));

        Assert.Equal("protocol: SCTP,58", ConnectionText.Of(whole));
        Assert.Equal(ConnectionSet.IcmpV6Of(IntervalSet<int>.Range(0, 254), IntervalSet<int>.Range(0, 255)), ConnectionText.Parse("protocol: ICMPv6 icmp-type: 0-254"));
        Assert.Equal("protocol: 58", ConnectionText.Of(ConnectionText.Parse("protocol: ICMPv6 icmp-type: 0-254")));
        Assert.Equal("protocol: SCTP", ConnectionText.Of(ConnectionSet.Ports(132, 1, 65535, 1, 65535)));
    }
}
