using CsCheck;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Tests.Sets;

/// <summary>
/// The connection set against a naive reference: a membership predicate built from the same random atoms. Bounds
/// come from a small palette, so both sides are constant between palette values and checking every palette value
/// and its neighbours decides equality exactly.
/// </summary>
public sealed class ConnectionSetTests
{
    private static readonly int[] PortPalette = [1, 2, 22, 23, 100, 200, 65534, 65535];
    private static readonly int[] TypePalette = [0, 3, 8, 254];
    private static readonly int[] CodePalette = [0, 1, 255];
    private static readonly int[] OtherProtocolPalette = [0, 2, 47, 50, 112, 255];

    private static readonly int[] PortPoints = Neighbourhood(PortPalette, 1, 65535);
    private static readonly int[] TypePoints = Neighbourhood(TypePalette, 0, 254);
    private static readonly int[] CodePoints = Neighbourhood(CodePalette, 0, 255);
    private static readonly int[] ProtocolPoints = [.. Neighbourhood(OtherProtocolPalette, 0, 255), 1, 6, 17, 58, 132];

    /// <summary>A packet header: for TCP/UDP/SCTP (source port, destination port), for ICMP/ICMPv6 (type, code), otherwise unused.</summary>
    private readonly record struct Packet(int Protocol, int A, int B);

    private sealed record Atom(ConnectionSet Set, Func<Packet, bool> Contains);

    private static readonly Gen<(int, int)> PortRange =
        Gen.Select(Gen.OneOf(PortPalette), Gen.OneOf(PortPalette), (x, y) => (Math.Min(x, y), Math.Max(x, y)));

    private static readonly Gen<Atom> Atoms = Gen.OneOf(
        Gen.Select(Gen.OneOf(6, 17, 132), PortRange, PortRange, (protocol, source, destination) => new Atom(
            ConnectionSet.Ports(protocol, source.Item1, source.Item2, destination.Item1, destination.Item2),
            p => p.Protocol == protocol && p.A >= source.Item1 && p.A <= source.Item2 && p.B >= destination.Item1 && p.B <= destination.Item2)),
        Gen.Select(Gen.OneOf<int?>([null, .. TypePalette.Cast<int?>()]), Gen.OneOf<int?>([null, .. CodePalette.Cast<int?>()]), (type, code) => new Atom(
            ConnectionSet.IcmpOf(type, type is null ? null : code),
            p => p.Protocol == 1 && (type is null || p.A == type) && (type is null || code is null || p.B == code))),
        Gen.Select(Gen.OneOf<int?>([null, .. TypePalette.Cast<int?>()]), Gen.OneOf<int?>([null, .. CodePalette.Cast<int?>()]), (type, code) => new Atom(
            ConnectionSet.IcmpOf(58, type, type is null ? null : code),
            p => p.Protocol == 58 && (type is null || p.A == type) && (type is null || code is null || p.B == code))),
        Gen.OneOf(58, 132).Select(n => new Atom(ConnectionSet.Protocol(n), p => p.Protocol == n)),
        Gen.OneOf(OtherProtocolPalette).Select(n => new Atom(ConnectionSet.Protocol(n), p => p.Protocol == n)),
        Gen.Const(new Atom(ConnectionSet.AllIcmpTcpUdp, p => p.Protocol is 1 or 6 or 17)),
        Gen.Const(new Atom(ConnectionSet.All, _ => true)));

    private static readonly Gen<Atom> Sets = Atoms.List[0, 4].Select(atoms => atoms.Aggregate(
        new Atom(ConnectionSet.None, _ => false),
        (acc, atom) => new Atom(acc.Set.Union(atom.Set), p => acc.Contains(p) || atom.Contains(p))));

    private static IEnumerable<Packet> Points()
    {
        foreach (var protocol in ProtocolPoints.Distinct())
        {
            if (protocol is 6 or 17 or 132)
            {
                foreach (var a in PortPoints)
                {
                    foreach (var b in PortPoints)
                    {
                        yield return new Packet(protocol, a, b);
                    }
                }
            }
            else if (protocol is 1 or 58)
            {
                foreach (var a in TypePoints)
                {
                    foreach (var b in CodePoints)
                    {
                        yield return new Packet(protocol, a, b);
                    }
                }
            }
            else
            {
                yield return new Packet(protocol, 0, 0);
            }
        }
    }

    private static readonly Packet[] AllPoints = [.. Points()];

    private static bool Contains(ConnectionSet set, Packet p) => p.Protocol switch
    {
        6 or 17 or 132 => set.ContainsPorts(p.Protocol, p.A, p.B),
        1 => set.ContainsIcmp(p.A, p.B),
        58 => set.ContainsIcmpV6(p.A, p.B),
        _ => set.ContainsProtocol(p.Protocol),
    };

    private static void AssertSame(Func<Packet, bool> expected, ConnectionSet actual)
    {
        foreach (var point in AllPoints)
        {
            Assert.True(expected(point) == Contains(actual, point), $"{point}: expected {expected(point)} in {actual}");
        }
    }

    private static int[] Neighbourhood(int[] palette, int min, int max) =>
        palette.SelectMany(v => new[] { v - 1, v, v + 1 }).Where(v => v >= min && v <= max).Distinct().Order().ToArray();

    [Fact]
    public void Operations_AgreeWithNaivePredicates()
    {
        Gen.Select(Sets, Sets).Sample((x, y) =>
        {
            AssertSame(x.Contains, x.Set);
            AssertSame(p => x.Contains(p) || y.Contains(p), x.Set.Union(y.Set));
            AssertSame(p => x.Contains(p) && y.Contains(p), x.Set.Intersect(y.Set));
            AssertSame(p => x.Contains(p) && !y.Contains(p), x.Set.Except(y.Set));
            AssertSame(p => !x.Contains(p), x.Set.Complement());
            AssertSame(p => p.Protocol is 6 or 17 or 132 ? x.Contains(p with { A = p.B, B = p.A }) : x.Contains(p), x.Set.SwapPorts());
            var naiveSubset = AllPoints.All(p => !x.Contains(p) || y.Contains(p));
            Assert.Equal(naiveSubset, x.Set.IsSubsetOf(y.Set));
            var naiveEqual = AllPoints.All(p => x.Contains(p) == y.Contains(p));
            Assert.Equal(naiveEqual, x.Set.Equals(y.Set));
            if (naiveEqual)
            {
                Assert.Equal(x.Set.GetHashCode(), y.Set.GetHashCode());
            }
        }, iter: 400);
    }

    [Fact]
    public void Algebra_Laws_Hold()
    {
        Gen.Select(Sets, Sets, Sets).Sample((x, y, z) =>
        {
            var (a, b, c) = (x.Set, y.Set, z.Set);
            Assert.Equal(a.Union(b), b.Union(a));
            Assert.Equal(a.Intersect(b.Union(c)), a.Intersect(b).Union(a.Intersect(c)));
            Assert.Equal(a, a.Except(b).Union(a.Intersect(b)));
            Assert.True(a.Except(b).Intersect(b).IsEmpty);
            Assert.Equal(a, a.SwapPorts().SwapPorts());
        }, iter: 300);
    }

    [Fact]
    public void WholeSctpAndIcmpV6_ListAsBefore()
    {
        // VPC rules only ever allow these protocols whole: OtherProtocols must not change (their text is ConnectionText's, tested in Formats).
        Assert.Equal(IntervalSet<int>.Of(new Interval<int>(58, 58), new Interval<int>(132, 132)), ConnectionSet.Protocol(58).Union(ConnectionSet.Protocol(132)).OtherProtocols);
        Assert.True(ConnectionSet.Ports(132, 1, 65535, 80, 80).OtherProtocols.IsEmpty);
        Assert.False(ConnectionSet.Ports(132, 1, 65535, 80, 80).HasNoPartialSctpOrIcmpV6);
    }

    [Fact]
    public void Constants_AreWhatTheirNamesSay()
    {
        Assert.True(ConnectionSet.None.IsEmpty);
        Assert.True(ConnectionSet.All.IsAll);
        Assert.False(ConnectionSet.AllIcmpTcpUdp.IsAll);
        Assert.False(ConnectionSet.AllIcmpTcpUdp.ContainsProtocol(IpProtocols.Gre));
        Assert.Equal(ConnectionSet.All, ConnectionSet.AllIcmpTcpUdp.Union(ConnectionSet.Protocols(IntervalSet<int>.Range(0, 255))));
        Assert.Equal(ConnectionSet.AllIcmpTcpUdp, ConnectionSet.Protocol(6).Union(ConnectionSet.Protocol(17)).Union(ConnectionSet.IcmpOf(null, null)));
    }

    [Theory]
    [InlineData(0, 10)] // port 0 is not a port
    [InlineData(10, 65536)] // beyond 16 bits
    [InlineData(20, 10)] // reversed
    public void Ports_OutOfRange_Throws(int min, int max) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConnectionSet.Ports(6, min, max, 1, 65535));
}
