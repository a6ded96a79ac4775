using System.Collections.Frozen;

namespace Portcullis.Core.Sets;

/// <summary>IANA IP protocol numbers that the engine and its printing treat by name.</summary>
public static class IpProtocols
{
    /// <summary>ICMP (1).</summary>
    public const int Icmp = 1;

    /// <summary>IP-in-IP encapsulation (4).</summary>
    public const int IpInIp = 4;

    /// <summary>TCP (6).</summary>
    public const int Tcp = 6;

    /// <summary>UDP (17).</summary>
    public const int Udp = 17;

    /// <summary>RSVP (46).</summary>
    public const int Rsvp = 46;

    /// <summary>GRE (47).</summary>
    public const int Gre = 47;

    /// <summary>IPsec ESP (50).</summary>
    public const int Esp = 50;

    /// <summary>IPsec AH (51).</summary>
    public const int Ah = 51;

    /// <summary>VRRP (112).</summary>
    public const int Vrrp = 112;

    /// <summary>L2TP (115).</summary>
    public const int L2tp = 115;

    /// <summary>SCTP (132).</summary>
    public const int Sctp = 132;

    /// <summary>ICMP for IPv6 (58). Unnamed in <see cref="Name"/>, so that a whole protocol 58 prints as it always did.</summary>
    public const int IcmpV6 = 58;

    /// <summary>The largest protocol number.</summary>
    public const int Max = 255;

    private static readonly FrozenDictionary<int, string> NamesByNumber = new Dictionary<int, string>
    {
        [Icmp] = "ICMP",
        [IpInIp] = "IP-IN-IP",
        [Tcp] = "TCP",
        [Udp] = "UDP",
        [Rsvp] = "RSVP",
        [Gre] = "GRE",
        [Esp] = "ESP",
        [Ah] = "AH",
        [Vrrp] = "VRRP",
        [L2tp] = "L2TP",
        [Sctp] = "SCTP",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, int> NumbersByName =
        NamesByNumber.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The display name of a protocol: <c>TCP</c>, <c>GRE</c>, or the number for unnamed ones (<c>253</c>).</summary>
    public static string Name(int protocol) => NamesByNumber.TryGetValue(protocol, out var name) ? name : protocol.ToString();

    /// <summary>Parses a display name or a number (0-255).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int protocol)
    {
        if (int.TryParse(text, out protocol))
        {
            return protocol is >= 0 and <= Max;
        }

        return NumbersByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out protocol);
    }
}
