using CsCheck;
using Portcullis.Core.Addresses;

namespace Portcullis.Core.Tests.Addresses;

/// <summary>
/// <see cref="IpAddressSet"/> against a naive reference: a set of offsets into a small block (10.0.0.0 to 10.0.0.63),
/// where every member can be enumerated, built from random CIDR blocks and ranges.
/// </summary>
public sealed class IpAddressSetTests
{
    private const int Universe = 64;
    private static readonly uint Base = IpAddress.Parse("10.0.0.0".AsSpan()).IPv4Value;

    // A block of the universe: an aligned offset and a length from /26 (the whole universe) to /32.
    private static readonly Gen<(int Offset, int Length)> Blocks =
        Gen.Int[26, 32].SelectMany(length => Gen.Int[0, (Universe >> (32 - length)) - 1].Select(index => (index << (32 - length), length)));

    private static readonly Gen<List<(int Offset, int Length)>> BlockLists = Blocks.List[0, 5];

    private static readonly Gen<List<(int First, int Last)>> RangeLists =
        Gen.Select(Gen.Int[0, Universe - 1], Gen.Int[0, 10], (first, size) => (first, Math.Min(Universe - 1, first + size))).List[0, 5];

    private static IpAddress At(int offset) => IpAddress.FromIPv4(Base + (uint)offset);

    private static IpAddressSet FromBlocks(List<(int Offset, int Length)> blocks) =>
        IpAddressSet.Of(blocks.Select(b => new IpPrefix(At(b.Offset), b.Length)));

    private static IpAddressSet FromRanges(List<(int First, int Last)> ranges) =>
        IpAddressSet.OfRanges(ranges.Select(r => (At(r.First), At(r.Last))));

    private static HashSet<int> NaiveBlocks(List<(int Offset, int Length)> blocks) =>
        [.. blocks.SelectMany(b => Enumerable.Range(b.Offset, 1 << (32 - b.Length)))];

    private static HashSet<int> NaiveRanges(List<(int First, int Last)> ranges) =>
        [.. ranges.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1))];

    // The members, probed one address past each end so that a leak outside the universe shows.
    private static HashSet<int> Members(IpAddressSet set) =>
        [.. Enumerable.Range(-1, Universe + 2).Where(i => set.Contains(IpAddress.FromIPv4((uint)(Base + i))))];

    // The fewest blocks whose union is exactly the set: a block wholly inside is one, else its two halves are tried.
    private static List<string> NaiveMinimalBlocks(HashSet<int> members, int offset = 0, int length = 26)
    {
        var size = 1 << (32 - length);
        var inside = Enumerable.Range(offset, size).Count(members.Contains);
        return inside == 0 ? []
            : inside == size ? [$"{At(offset)}/{length}"]
            : [.. NaiveMinimalBlocks(members, offset, length + 1), .. NaiveMinimalBlocks(members, offset + (size / 2), length + 1)];
    }

    [Fact]
    public void Operations_AgreeWithNaiveSets()
    {
        Gen.Select(BlockLists, RangeLists).Sample((blocks, ranges) =>
        {
            var (x, y) = (FromBlocks(blocks), FromRanges(ranges));
            var (nx, ny) = (NaiveBlocks(blocks), NaiveRanges(ranges));
            Assert.Equal(nx, Members(x));
            Assert.Equal(ny, Members(y));
            Assert.Equal(nx.Union(ny).ToHashSet(), Members(x.Union(y)));
            Assert.Equal(nx.Intersect(ny).ToHashSet(), Members(x.Intersect(y)));
            Assert.Equal(nx.Except(ny).ToHashSet(), Members(x.Except(y)));
            Assert.Equal(nx.IsSubsetOf(ny), x.IsSubsetOf(y));
            Assert.Equal(nx.Overlaps(ny), x.Overlaps(y));
            Assert.Equal(nx.SetEquals(ny), x == y);
            Assert.Equal(nx.Count, x.Count);
            Assert.Equal(nx.Count == 0, x.IsEmpty);
        }, iter: 2000);
    }

    [Fact]
    public void Contains_Block_AgreesWithNaiveSets()
    {
        Gen.Select(RangeLists, Blocks).Sample((ranges, block) =>
        {
            var set = FromRanges(ranges);
            var naive = NaiveRanges(ranges);
            var members = Enumerable.Range(block.Offset, 1 << (32 - block.Length));
            Assert.Equal(members.All(naive.Contains), set.Contains(new IpPrefix(At(block.Offset), block.Length)));
        }, iter: 2000);
    }

    [Fact]
    public void ToPrefixes_AreTheFewestBlocksOfExactlyTheSet()
    {
        RangeLists.Sample(ranges =>
        {
            var set = FromRanges(ranges);
            var prefixes = set.ToPrefixes();
            Assert.Equal(NaiveMinimalBlocks(NaiveRanges(ranges)), prefixes.Select(p => p.ToString()).ToList());
            Assert.Equal(set, IpAddressSet.Of(prefixes));
            Assert.Equal(string.Join(',', prefixes), set.ToCidrString());
            Assert.Equal(set.ToPrefixes().Count == set.RangeCount, set.IsPrefixAligned);
        }, iter: 2000);
    }

    [Fact]
    public void Ranges_AreMaximalAndAscending()
    {
        RangeLists.Sample(ranges =>
        {
            var found = FromRanges(ranges).Ranges.ToList();
            for (var i = 1; i < found.Count; i++)
            {
                // Sorted, disjoint and not touching: otherwise two equal sets could print differently.
                Assert.True(found[i].First.Value > found[i - 1].Last.Value + 1);
            }
        }, iter: 1000);
    }

    [Theory]
    [InlineData(new[] { "10.0.0.0/25", "10.0.0.128/25" }, "10.0.0.0/24", "10.0.0.0-10.0.0.255")] // siblings merge
    [InlineData(new[] { "10.0.0.1/32", "10.0.0.2/31" }, "10.0.0.1/32,10.0.0.2/31", "10.0.0.1-10.0.0.3")] // a range that is not one block
    [InlineData(new[] { "10.0.0.7/32" }, "10.0.0.7/32", "10.0.0.7")] // a single address prints alone
    [InlineData(new[] { "0.0.0.0/0" }, "0.0.0.0/0", "0.0.0.0-255.255.255.255")]
    [InlineData(new string[0], "", "")]
    public void ToStrings_KnownSets(string[] blocks, string cidrs, string ranges)
    {
        var set = IpAddressSet.Of(blocks.Select(b => IpPrefix.Parse(b.AsSpan())));
        Assert.Equal((cidrs, ranges), (set.ToCidrString(), set.ToRangeString()));
        Assert.Equal(cidrs, set.ToString());
    }

    [Fact]
    public void ToPrefixes_RangeAcrossTheMappedBlocksEdges_IsCutIntoFamilies()
    {
        // IPv4 blocks are aligned inside ::ffff:0:0/96, so a range that crosses its edges cannot share a block.
        var set = IpAddressSet.Range(IpAddress.Parse("::fffe:ffff:ffff".AsSpan()), IpAddress.Parse("0.0.0.1".AsSpan()))
            .Union(IpAddressSet.Range(IpAddress.Parse("255.255.255.254".AsSpan()), IpAddress.Parse("::1:0:0:1".AsSpan())));
        Assert.Equal(["::fffe:ffff:ffff/128", "0.0.0.0/31", "255.255.255.254/31", "::1:0:0:0/127"], set.ToPrefixes().Select(p => p.ToString()));
    }

    [Fact]
    public void Default_IsTheEmptySet()
    {
        IpAddressSet unset = default;
        Assert.True(unset.IsEmpty);
        Assert.Equal(IpAddressSet.Empty, unset);
        Assert.Equal(0, unset.Count);
        Assert.False(unset.Contains(IpAddress.Parse("0.0.0.0".AsSpan())));
        Assert.False(unset.Contains(default(IpAddress)));
        Assert.Empty(unset.ToPrefixes());
        Assert.Equal(string.Empty, unset.ToString());
        Assert.True(unset.IsSubsetOf(IpAddressSet.Empty));
        Assert.Throws<InvalidOperationException>(() => unset.First);
    }

    [Fact]
    public void AllIPv4_IsExactlyZeroSlashZero()
    {
        Assert.Equal(IpPrefix.AllIPv4.ToAddressSet(), IpAddressSet.AllIPv4);
        Assert.Equal(Math.Pow(2, 32), IpAddressSet.AllIPv4.Count);
        Assert.False(IpAddressSet.AllIPv4.Contains(IpAddress.Parse("::1".AsSpan())));
        Assert.Equal("0.0.0.0/0", IpAddressSet.AllIPv4.ToString());
    }

    [Fact]
    public void Range_Reversed_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IpAddressSet.Range(At(5), At(4)));
    }
}
