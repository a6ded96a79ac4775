using System.Collections.Immutable;
using Portcullis.Core.Sets;

namespace Portcullis.Cluster.Fix;

/// <summary>
/// One rule's protocol part as the VPC API writes it: a protocol name and, for TCP/UDP, port ranges, for ICMP a
/// type and code. A connection set decomposes into the fewest such shapes this class finds.
/// </summary>
/// <param name="Protocol">The API protocol name: <c>tcp</c>, <c>udp</c>, <c>icmp</c>, <c>icmp_tcp_udp</c>, <c>any</c>, <c>gre</c>, <c>number_N</c> ...</param>
/// <param name="PortMin">The lowest destination port (TCP/UDP), or <see langword="null"/> for all.</param>
/// <param name="PortMax">The highest destination port.</param>
/// <param name="SourcePortMin">The lowest source port (ACL rules only), or <see langword="null"/> for all.</param>
/// <param name="SourcePortMax">The highest source port.</param>
/// <param name="IcmpType">The ICMP type, or <see langword="null"/> for all.</param>
/// <param name="IcmpCode">The ICMP code, or <see langword="null"/> for all.</param>
public sealed record RuleShape(string Protocol, int? PortMin = null, int? PortMax = null, int? SourcePortMin = null, int? SourcePortMax = null, int? IcmpType = null, int? IcmpCode = null)
{
    /// <summary>Whether the protocol carries ports.</summary>
    public bool HasPorts => Protocol is "tcp" or "udp";

    /// <summary>The packets the shape matches.</summary>
    public ConnectionSet Connection => Protocol switch
    {
        "any" => ConnectionSet.All,
        "icmp_tcp_udp" => ConnectionSet.AllIcmpTcpUdp,
        "tcp" or "udp" => ConnectionSet.Ports(Protocol == "tcp" ? IpProtocols.Tcp : IpProtocols.Udp,
            SourcePortMin ?? ConnectionSet.MinPort, SourcePortMax ?? ConnectionSet.MaxPort, PortMin ?? ConnectionSet.MinPort, PortMax ?? ConnectionSet.MaxPort),
        "icmp" => ConnectionSet.IcmpOf(IcmpType, IcmpCode),
        _ => ConnectionSet.Protocol(NumberOf(Protocol)),
    };

    /// <summary>
    /// The shapes whose union is <paramref name="connection"/>; for security-group rules (no source ports) the
    /// union is the connection with every source port of its destination ports.
    /// </summary>
    /// <param name="connection">The packets.</param>
    /// <param name="sourcePorts">Whether rules can restrict source ports (ACL rules can, group rules cannot).</param>
    public static ImmutableArray<RuleShape> Of(ConnectionSet connection, bool sourcePorts)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.IsAll)
        {
            return [new RuleShape("any")];
        }

        var shapes = ImmutableArray.CreateBuilder<RuleShape>();
        var rest = connection;
        if (ConnectionSet.AllIcmpTcpUdp.IsSubsetOf(connection))
        {
            shapes.Add(new RuleShape("icmp_tcp_udp"));
            rest = connection.Except(ConnectionSet.AllIcmpTcpUdp);
        }

        foreach (var (name, pairs) in new[] { ("tcp", rest.Tcp), ("udp", rest.Udp) })
        {
            if (pairs.IsEmpty)
            {
                continue;
            }

            if (!sourcePorts)
            {
                var destinations = IntervalSet<int>.Empty;
                foreach (var part in pairs.Parts)
                {
                    destinations = destinations.Union(part.Second);
                }

                foreach (var range in destinations)
                {
                    shapes.Add(Ports(name, null, range));
                }

                continue;
            }

            foreach (var part in pairs.Parts)
            {
                foreach (var source in part.First)
                {
                    foreach (var destination in part.Second)
                    {
                        shapes.Add(Ports(name, source, destination));
                    }
                }
            }
        }

        if (!rest.Icmp.IsEmpty)
        {
            if (rest.Icmp.Equals(ConnectionSet.Protocol(IpProtocols.Icmp).Icmp))
            {
                shapes.Add(new RuleShape("icmp"));
            }
            else
            {
                foreach (var part in rest.Icmp.Parts)
                {
                    var allCodes = part.Second == IntervalSet<int>.Range(0, ConnectionSet.MaxIcmpCode);
                    foreach (var types in part.First)
                    {
                        for (var type = types.Start; type <= types.End; type++)
                        {
                            if (allCodes)
                            {
                                shapes.Add(new RuleShape("icmp", IcmpType: type));
                                continue;
                            }

                            foreach (var codes in part.Second)
                            {
                                for (var code = codes.Start; code <= codes.End; code++)
                                {
                                    shapes.Add(new RuleShape("icmp", IcmpType: type, IcmpCode: code));
                                }
                            }
                        }
                    }
                }
            }
        }

        foreach (var protocols in rest.OtherProtocols)
        {
            for (var number = protocols.Start; number <= protocols.End; number++)
            {
                shapes.Add(new RuleShape(NameOf(number)));
            }
        }

        return shapes.ToImmutable();
    }

    /// <summary>The API name of an IP protocol number (<c>gre</c>, <c>number_99</c>).</summary>
    public static string NameOf(int protocol) => protocol switch
    {
        IpProtocols.Icmp => "icmp",
        IpProtocols.Tcp => "tcp",
        IpProtocols.Udp => "udp",
        IpProtocols.IpInIp => "ip_in_ip",
        IpProtocols.Rsvp => "rsvp",
        IpProtocols.Gre => "gre",
        IpProtocols.Esp => "esp",
        IpProtocols.Ah => "ah",
        IpProtocols.Vrrp => "vrrp",
        IpProtocols.L2tp => "l2tp",
        IpProtocols.Sctp => "sctp",
        _ => $"number_{protocol}",
    };

    private static RuleShape Ports(string protocol, Interval<int>? source, Interval<int> destination)
    {
        static bool All(Interval<int> range) => range.Start == ConnectionSet.MinPort && range.End == ConnectionSet.MaxPort;
        var s = source is { } src && !All(src) ? src : (Interval<int>?)null;
        var d = All(destination) ? (Interval<int>?)null : destination;
        return new RuleShape(protocol, d?.Start, d?.End, s?.Start, s?.End);
    }

    private static int NumberOf(string protocol) => protocol switch
    {
        "ip_in_ip" => IpProtocols.IpInIp,
        "rsvp" => IpProtocols.Rsvp,
        "gre" => IpProtocols.Gre,
        "esp" => IpProtocols.Esp,
        "ah" => IpProtocols.Ah,
        "vrrp" => IpProtocols.Vrrp,
        "l2tp" => IpProtocols.L2tp,
        "sctp" => IpProtocols.Sctp,
        _ => int.Parse(protocol.AsSpan("number_".Length), System.Globalization.CultureInfo.InvariantCulture),
    };
}
