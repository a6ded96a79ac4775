using CsCheck;
using Portcullis.Core.Addresses;

namespace Portcullis.Core.Tests.Addresses;

/// <summary>Parsing, host bits, formatting, containment and <c>default</c> of <see cref="IpPrefix"/>, after runtime's <c>IPNetwork</c> tests.</summary>
public sealed class IpPrefixTests
{
    private static IpPrefix P(string text) => IpPrefix.Parse(text.AsSpan());

    private static IpAddress A(string text) => IpAddress.Parse(text.AsSpan());

    [Theory]
    [InlineData("10.240.0.0/24", "10.240.0.0/24", 24, true)]
    [InlineData("0.0.0.0/0", "0.0.0.0/0", 0, true)]
    [InlineData("10.240.0.4/32", "10.240.0.4/32", 32, true)]
    [InlineData("10.240.0.4", "10.240.0.4/32", 32, true)] // a bare address is a host block
    [InlineData("10.0.0.0/08", "10.0.0.0/8", 8, true)] // leading zeros in a length: no one reads them as octal
    [InlineData("10.0.0.0/008", "10.0.0.0/8", 8, true)]
    [InlineData("fd00::/8", "fd00::/8", 8, false)]
    [InlineData("::/0", "::/0", 0, false)]
    [InlineData("::1", "::1/128", 128, false)]
    [InlineData("2001:DB8::/32", "2001:db8::/32", 32, false)]
    [InlineData("::ffff:10.0.0.0/120", "10.0.0.0/24", 24, true)] // IPv6 text in the mapped block counts 128 bits ...
    [InlineData("::ffff:0:0/96", "0.0.0.0/0", 0, true)] // ... and is the IPv4 block it maps
    [InlineData("::ffff:10.0.0.1", "10.0.0.1/32", 32, true)]
    public void TryParse_WellFormed_ReadsTheBlock(string text, string canonical, int length, bool isIPv4)
    {
        Assert.True(IpPrefix.TryParse(text, out var prefix, out var hostBitsSet));
        Assert.False(hostBitsSet);
        Assert.Equal((canonical, length, isIPv4), (prefix.ToString(), prefix.Length, prefix.IsIPv4));
        Assert.False(prefix.IsDefault);
    }

    [Theory]
    [InlineData("")] // empty
    [InlineData("/24")] // no address
    [InlineData("10.0.0.0/")] // missing length
    [InlineData("10.0.0.0/33")] // length out of range
    [InlineData("10.0.0.0/64")]
    [InlineData("10.0.0.0/4294967320")] // a length that overflows 32 bits
    [InlineData("10.0.0.0/0024")] // more than three digits
    [InlineData("::/129")]
    [InlineData("::ffff:10.0.0.0/129")]
    [InlineData("10.0.0.0/-1")] // signs
    [InlineData("10.0.0.0/+8")]
    [InlineData("10.0.0.0/ 8")] // spaces
    [InlineData("10.0.0.0 /8")]
    [InlineData(" 10.0.0.0/8")]
    [InlineData("10.0.0.0/8 ")]
    [InlineData("10.0.0.0/8/8")] // trailing garbage
    [InlineData("10.0.0.0//8")]
    [InlineData("10.0.0.0/8x")]
    [InlineData("10.0.0.0/0x8")]
    [InlineData("10.0.0.0/٨")] // non-ASCII digits
    [InlineData("10.0.0/8")] // a malformed address
    [InlineData("010.0.0.0/8")]
    [InlineData("256.0.0.0/8")]
    [InlineData("10.0.0.0-10.0.0.255")] // a range is not a block
    [InlineData("10.0.0.0/255.0.0.0")] // nor is a netmask
    [InlineData("[fd00::]/8")] // brackets and zones
    [InlineData("fe80::%eth0/64")]
    [InlineData("fd00::1::/8")]
    public void TryParse_Malformed_IsRejected(string text)
    {
        Assert.False(IpPrefix.TryParse(text, out var prefix, out var hostBitsSet));
        Assert.True(prefix.IsDefault);
        Assert.False(hostBitsSet);
        Assert.Throws<FormatException>(() => IpPrefix.Parse(text.AsSpan()));
    }

    [Theory]
    [InlineData("10.240.1.4/24", "10.240.1.0/24")]
    [InlineData("10.240.1.4/16", "10.240.0.0/16")]
    [InlineData("8.8.8.8/28", "8.8.8.0/28")]
    [InlineData("255.255.255.255/0", "0.0.0.0/0")]
    [InlineData("10.0.0.1/31", "10.0.0.0/31")]
    [InlineData("fe80::1/64", "fe80::/64")]
    [InlineData("::ffff:10.0.0.1/120", "10.0.0.0/24")]
    [InlineData("::ffff:10.0.0.0/24", "::/24")] // a length short of the mapped block leaves IPv4: the IPv6 block it names
    public void TryParse_HostBitsSet_ReadsTheNetworkAndSaysSo(string text, string network)
    {
        // The policy: never reject (the block that holds the address is what every reader of such text means),
        // never silently: the overload says so, and the readers warn with the location (PC1012).
        Assert.True(IpPrefix.TryParse(text, out var prefix, out var hostBitsSet));
        Assert.True(hostBitsSet);
        Assert.Equal(network, prefix.ToString());
        Assert.True(IpPrefix.TryParse(text, out var plain));
        Assert.Equal(prefix, plain);
        Assert.Equal(P(network), prefix);
    }

    [Theory]
    [InlineData("10.240.1.0/24")]
    [InlineData("10.240.1.4")] // a bare address has no host bits
    [InlineData("0.0.0.0/0")]
    [InlineData("fe80::/64")]
    public void TryParse_NetworkAddress_HasNoHostBits(string text)
    {
        Assert.True(IpPrefix.TryParse(text, out _, out var hostBitsSet));
        Assert.False(hostBitsSet);
    }

    [Fact]
    public void Constructor_AddressInsideTheBlock_ClearsTheHostBits()
    {
        Assert.Equal(P("10.240.1.0/24"), new IpPrefix(A("10.240.1.4"), 24));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IpPrefix(A("10.0.0.0"), 33));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IpPrefix(A("10.0.0.0"), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IpPrefix(A("::"), 129));
    }

    [Fact]
    public void Default_IsNoBlock_NotTheWholeSpace()
    {
        // runtime's default(IPNetwork) is 0.0.0.0/0; in a firewall a forgotten value must allow nothing.
        IpPrefix unset = default;
        Assert.True(unset.IsDefault);
        Assert.False(unset.IsIPv4);
        Assert.Equal(-1, unset.Length);
        Assert.False(unset.Contains(A("0.0.0.0")));
        Assert.False(unset.Contains(A("10.0.0.1")));
        Assert.False(unset.Contains(default));
        Assert.True(unset.ToAddressSet().IsEmpty);
        Assert.True(IpAddressSet.Of(unset).IsEmpty);
        Assert.True(IpAddressSet.Of([unset, P("10.0.0.0/8")]) == P("10.0.0.0/8").ToAddressSet());
        Assert.False(IpAddressSet.AllIPv4.Contains(unset));
        Assert.Equal("(none)", unset.ToString());
        Assert.NotEqual(IpPrefix.AllIPv4, unset);
        Assert.NotEqual(P("::/0"), unset);
        Assert.Throws<InvalidOperationException>(() => unset.First);
        Assert.Throws<InvalidOperationException>(() => unset.Last);
    }

    [Fact]
    public void ToString_AnyIPv4Block_ParsesBackToItself()
    {
        Gen.Select(Gen.UInt, Gen.Int[0, 32]).Sample((value, length) =>
        {
            var prefix = new IpPrefix(IpAddress.FromIPv4(value), length);
            var text = prefix.ToString();
            Assert.True(IpPrefix.TryParse(text, out var parsed, out var hostBitsSet));
            Assert.Equal(prefix, parsed);
            Assert.False(hostBitsSet, text);
            Assert.Equal(prefix.Length, parsed.Length);
        }, iter: 2000);
    }

    [Fact]
    public void ToString_AnyIPv6Block_ParsesBackToItself()
    {
        Gen.Select(Gen.ULong, Gen.ULong, Gen.Int[0, 128]).Sample((high, low, length) =>
        {
            var address = new IpAddress(new UInt128(high, low));
            var prefix = new IpPrefix(address, address.IsIPv4 ? Math.Min(length, 32) : length);
            Assert.Equal(prefix, IpPrefix.Parse(prefix.ToString().AsSpan()));
        }, iter: 2000);
    }

    [Fact]
    public void TryFormat_WritesWhatToStringReturns()
    {
        Gen.Select(Gen.UInt, Gen.Int[0, 32]).Sample((value, length) =>
        {
            var prefix = new IpPrefix(IpAddress.FromIPv4(value), length);
            Span<char> buffer = stackalloc char[64];
            Assert.True(prefix.TryFormat(buffer, out var written, default, null));
            Assert.Equal(prefix.ToString(), new string(buffer[..written]));
        }, iter: 200);
    }

    [Fact]
    public void Contains_AgreesWithTheBlocksBounds()
    {
        // The naive reference: a block holds exactly the addresses that agree with its network in the first Length bits.
        Gen.Select(Gen.UInt, Gen.Int[0, 32], Gen.UInt).Sample((network, length, probe) =>
        {
            var prefix = new IpPrefix(IpAddress.FromIPv4(network), length);
            var mask = length == 0 ? 0u : uint.MaxValue << (32 - length);
            var expected = (probe & mask) == (network & mask);
            Assert.Equal(expected, prefix.Contains(IpAddress.FromIPv4(probe)));
            Assert.Equal(expected, prefix.ToAddressSet().Contains(IpAddress.FromIPv4(probe)));
            Assert.Equal(IpAddress.FromIPv4(network & mask), prefix.First);
            Assert.Equal(IpAddress.FromIPv4((network & mask) | ~mask), prefix.Last);
        }, iter: 5000);
    }

    [Theory]
    [InlineData("10.240.0.0/24", "10.240.0.0", true)] // the network address
    [InlineData("10.240.0.0/24", "10.240.0.255", true)] // the broadcast address
    [InlineData("10.240.0.0/24", "10.240.1.0", false)] // one past the end
    [InlineData("10.240.0.0/24", "10.239.255.255", false)] // one before the start
    [InlineData("0.0.0.0/0", "255.255.255.255", true)]
    [InlineData("0.0.0.0/0", "::1", false)] // IPv4 blocks hold no IPv6 address ...
    [InlineData("0.0.0.0/0", "::", false)]
    [InlineData("fd00::/8", "10.0.0.1", false)] // ... and IPv6 blocks outside the mapped block no IPv4 address
    [InlineData("::/0", "10.0.0.1", true)] // but ::/0 covers the mapped block, as on a dual-stack socket
    [InlineData("::ffff:0:0/96", "10.0.0.1", true)]
    public void Contains_EdgesAndFamilies(string prefix, string address, bool expected)
    {
        Assert.Equal(expected, P(prefix).Contains(A(address)));
    }

    [Fact]
    public void Equality_IsByNetworkAndLength()
    {
        Assert.Equal(P("10.0.0.0/8"), P("10.1.2.3/8"));
        Assert.NotEqual(P("10.0.0.0/8"), P("10.0.0.0/9"));
        Assert.Equal(P("10.0.0.0/8").GetHashCode(), P("10.255.0.0/8").GetHashCode());
    }
}
