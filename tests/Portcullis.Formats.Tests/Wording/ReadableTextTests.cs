using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Formats.Wording;

namespace Portcullis.Formats.Tests.Wording;

/// <summary>
/// The readable forms name exactly the sets the exact forms name: a complement printed as <c>all but ...</c> reads
/// back to the same set, and the readable text is never longer than the exact one.
/// </summary>
public sealed class ReadableTextTests
{
    private static readonly IntervalSet<int> AllPorts = IntervalSet<int>.Range(ConnectionSet.MinPort, ConnectionSet.MaxPort);

    // Port lists of up to five ranges anywhere, and their complements: both sides of the choice occur.
    private static readonly Gen<IntervalSet<int>> PortLists =
        Gen.Select(Gen.Int[1, 65535], Gen.Int[0, 300]).Array[1, 5].Select(Gen.Bool, (ranges, complement) =>
        {
            var set = IntervalSet<int>.Of(ranges.Select(r => new Interval<int>(r.Item1, Math.Min(65535, r.Item1 + r.Item2))));
            var result = complement ? set.ComplementWithin(ConnectionSet.MinPort, ConnectionSet.MaxPort) : set;
            return result.IsEmpty ? set : result;
        });

    private static readonly Gen<IntervalSet<int>> TypeLists =
        Gen.Int[0, ConnectionSet.MaxIcmpType].Array[1, 4].Select(Gen.Bool, (types, complement) =>
        {
            var set = IntervalSet<int>.Of(types.Select(t => new Interval<int>(t, t)));
            var result = complement ? set.ComplementWithin(0, ConnectionSet.MaxIcmpType) : set;
            return result.IsEmpty ? set : result;
        });

    private static readonly Gen<ConnectionSet> Atoms = Gen.OneOf(
        Gen.Select(Gen.OneOf(6, 17), PortLists, PortLists, Gen.Bool, (protocol, source, destination, anySource) =>
            ConnectionSet.Ports(protocol, anySource ? AllPorts : source, destination)),
        Gen.Select(TypeLists, TypeLists, (types, codes) => ConnectionSet.IcmpOf(types, codes.Intersect(IntervalSet<int>.Range(0, ConnectionSet.MaxIcmpCode)))),
        Gen.OneOf(0, 2, 47, 50).Select(ConnectionSet.Protocol),
        Gen.Const(ConnectionSet.AllIcmpTcpUdp));

    private static readonly Gen<ConnectionSet> Connections =
        Gen.Select(Atoms, Atoms, Atoms, Gen.Int[0, 2], (a, b, c, op) => op switch
        {
            0 => a.Union(b).Union(c),
            1 => a.Union(b).Except(c),
            _ => a.Complement().Intersect(b.Union(c)),
        });

    // Blocks anywhere in IPv4, kept to one kind's space; sometimes the space without them.
    private static readonly Gen<(ExternalKind, IpAddressSet)> ExternalSets =
        Gen.Select(Gen.OneOf(ExternalKind.PublicInternet, ExternalKind.ServiceNetwork), Gen.Select(Gen.UInt, Gen.Int[8, 32]).Array[1, 6], Gen.Bool, (kind, blocks, complement) =>
        {
            var space = ExternalAddressSpace.Of(kind);
            var set = IpAddressSet.Of(blocks.Select(b => new IpPrefix(IpAddress.FromIPv4(b.Item1), b.Item2)).ToArray()).Intersect(space);
            if (kind == ExternalKind.ServiceNetwork)
            {
                // Random blocks rarely fall in the service network's two blocks: draw inside them instead.
                set = IpAddressSet.Of(blocks.Select(b => new IpPrefix(IpAddress.FromIPv4((b.Item1 % 2 == 0 ? 0xA11A0000u : 0xA6080000u) | (b.Item1 & 0x3FFFFu)), Math.Max(16, b.Item2))).ToArray()).Intersect(space);
            }

            var result = complement ? space.Except(set) : set;
            return (kind, result.IsEmpty ? space : result);
        });

    [Fact]
    public void ConnectionReadable_ReadsBackToTheSameSet()
    {
        var complements = 0;
        Connections.Sample(set =>
        {
            var text = ConnectionText.Readable(set);
            Assert.Equal(set, ConnectionText.Parse(text));
            Interlocked.Add(ref complements, text.Contains(AddressText.AllBut, StringComparison.Ordinal) ? 1 : 0);
        }, iter: 500);

        Assert.True(complements > 0, "no sample printed a complement");
    }

    [Fact]
    public void ConnectionReadable_IsNeverLongerThanTheExactText()
    {
        Connections.Sample(set => Assert.True(ConnectionText.Readable(set).Length <= ConnectionText.Of(set).Length, ConnectionText.Readable(set)), iter: 500);
    }

    [Fact]
    public void AddressReadable_ReadsBackToTheSameKindAndAddresses()
    {
        var complements = 0;
        ExternalSets.Sample(pair =>
        {
            var (kind, addresses) = pair;
            var text = AddressText.Readable(kind, addresses);

            Assert.True(AddressText.TryParseReadable(text, out var parsedKind, out var parsed), text);
            Assert.Equal(kind, parsedKind);
            Assert.Equal(addresses, parsed);
            Interlocked.Add(ref complements, text.Contains(AddressText.AllBut, StringComparison.Ordinal) ? 1 : 0);
        }, iter: 500);

        Assert.True(complements > 0, "no sample printed a complement");
    }

    [Fact]
    public void AddressReadable_ExactTextReadsBackToo()
    {
        ExternalSets.Sample(pair =>
        {
            Assert.True(AddressText.TryParseReadable(AddressText.External(pair.Item1, pair.Item2), out _, out var parsed));
            Assert.Equal(pair.Item2, parsed);
        }, iter: 200);
    }

    [Fact]
    public void AddressReadable_InternetWithoutTwoBlocks_IsWrittenAsItsComplement()
    {
        var addresses = ExternalAddressSpace.PublicInternet.Except(IpAddressSet.Of(IpPrefix.Parse("8.8.8.0/24"), IpPrefix.Parse("145.40.0.0/16")));

        Assert.Equal("Public Internet (all but 8.8.8.0/24, 145.40.0.0/16)", AddressText.Readable(ExternalKind.PublicInternet, addresses));
    }

    [Fact]
    public void AddressReadable_FewBlocks_AreListed()
    {
        var addresses = IpAddressSet.Of(IpPrefix.Parse("8.8.8.0/24"), IpPrefix.Parse("145.40.0.0/16"));

        Assert.Equal("Public Internet 8.8.8.0/24, 145.40.0.0/16", AddressText.Readable(ExternalKind.PublicInternet, addresses));
        Assert.Equal("Service Network (all ranges)", AddressText.Readable(ExternalKind.ServiceNetwork, ExternalAddressSpace.ServiceNetwork));
    }

    [Theory]
    // Every port but one: the complement is shorter.
    [InlineData(6, "1-21,23-65535", "protocol: TCP dst-ports: all but 22")]
    // A short list stays a list.
    [InlineData(6, "22,443", "protocol: TCP dst-ports: 22,443")]
    // As long either way ("all but 1" is longer than "2-65535"): the list.
    [InlineData(17, "2-65535", "protocol: UDP dst-ports: 2-65535")]
    public void ConnectionReadable_DestinationPorts_ShorterOfListAndComplement(int protocol, string ports, string expected)
    {
        var set = ConnectionText.Parse($"protocol: {(protocol == 6 ? "TCP" : "UDP")} dst-ports: {ports}");

        Assert.Equal(expected, ConnectionText.Readable(set));
        Assert.Equal(set, ConnectionText.Parse(expected));
    }

    [Fact]
    public void TryParse_AllButEverything_IsRefused()
    {
        Assert.False(ConnectionText.TryParse("protocol: TCP dst-ports: all but 1-65535", out _));
    }
}
