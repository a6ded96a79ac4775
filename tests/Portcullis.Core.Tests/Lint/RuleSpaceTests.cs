using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Core.Lint;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Tests.Lint;

/// <summary>
/// The exact cover test against brute force: rule spaces built from a palette of blocks and connections, and
/// sample packets at the start of every piece the palette cuts each dimension into, so that both sides are constant
/// on each piece and checking every sample decides the cover exactly.
/// </summary>
public sealed class RuleSpaceTests
{
    internal static readonly string[] Blocks =
        ["0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/16", "10.0.0.0/24", "10.0.0.128/25", "10.0.1.0/24", "10.0.0.7/32", "192.168.0.0/16"];

    internal static readonly ConnectionSet[] Connections =
    [
        ConnectionSet.All,
        ConnectionSet.AllIcmpTcpUdp,
        ConnectionSet.AllTcp,
        ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22),
        ConnectionSet.Ports(IpProtocols.Tcp, 22, 22, 1, 65535),
        ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 20, 30),
        ConnectionSet.Ports(IpProtocols.Tcp, 1000, 2000, 1, 65535),
        ConnectionSet.Ports(IpProtocols.Udp, 1, 65535, 53, 53),
        ConnectionSet.IcmpOf(8, null),
        ConnectionSet.IcmpOf(null, null),
        ConnectionSet.Protocol(IpProtocols.Gre),
    ];

    internal readonly record struct Packet(int Protocol, int A, int B);

    // Every piece that the palette's blocks cut the address space into starts at a block's first address or just after its last.
    internal static readonly IpAddress[] SampleAddresses = [.. Blocks.Select(b => IpPrefix.Parse(b))
        .SelectMany(p => p.Last.Value == IpAddress.IPv4Last ? new[] { p.First.Value } : [p.First.Value, p.Last.Value + 1])
        .Distinct().Order().Select(v => new IpAddress(v))];

    internal static readonly Packet[] Packets = [.. SamplePackets()];

    internal static IpAddressSet Block(string cidr) => IpPrefix.Parse(cidr).ToAddressSet();

    internal static bool Contains(RuleSpace space, IpAddress source, IpAddress destination, Packet packet) =>
        space.Sources.Contains(source) && space.Destinations.Contains(destination) && Contains(space.Connection, packet);

    internal static bool Contains(ConnectionSet set, Packet p) => p.Protocol switch
    {
        IpProtocols.Tcp or IpProtocols.Udp => set.ContainsPorts(p.Protocol, p.A, p.B),
        IpProtocols.Icmp => set.ContainsIcmp(p.A, p.B),
        _ => set.ContainsProtocol(p.Protocol),
    };

    /// <summary>Brute force: every sample packet of the target is in one of the others.</summary>
    internal static bool NaiveCovered(RuleSpace target, IReadOnlyList<RuleSpace> others) =>
        SampleAddresses.All(a => SampleAddresses.All(b => Packets.All(p => !Contains(target, a, b, p) || others.Any(o => Contains(o, a, b, p)))));

    // A source or destination: one palette block, or the union of two (as a remote security group's members can be).
    private static readonly Gen<IpAddressSet> AddressSets = Gen.OneOf(
        Gen.OneOf(Blocks).Select(Block),
        Gen.Select(Gen.OneOf(Blocks), Gen.OneOf(Blocks), (a, b) => Block(a).Union(Block(b))));

    internal static readonly Gen<RuleSpace> Spaces = Gen.Select(AddressSets, AddressSets, Gen.Int[0, Connections.Length - 1], (s, d, c) => new RuleSpace(s, d, Connections[c]));

    [Fact]
    public void IsCoveredBy_AgreesWithBruteForce()
    {
        Gen.Select(Spaces, Spaces.Array[0, 5]).Sample((target, others) =>
        {
            Assert.Equal(NaiveCovered(target, others), target.IsCoveredBy(others));
        }, iter: 300);
    }

    // Others made from pieces of the target (cut by a palette block in each dimension), each with the target's
    // connection, everything, or a random one: covers and near misses, where a wrong cell verdict would show.
    private static readonly Gen<(RuleSpace Target, RuleSpace[] Others)> NearCovers =
        Gen.Select(Spaces, Gen.OneOf(Blocks), Gen.OneOf(Blocks), Gen.Int[0, Connections.Length + 1].Array[4], Gen.Bool.Array[4], (target, b, d, choices, keep) =>
        {
            var sources = new[] { target.Sources.Intersect(Block(b)), target.Sources.Except(Block(b)) };
            var destinations = new[] { target.Destinations.Intersect(Block(d)), target.Destinations.Except(Block(d)) };
            var others = new List<RuleSpace>();
            for (var i = 0; i < 4; i++)
            {
                var connection = choices[i] == Connections.Length ? target.Connection : choices[i] > Connections.Length ? ConnectionSet.All : Connections[choices[i]];
                if (keep[i] || i == 0)
                {
                    others.Add(new RuleSpace(sources[i / 2], destinations[i % 2], connection));
                }
            }

            return (target, others.ToArray());
        });

    [Fact]
    public void IsCoveredBy_AgreesWithBruteForce_OnCoversAndNearMisses()
    {
        NearCovers.Sample(c => Assert.Equal(NaiveCovered(c.Target, c.Others), c.Target.IsCoveredBy(c.Others)), iter: 400);
    }

    [Fact]
    public void Cells_PartitionTheSpace_AndListExactlyTheOthersContainingEachCell()
    {
        Gen.Select(Spaces, Spaces.Array[0, 4]).Sample((target, others) =>
        {
            var cells = target.Cells(others).ToList();
            foreach (var (source, destination, containing) in cells)
            {
                Assert.True(target.Sources.Contains(source) && target.Destinations.Contains(destination));
                var expected = Enumerable.Range(0, others.Length).Where(i => others[i].Sources.Contains(source) && others[i].Destinations.Contains(destination));
                Assert.Equal(expected, containing);
            }

            // Every sample address pair of the target has a cell whose others contain it exactly as they contain the cell's representative.
            foreach (var a in SampleAddresses.Where(target.Sources.Contains))
            {
                foreach (var b in SampleAddresses.Where(target.Destinations.Contains))
                {
                    var inOthers = Enumerable.Range(0, others.Length).Where(i => others[i].Sources.Contains(a) && others[i].Destinations.Contains(b)).ToArray();
                    Assert.Contains(cells, c => c.Containing.SequenceEqual(inOthers));
                }
            }
        }, iter: 200);
    }

    [Theory]
    [InlineData("10.0.0.0/24", "10.0.0.0/16", true)] // inside a larger block
    [InlineData("10.0.0.0/16", "10.0.0.0/24", false)] // larger than the cover
    [InlineData("10.0.1.0/24", "10.0.0.0/24", false)] // beside it
    public void IsCoveredBy_OneOtherBlock_ByContainment(string target, string other, bool covered)
    {
        var space = new RuleSpace(Block(target), Block("0.0.0.0/0"), ConnectionSet.AllTcp);
        Assert.Equal(covered, space.IsCoveredBy([new RuleSpace(Block(other), Block("0.0.0.0/0"), ConnectionSet.All)]));
    }

    [Fact]
    public void IsCoveredBy_TwoHalves_CoverTogetherWhatNeitherCoversAlone()
    {
        var target = new RuleSpace(Block("10.0.0.0/24"), Block("0.0.0.0/0"), ConnectionSet.AllTcp);
        RuleSpace[] halves =
        [
            new(Block("10.0.0.0/25"), Block("0.0.0.0/0"), ConnectionSet.AllTcp),
            new(Block("10.0.0.128/25"), Block("0.0.0.0/0"), ConnectionSet.AllTcp),
        ];
        Assert.False(target.IsCoveredBy([halves[0]]));
        Assert.False(target.IsCoveredBy([halves[1]]));
        Assert.True(target.IsCoveredBy(halves));
    }

    [Fact]
    public void IsCoveredBy_ConnectionsSplitAcrossRules_CoverTogether()
    {
        var target = new RuleSpace(Block("10.0.0.0/24"), Block("10.0.1.0/24"), ConnectionSet.AllIcmpTcpUdp);
        RuleSpace[] parts =
        [
            new(Block("10.0.0.0/16"), Block("10.0.1.0/24"), ConnectionSet.AllTcp),
            new(Block("10.0.0.0/24"), Block("10.0.0.0/8"), ConnectionSet.Protocol(IpProtocols.Udp)),
            new(Block("0.0.0.0/0"), Block("0.0.0.0/0"), ConnectionSet.IcmpOf(null, null)),
        ];
        Assert.True(target.IsCoveredBy(parts));
        Assert.False(target.IsCoveredBy(parts[..2]));
    }

    private static IEnumerable<Packet> SamplePackets()
    {
        // Where the palette's port ranges start and end + 1: every piece of the port space starts at one of them.
        int[] ports = [1, 20, 22, 23, 31, 53, 54, 1000, 2001];
        foreach (var protocol in new[] { IpProtocols.Tcp, IpProtocols.Udp })
        {
            foreach (var a in ports)
            {
                foreach (var b in ports)
                {
                    yield return new Packet(protocol, a, b);
                }
            }
        }

        foreach (var type in new[] { 0, 8, 9 })
        {
            yield return new Packet(IpProtocols.Icmp, type, 0);
        }

        foreach (var other in new[] { 2, 47, 50 })
        {
            yield return new Packet(other, 0, 0);
        }
    }
}
