using CsCheck;
using Portcullis.Core.Addresses;

namespace Portcullis.Core.Tests.Addresses;

/// <summary>Parsing, formatting, ordering and <c>default</c> of <see cref="IpAddress"/>, after runtime's <c>IPAddress</c> and <c>IPNetwork</c> tests.</summary>
public sealed class IpAddressTests
{
    [Theory]
    [InlineData("0.0.0.0", 0x00000000u)]
    [InlineData("10.240.1.4", 0x0AF00104u)]
    [InlineData("255.255.255.255", 0xFFFFFFFFu)]
    [InlineData("1.2.3.4", 0x01020304u)]
    [InlineData("0.10.100.200", 0x000A64C8u)] // a zero octet is not a leading zero
    [InlineData("::ffff:10.0.0.1", 0x0A000001u)] // IPv4-mapped IPv6 text is the IPv4 address it maps
    [InlineData("::FFFF:a00:1", 0x0A000001u)]
    public void TryParse_IPv4_ReadsTheOctets(string text, uint value)
    {
        Assert.True(IpAddress.TryParse(text, out var address));
        Assert.True(address.IsIPv4);
        Assert.Equal(value, address.IPv4Value);
        Assert.Equal(IpAddress.FromIPv4(value), address);
    }

    [Theory]
    [InlineData("::", "::")]
    [InlineData("::1", "::1")]
    [InlineData("FE80::1", "fe80::1")] // RFC 5952: lower case
    [InlineData("2001:db8:0:0:0:0:0:1", "2001:db8::1")] // RFC 5952: the longest run of zeros is ::
    [InlineData("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8")]
    [InlineData("::1.2.3.4", "::1.2.3.4")] // IPv4-compatible (deprecated) is IPv6, not IPv4
    [InlineData("64:ff9b::10.0.0.1", "64:ff9b::a00:1")]
    public void TryParse_IPv6_ReadsTheStandardForms(string text, string canonical)
    {
        Assert.True(IpAddress.TryParse(text, out var address));
        Assert.False(address.IsIPv4);
        Assert.Equal(canonical, address.ToString());
    }

    [Theory]
    [InlineData("")] // empty
    [InlineData(" ")]
    [InlineData(" 10.0.0.1")] // spaces around or inside
    [InlineData("10.0.0.1 ")]
    [InlineData("10. 0.0.1")]
    [InlineData("10.0.0")] // too few octets; no inet_aton shorthand
    [InlineData("10")]
    [InlineData("10.0.0.1.2")] // too many
    [InlineData("10.0.0.")]
    [InlineData(".10.0.0.1")]
    [InlineData("10..0.1")]
    [InlineData("256.0.0.1")] // out of range
    [InlineData("10.0.0.999")]
    [InlineData("1000.0.0.1")]
    [InlineData("010.0.0.1")] // leading zeros read as octal elsewhere: rejected, not guessed
    [InlineData("10.0.0.01")]
    [InlineData("00.0.0.0")]
    [InlineData("+10.0.0.1")] // signs
    [InlineData("-10.0.0.1")]
    [InlineData("10.0.0.-1")]
    [InlineData("0x0A.0.0.1")] // hexadecimal
    [InlineData("10.0.0.1a")] // trailing garbage
    [InlineData("10.0.0.1/24")] // an address is not a prefix
    [InlineData("10.0.0.1\0")]
    [InlineData("١٠.0.0.1")] // non-ASCII digits
    [InlineData("[::1]")] // brackets, ports and zones: a general parser drops them silently
    [InlineData("[::1]:443")]
    [InlineData("::1%eth0")]
    [InlineData("fe80::1%25eth0")]
    [InlineData(" ::1")]
    [InlineData("::1 ")]
    [InlineData("1::2::3")] // two ::
    [InlineData("1:2:3:4:5:6:7:8:9")] // nine groups
    [InlineData("12345::1")] // a group of five digits
    [InlineData("g::1")] // not hexadecimal
    [InlineData(":")]
    [InlineData(":::")]
    [InlineData("::ffff:010.0.0.1")] // the leading-zero rule holds in an IPv4 tail too
    public void TryParse_Malformed_IsRejected(string text)
    {
        Assert.False(IpAddress.TryParse(text, out var address));
        Assert.Equal(default, address);
        Assert.Throws<FormatException>(() => IpAddress.Parse(text.AsSpan()));
    }

    [Fact]
    public void TryParse_Null_IsRejected()
    {
        Assert.False(IpAddress.TryParse((string?)null, out _));
    }

    [Fact]
    public void Default_IsTheIPv6UnspecifiedAddress()
    {
        // Not 0.0.0.0: a default address is in no IPv4 block, so it matches no IPv4 rule by accident.
        IpAddress unset = default;
        Assert.False(unset.IsIPv4);
        Assert.Equal("::", unset.ToString());
        Assert.Equal(IpAddress.Parse("::"), unset);
        Assert.NotEqual(IpAddress.Parse("0.0.0.0"), unset);
        Assert.False(IpPrefix.AllIPv4.Contains(unset));
        Assert.Throws<InvalidOperationException>(() => unset.IPv4Value);
    }

    [Fact]
    public void ToString_AnyIPv4_ParsesBackToItself()
    {
        Gen.UInt.Sample(value =>
        {
            var address = IpAddress.FromIPv4(value);
            var text = address.ToString();
            Assert.Equal(address, IpAddress.Parse(text.AsSpan()));
            Assert.Equal($"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}", text);
        }, iter: 2000);
    }

    [Fact]
    public void ToString_Any128BitValue_ParsesBackToItself()
    {
        // Every value is an address: IPv6 as RFC 5952 text, the mapped block as dotted quads.
        Gen.Select(Gen.ULong, Gen.ULong).Sample((high, low) =>
        {
            var address = new IpAddress(new UInt128(high, low));
            Assert.Equal(address, IpAddress.Parse(address.ToString().AsSpan()));
        }, iter: 2000);
    }

    [Fact]
    public void TryFormat_SmallBuffer_FailsWithoutWriting()
    {
        var address = IpAddress.Parse("255.255.255.255".AsSpan());
        Span<char> tooSmall = stackalloc char[8];
        Assert.False(address.TryFormat(tooSmall, out _, default, null));
        Span<char> enough = stackalloc char[15];
        Assert.True(address.TryFormat(enough, out var written, default, null));
        Assert.Equal("255.255.255.255", new string(enough[..written]));
    }

    [Fact]
    public void Ordering_IsNumeric_WithIPv6BelowAndAboveTheMappedBlock()
    {
        var ordered = new[] { "::", "::1", "0.0.0.0", "9.255.255.255", "10.0.0.0", "255.255.255.255", "::1:0:0:0", "fe80::1" }
            .Select(t => IpAddress.Parse(t.AsSpan())).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            Assert.True(ordered[i - 1] < ordered[i], $"{ordered[i - 1]} < {ordered[i]}");
            Assert.True(ordered[i - 1].CompareTo(ordered[i]) < 0);
        }
    }
}
