using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Portcullis.Core.Addresses;

/// <summary>
/// An IPv4 or IPv6 address as one 128-bit number: IPv6 addresses as themselves, IPv4 addresses in the IPv4-mapped
/// block <c>::ffff:0:0/96</c>, so one interval arithmetic serves both families and they never overlap by accident.
/// </summary>
/// <remarks><c>default</c> is the IPv6 unspecified address <c>::</c>.</remarks>
public readonly record struct IpAddress : IComparable<IpAddress>, ISpanParsable<IpAddress>, ISpanFormattable
{
    /// <summary>The first 128-bit value of the IPv4-mapped block (<c>::ffff:0.0.0.0</c>).</summary>
    public static readonly UInt128 IPv4Base = new(0, 0xFFFF_0000_0000UL);

    /// <summary>The last 128-bit value of the IPv4-mapped block (<c>::ffff:255.255.255.255</c>).</summary>
    public static readonly UInt128 IPv4Last = new(0, 0xFFFF_FFFF_FFFFUL);

    private static readonly SearchValues<char> IPv6Characters = SearchValues.Create("0123456789abcdefABCDEF:.");

    /// <summary>Creates an address from its 128-bit value (IPv4 in the mapped block).</summary>
    public IpAddress(UInt128 value) => Value = value;

    /// <summary>The 128-bit value.</summary>
    public UInt128 Value { get; }

    /// <summary>Whether this is an IPv4 address.</summary>
    public bool IsIPv4 => Value >= IPv4Base && Value <= IPv4Last;

    /// <summary>The IPv4 address as a 32-bit number.</summary>
    /// <exception cref="InvalidOperationException">When the address is not IPv4.</exception>
    public uint IPv4Value => IsIPv4 ? (uint)(Value - IPv4Base) : throw new InvalidOperationException($"{this} is not an IPv4 address.");

    /// <summary>The IPv4 address with the given 32-bit value.</summary>
    public static IpAddress FromIPv4(uint value) => new(IPv4Base + value);

    /// <summary>The IPv4 address <c>a.b.c.d</c>.</summary>
    public static IpAddress FromIPv4(byte a, byte b, byte c, byte d) => FromIPv4(((uint)a << 24) | ((uint)b << 16) | ((uint)c << 8) | d);

    /// <summary>Parses dotted-quad IPv4 or standard IPv6 text.</summary>
    /// <remarks>
    /// IPv4 is four decimal octets of one to three digits, each at most 255, without leading zeros (which other
    /// parsers read as octal), signs or spaces. IPv6 is the text of RFC 4291 (hexadecimal groups, <c>::</c>, a
    /// dotted-quad tail) and nothing else: no brackets, port, zone (<c>%eth0</c>) or spaces, which a general parser
    /// would accept and drop. IPv4-mapped text (<c>::ffff:10.0.0.1</c>) is the IPv4 address it maps.
    /// </remarks>
    public static bool TryParse(ReadOnlySpan<char> text, out IpAddress address)
    {
        if (TryParseIPv4(text, out var v4))
        {
            address = FromIPv4(v4);
            return true;
        }

        if (text.Contains(':') && !text.ContainsAnyExcept(IPv6Characters) && IPAddress.TryParse(text, out var parsed) && parsed.AddressFamily == AddressFamily.InterNetworkV6)
        {
            Span<byte> bytes = stackalloc byte[16];
            parsed.TryWriteBytes(bytes, out _);
            address = new IpAddress(BinaryPrimitives.ReadUInt128BigEndian(bytes));
            return true;
        }

        address = default;
        return false;
    }

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out IpAddress)"/>
    public static bool TryParse(string? text, out IpAddress address) => TryParse(text.AsSpan(), out address);

    /// <summary>Parses an address.</summary>
    /// <exception cref="FormatException">When the text is not an address.</exception>
    public static IpAddress Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var address) ? address : throw new FormatException($"'{text}' is not an IP address.");

    /// <inheritdoc />
    public static IpAddress Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan());

    /// <inheritdoc />
    public static bool TryParse(string? s, IFormatProvider? provider, out IpAddress result) => TryParse(s.AsSpan(), out result);

    /// <inheritdoc />
    public static IpAddress Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out IpAddress result) => TryParse(s, out result);

    /// <inheritdoc />
    public int CompareTo(IpAddress other) => Value.CompareTo(other.Value);

    /// <summary>Orders by numeric value.</summary>
    public static bool operator <(IpAddress left, IpAddress right) => left.Value < right.Value;

    /// <summary>Orders by numeric value.</summary>
    public static bool operator >(IpAddress left, IpAddress right) => left.Value > right.Value;

    /// <summary>Orders by numeric value.</summary>
    public static bool operator <=(IpAddress left, IpAddress right) => left.Value <= right.Value;

    /// <summary>Orders by numeric value.</summary>
    public static bool operator >=(IpAddress left, IpAddress right) => left.Value >= right.Value;

    /// <summary>Dotted quad for IPv4, RFC 5952 text for IPv6.</summary>
    public override string ToString() => ToString(null, null);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[48];
        return TryFormat(buffer, out var written, default, null) ? new string(buffer[..written]) : Value.ToString(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (IsIPv4)
        {
            var v = IPv4Value;
            return destination.TryWrite(CultureInfo.InvariantCulture, $"{v >> 24}.{(v >> 16) & 0xFF}.{(v >> 8) & 0xFF}.{v & 0xFF}", out charsWritten);
        }

        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, Value);
        return new IPAddress(bytes).TryFormat(destination, out charsWritten);
    }

    private static bool TryParseIPv4(ReadOnlySpan<char> text, out uint value)
    {
        value = 0;
        var octets = 0;
        var i = 0;
        while (octets < 4)
        {
            var start = i;
            uint octet = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < 3)
            {
                octet = (octet * 10) + (uint)(text[i] - '0');
                i++;
            }

            // One to three digits, no leading zeros (they read as octal elsewhere), at most 255.
            if (i == start || octet > 255 || (i - start > 1 && text[start] == '0'))
            {
                return false;
            }

            value = (value << 8) | octet;
            octets++;
            if (octets < 4)
            {
                if (i >= text.Length || text[i] != '.')
                {
                    return false;
                }

                i++;
            }
        }

        return i == text.Length;
    }
}
