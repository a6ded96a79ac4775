using CsCheck;
using Portcullis.Cluster.Allowlist;
using Portcullis.Core.Addresses;

namespace Portcullis.Cluster.Tests;

public sealed class CidrMathTests
{
    [Theory]
    [InlineData(16, 28)] // the 2020 page's example: 16 IPs are a /28
    [InlineData(1, 32)] // one address
    [InlineData(256, 24)]
    [InlineData(4294967296L, 0)] // the whole IPv4 space
    public void TryPrefixLength_PowerOfTwo_IsTheBlockLength(long count, int length)
    {
        Assert.True(CidrMath.TryPrefixLength(count, out var actual));
        Assert.Equal(length, actual);
        Assert.Equal(count, CidrMath.AddressCount(actual));
    }

    [Theory]
    [InlineData(0)] // no address is no block
    [InlineData(3)] // not a power of two
    [InlineData(48)]
    [InlineData(8589934592L)] // more than IPv4 has
    public void TryPrefixLength_NotOneBlock_Fails(long count) => Assert.False(CidrMath.TryPrefixLength(count, out _));

    [Theory]
    [InlineData("10.240.0.0/24,10.240.1.0/24", "10.240.0.0/23")] // siblings merge
    [InlineData("10.240.1.0/24,10.240.2.0/24", "10.240.1.0/24,10.240.2.0/24")] // adjacent but not siblings
    [InlineData("10.0.0.0/8,10.240.0.0/24", "10.0.0.0/8")] // contained
    [InlineData("52.118.32.14/32,52.118.97.201/32,52.118.150.66/32", "52.118.32.14/32,52.118.97.201/32,52.118.150.66/32")]
    public void Aggregate_Examples(string input, string expected)
    {
        var prefixes = input.Split(',').Select(p => IpPrefix.Parse(p));

        Assert.Equal(expected, string.Join(',', CidrMath.Aggregate(prefixes)));
    }

    // Sets of addresses within one /24, as bit masks: small enough to enumerate, large enough for every alignment.
    private static readonly Gen<bool[]> Masks = Gen.Bool.Array[256];

    private static IpAddressSet SetOf(bool[] mask)
    {
        var set = IpAddressSet.Empty;
        for (var i = 0; i < mask.Length; i++)
        {
            if (mask[i])
            {
                set = set.Union(IpAddressSet.Single(IpAddress.FromIPv4(10, 0, 0, (byte)i)));
            }
        }

        return set;
    }

    // The naive reference: the fewest blocks is the number of maximal aligned blocks inside the set.
    private static int NaiveFewest(bool[] mask)
    {
        int Count(int start, int size)
        {
            var all = true;
            var any = false;
            for (var i = start; i < start + size; i++)
            {
                all &= mask[i];
                any |= mask[i];
            }

            return !any ? 0 : all ? 1 : Count(start, size / 2) + Count(start + (size / 2), size / 2);
        }

        return Count(0, 256);
    }

    private static int NaiveCover(bool[] required, bool[] permitted)
    {
        int Count(int start, int size)
        {
            var need = false;
            var inside = true;
            for (var i = start; i < start + size; i++)
            {
                need |= required[i];
                inside &= permitted[i];
            }

            return !need ? 0 : inside ? 1 : Count(start, size / 2) + Count(start + (size / 2), size / 2);
        }

        return Count(0, 256);
    }

    [Fact]
    public void Aggregate_RandomSets_CoverExactlyWithTheFewestBlocks()
    {
        Masks.Sample(mask =>
        {
            var set = SetOf(mask);
            var blocks = CidrMath.Aggregate(set.ToPrefixes());
            Assert.Equal(set, IpAddressSet.Of(blocks));
            Assert.Equal(NaiveFewest(mask), blocks.Count);
        }, iter: 300);
    }

    [Fact]
    public void Cover_RandomSets_CoversTheRequiredStaysInsideThePermittedAndNeedsNoMoreBlocksThanExact()
    {
        Gen.Select(Masks, Masks).Sample((required, extra) =>
        {
            var need = SetOf(required);
            var permitted = need.Union(SetOf(extra));
            var blocks = CidrMath.Cover(need, permitted);
            var union = IpAddressSet.Of(blocks);
            Assert.True(need.IsSubsetOf(union));
            Assert.True(union.IsSubsetOf(permitted));
            Assert.True(blocks.Count <= CidrMath.Aggregate(need.ToPrefixes()).Count);

            // Optimal: one block per largest aligned block of the permitted set that holds a required address.
            var permittedMask = required.Zip(extra, (a, b) => a || b).ToArray();
            Assert.Equal(NaiveCover(required, permittedMask), blocks.Count);
        }, iter: 300);
    }

    [Theory]
    [InlineData("10.240.0.0/24,10.240.128.0/24", "10.240.0.0/16")]
    [InlineData("52.118.32.14/32", "52.118.32.14/32")]
    [InlineData("10.0.0.0/32,10.0.0.1/32", "10.0.0.0/31")]
    public void Supernet_IsTheSmallestBlockHoldingEveryAddress(string input, string expected)
    {
        var set = IpAddressSet.Of(input.Split(',').Select(p => IpPrefix.Parse(p)));

        Assert.Equal(IpPrefix.Parse(expected), CidrMath.Supernet(set));
    }
}
