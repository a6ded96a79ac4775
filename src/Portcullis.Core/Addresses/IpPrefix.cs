using System.Globalization;

namespace Portcullis.Core.Addresses;

/// <summary>A CIDR block such as <c>10.240.0.0/24</c> (IPv4) or <c>fd00::/8</c> (IPv6).</summary>
/// <remarks>
/// <c>default</c> is deliberately not <c>0.0.0.0/0</c> (in a firewall that would be a hole): it is "no prefix",
/// <see cref="IsDefault"/> is true, it holds no address, and asking for its bounds throws.
/// </remarks>
public readonly record struct IpPrefix : ISpanParsable<IpPrefix>, ISpanFormattable
{
    private readonly IpAddress _network;
    private readonly byte _lengthPlusOne;

    /// <summary>Creates the prefix of <paramref name="length"/> bits containing <paramref name="address"/> (host bits are cleared).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the length exceeds the family's bits.</exception>
    public IpPrefix(IpAddress address, int length)
    {
        var bits = address.IsIPv4 ? 32 : 128;
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, bits);
        var hostBits = bits - length;
        var mask = hostBits == 128 ? UInt128.MaxValue : (UInt128.One << hostBits) - UInt128.One;
        var start = address.IsIPv4 ? IpAddress.IPv4Base + ((address.Value - IpAddress.IPv4Base) & ~mask) : address.Value & ~mask;
        _network = new IpAddress(start);
        _lengthPlusOne = (byte)(length + 1);
    }

    /// <summary>The whole IPv4 space, <c>0.0.0.0/0</c>.</summary>
    public static IpPrefix AllIPv4 { get; } = new(IpAddress.FromIPv4(0), 0);

    /// <summary>Whether this is the uninitialised <c>default</c> value, which holds no address.</summary>
    public bool IsDefault => _lengthPlusOne == 0;

    /// <summary>The prefix length in bits.</summary>
    public int Length => _lengthPlusOne - 1;

    /// <summary>Whether this is an IPv4 block.</summary>
    public bool IsIPv4 => !IsDefault && _network.IsIPv4;

    /// <summary>The first address of the block.</summary>
    public IpAddress First => IsDefault ? throw new InvalidOperationException("The default prefix holds no address.") : _network;

    /// <summary>The last address of the block.</summary>
    public IpAddress Last
    {
        get
        {
            var hostBits = (IsIPv4 ? 32 : 128) - Length;
            var mask = hostBits == 128 ? UInt128.MaxValue : (UInt128.One << hostBits) - UInt128.One;
            return new IpAddress(First.Value | mask);
        }
    }

    /// <summary>Whether the block holds <paramref name="address"/>.</summary>
    public bool Contains(IpAddress address) => !IsDefault && address >= _network && address <= Last;

    /// <summary>The block as an address set (empty for <c>default</c>).</summary>
    public IpAddressSet ToAddressSet() => IsDefault ? IpAddressSet.Empty : IpAddressSet.Range(First, Last);

    /// <summary>Parses <c>address/length</c>, or a bare address as a host prefix (/32 or /128). Host bits are cleared.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out IpPrefix prefix)
    {
        prefix = default;
        var slash = text.IndexOf('/');
        var addressText = slash < 0 ? text : text[..slash];
        if (!IpAddress.TryParse(addressText, out var address))
        {
            return false;
        }

        var bits = address.IsIPv4 ? 32 : 128;
        var length = bits;
        if (slash >= 0)
        {
            var lengthText = text[(slash + 1)..];
            if (lengthText.IsEmpty || lengthText.Length > 3 || !int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out length) || length > bits)
            {
                return false;
            }
        }

        prefix = new IpPrefix(address, length);
        return true;
    }

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out IpPrefix)"/>
    public static bool TryParse(string? text, out IpPrefix prefix) => TryParse(text.AsSpan(), out prefix);

    /// <summary>Parses a prefix.</summary>
    /// <exception cref="FormatException">When the text is not a CIDR block or address.</exception>
    public static IpPrefix Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var prefix) ? prefix : throw new FormatException($"'{text}' is not a CIDR block.");

    /// <inheritdoc />
    public static IpPrefix Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan());

    /// <inheritdoc />
    public static bool TryParse(string? s, IFormatProvider? provider, out IpPrefix result) => TryParse(s.AsSpan(), out result);

    /// <inheritdoc />
    public static IpPrefix Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out IpPrefix result) => TryParse(s, out result);

    /// <summary><c>10.240.0.0/24</c>; <c>(none)</c> for the default value.</summary>
    public override string ToString() => IsDefault ? "(none)" : $"{_network}/{Length}";

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IsDefault
            ? destination.TryWrite(CultureInfo.InvariantCulture, $"(none)", out charsWritten)
            : destination.TryWrite(CultureInfo.InvariantCulture, $"{_network}/{Length}", out charsWritten);
}
