using System.Globalization;

namespace Portcullis.Core.Addresses;

/// <summary>A CIDR block such as <c>10.240.0.0/24</c> (IPv4) or <c>fd00::/8</c> (IPv6).</summary>
/// <remarks>
/// <para>
/// <c>default</c> is deliberately not <c>0.0.0.0/0</c> (in a firewall that would be a hole): it is "no prefix",
/// <see cref="IsDefault"/> is true, it holds no address (<see cref="Contains"/> is false, <see cref="ToAddressSet"/>
/// and <see cref="IpAddressSet.Of(ReadOnlySpan{IpPrefix})"/> give nothing), its <see cref="Length"/> is -1, it prints
/// as <c>(none)</c>, and asking for its bounds throws.
/// </para>
/// <para>
/// Host bits: a block always starts at its network address. Text whose address has bits set past the length
/// (<c>10.240.1.4/24</c>) is read as the block that holds the address (<c>10.240.1.0/24</c>), and the
/// <see cref="TryParse(ReadOnlySpan{char}, out IpPrefix, out bool)"/> overload says so. IBM Cloud's API rejects
/// such blocks; readers of user input accept them with a warning at their location (PC1012), never silently, since
/// the author may have meant another length.
/// </para>
/// <para>
/// IPv4 blocks live in the IPv4-mapped space <c>::ffff:0:0/96</c> (see <see cref="IpAddress"/>): IPv6 text inside it
/// (<c>::ffff:10.0.0.0/120</c>) is the IPv4 block it maps (<c>10.0.0.0/24</c>), and an IPv6 block that covers it
/// (<c>::/0</c>) holds every IPv4 address too, as it does on a dual-stack socket.
/// </para>
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
        var mask = HostMask(bits - length);
        var start = address.IsIPv4 ? IpAddress.IPv4Base + ((address.Value - IpAddress.IPv4Base) & ~mask) : address.Value & ~mask;
        _network = new IpAddress(start);
        _lengthPlusOne = (byte)(length + 1);
    }

    /// <summary>The whole IPv4 space, <c>0.0.0.0/0</c>.</summary>
    public static IpPrefix AllIPv4 { get; } = new(IpAddress.FromIPv4(0), 0);

    /// <summary>Whether this is the uninitialised <c>default</c> value, which holds no address.</summary>
    public bool IsDefault => _lengthPlusOne == 0;

    /// <summary>The prefix length in bits (counted in the family's own bits: 0-32 for IPv4); -1 for <c>default</c>.</summary>
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
            var first = First;
            return new IpAddress(first.Value | HostMask((IsIPv4 ? 32 : 128) - Length));
        }
    }

    /// <summary>Whether the block holds <paramref name="address"/>.</summary>
    public bool Contains(IpAddress address) => !IsDefault && address >= _network && address <= Last;

    /// <summary>The block as an address set (empty for <c>default</c>).</summary>
    public IpAddressSet ToAddressSet() => IsDefault ? IpAddressSet.Empty : IpAddressSet.Range(First, Last);

    /// <summary>
    /// Parses <c>address/length</c>, or a bare address as a host prefix (/32 or /128). Host bits are cleared: use
    /// <see cref="TryParse(ReadOnlySpan{char}, out IpPrefix, out bool)"/> to know whether there were any.
    /// </summary>
    /// <remarks>
    /// The address is as <see cref="IpAddress.TryParse(ReadOnlySpan{char}, out IpAddress)"/> reads it; the length is
    /// one to three ASCII digits (leading zeros allowed, as no one reads them as octal), at most 32 for IPv4 text and
    /// 128 for IPv6 text, with no sign or space.
    /// </remarks>
    public static bool TryParse(ReadOnlySpan<char> text, out IpPrefix prefix) => TryParse(text, out prefix, out _);

    /// <summary>Parses <c>address/length</c> like <see cref="TryParse(ReadOnlySpan{char}, out IpPrefix)"/>, saying whether the address had host bits set.</summary>
    /// <param name="text">The text.</param>
    /// <param name="prefix">The block that holds the address (its network address is the address with the host bits cleared).</param>
    /// <param name="hostBitsSet">Whether the address had bits set past the length, as in <c>10.240.1.4/24</c>.</param>
    /// <returns>Whether the text is a CIDR block or an address.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out IpPrefix prefix, out bool hostBitsSet)
    {
        prefix = default;
        hostBitsSet = false;
        var slash = text.IndexOf('/');
        var addressText = slash < 0 ? text : text[..slash];
        if (!IpAddress.TryParse(addressText, out var address))
        {
            return false;
        }

        // The length counts the bits of the text's family: IPv6 text of an IPv4-mapped address counts 128.
        var isIPv6Text = addressText.Contains(':');
        var bits = isIPv6Text ? 128 : 32;
        var length = bits;
        if (slash >= 0)
        {
            var lengthText = text[(slash + 1)..];
            if (lengthText.IsEmpty || lengthText.Length > 3 || !int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out length) || length > bits)
            {
                return false;
            }
        }

        var hostMask = HostMask(bits - length);
        var network = isIPv6Text ? address.Value & ~hostMask : IpAddress.IPv4Base + ((address.Value - IpAddress.IPv4Base) & ~hostMask);
        hostBitsSet = network != address.Value;
        var start = new IpAddress(network);
        prefix = start.IsIPv4 && isIPv6Text ? new IpPrefix(start, length - 96) : new IpPrefix(start, length);
        return true;
    }

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out IpPrefix, out bool)"/>
    public static bool TryParse(string? text, out IpPrefix prefix, out bool hostBitsSet) => TryParse(text.AsSpan(), out prefix, out hostBitsSet);

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

    // The low `hostBits` bits set.
    private static UInt128 HostMask(int hostBits) => hostBits == 128 ? UInt128.MaxValue : (UInt128.One << hostBits) - UInt128.One;
}
