using Portcullis.Core.Sets;

namespace Portcullis.Core.Model;

/// <summary>
/// A rule's <c>protocol</c> as the API wrote it (<c>tcp</c>, <c>all</c>, <c>icmp_tcp_udp</c>, <c>any</c>,
/// <c>number_47</c>, <c>gre</c> ...), with the IP protocol numbers it stands for.
/// </summary>
/// <param name="Name">The value as written, kept for printing and for names the engine does not know.</param>
/// <param name="Numbers">The IP protocol numbers it means; empty when <see cref="IsKnown"/> is false.</param>
/// <param name="IsKnown">Whether the engine knows the name. An unknown name matches nothing and is reported.</param>
public sealed record RuleProtocol(string Name, IntervalSet<int> Numbers, bool IsKnown)
{
    private static readonly IntervalSet<int> IcmpTcpUdpNumbers = IntervalSet<int>.Of(
        new Interval<int>(IpProtocols.Icmp, IpProtocols.Icmp),
        new Interval<int>(IpProtocols.Tcp, IpProtocols.Tcp),
        new Interval<int>(IpProtocols.Udp, IpProtocols.Udp));

    /// <summary>Whether the protocol is exactly TCP or UDP (rules then carry ports).</summary>
    public bool HasPorts => Numbers == IntervalSet<int>.Single(IpProtocols.Tcp) || Numbers == IntervalSet<int>.Single(IpProtocols.Udp);

    /// <summary>Whether the protocol is exactly ICMP (rules then carry type and code).</summary>
    public bool IsIcmp => Numbers == IntervalSet<int>.Single(IpProtocols.Icmp);

    /// <summary>
    /// Reads an API protocol name: the old <c>all</c> and the new <c>icmp_tcp_udp</c> mean ICMP, TCP and UDP;
    /// <c>any</c> means every IP protocol; <c>number_N</c> means protocol N; named protocols their numbers.
    /// Unknown names give an unknown protocol rather than failing: the cloud adds protocols over time.
    /// </summary>
    public static RuleProtocol FromApiName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lower = name.ToLowerInvariant();
        IntervalSet<int>? numbers = lower switch
        {
            "all" or "icmp_tcp_udp" => IcmpTcpUdpNumbers,
            "any" => IntervalSet<int>.Range(0, IpProtocols.Max),
            "tcp" => IntervalSet<int>.Single(IpProtocols.Tcp),
            "udp" => IntervalSet<int>.Single(IpProtocols.Udp),
            "icmp" => IntervalSet<int>.Single(IpProtocols.Icmp),
            "ah" => IntervalSet<int>.Single(IpProtocols.Ah),
            "esp" => IntervalSet<int>.Single(IpProtocols.Esp),
            "gre" => IntervalSet<int>.Single(IpProtocols.Gre),
            "ip_in_ip" => IntervalSet<int>.Single(IpProtocols.IpInIp),
            "l2tp" => IntervalSet<int>.Single(IpProtocols.L2tp),
            "rsvp" => IntervalSet<int>.Single(IpProtocols.Rsvp),
            "sctp" => IntervalSet<int>.Single(IpProtocols.Sctp),
            "vrrp" => IntervalSet<int>.Single(IpProtocols.Vrrp),
            _ when lower.StartsWith("number_", StringComparison.Ordinal) && int.TryParse(lower.AsSpan(7), out var n) && n is >= 0 and <= IpProtocols.Max
                => IntervalSet<int>.Single(n),
            _ => null,
        };
        return numbers is { } known ? new RuleProtocol(name, known, true) : new RuleProtocol(name, IntervalSet<int>.Empty, false);
    }
}
