namespace Portcullis.Core.Sets;

/// <summary>
/// An exact, immutable set of packet headers beyond addresses: TCP and UDP as (source port × destination port),
/// ICMP as (type × code), and every other IP protocol number as a whole.
/// </summary>
/// <remarks>
/// Ports range over 1-65535, ICMP types over 0-254 and codes over 0-255, protocol numbers over 0-255. The
/// representation is canonical, so equal sets are <see cref="Equals(ConnectionSet?)"/> and print the same.
/// </remarks>
public sealed partial class ConnectionSet : IEquatable<ConnectionSet>
{
    /// <summary>The smallest TCP/UDP port.</summary>
    public const int MinPort = 1;

    /// <summary>The largest TCP/UDP port.</summary>
    public const int MaxPort = 65535;

    /// <summary>The largest ICMP type.</summary>
    public const int MaxIcmpType = 254;

    /// <summary>The largest ICMP code.</summary>
    public const int MaxIcmpCode = 255;

    private static readonly IntervalSet<int> AllPorts = IntervalSet<int>.Range(MinPort, MaxPort);
    private static readonly IntervalSet<int> AllIcmpTypes = IntervalSet<int>.Range(0, MaxIcmpType);
    private static readonly IntervalSet<int> AllIcmpCodes = IntervalSet<int>.Range(0, MaxIcmpCode);
    private static readonly ProductSet AllPortPairs = ProductSet.Of(AllPorts, AllPorts);
    private static readonly ProductSet AllIcmp = ProductSet.Of(AllIcmpTypes, AllIcmpCodes);

    /// <summary>The protocol numbers that have dimensions of their own and so are never in <see cref="OtherProtocols"/>.</summary>
    private static readonly IntervalSet<int> StructuredProtocols = IntervalSet<int>.Of(
        new Interval<int>(IpProtocols.Icmp, IpProtocols.Icmp),
        new Interval<int>(IpProtocols.Tcp, IpProtocols.Tcp),
        new Interval<int>(IpProtocols.Udp, IpProtocols.Udp));

    private static readonly IntervalSet<int> AllOtherProtocols = IntervalSet<int>.Range(0, IpProtocols.Max).Except(StructuredProtocols);

    private readonly int _hash;

    private ConnectionSet(ProductSet tcp, ProductSet udp, ProductSet icmp, IntervalSet<int> otherProtocols)
    {
        Tcp = tcp;
        Udp = udp;
        Icmp = icmp;
        OtherProtocols = otherProtocols;
        _hash = HashCode.Combine(tcp, udp, icmp, otherProtocols);
    }

    /// <summary>No packet at all.</summary>
    public static ConnectionSet None { get; } = new(ProductSet.Empty, ProductSet.Empty, ProductSet.Empty, IntervalSet<int>.Empty);

    /// <summary>Every packet of every IP protocol (the API's <c>any</c>).</summary>
    public static ConnectionSet All { get; } = new(AllPortPairs, AllPortPairs, AllIcmp, AllOtherProtocols);

    /// <summary>Every ICMP, TCP and UDP packet (the API's <c>icmp_tcp_udp</c>, formerly <c>all</c>).</summary>
    public static ConnectionSet AllIcmpTcpUdp { get; } = new(AllPortPairs, AllPortPairs, AllIcmp, IntervalSet<int>.Empty);

    /// <summary>Every TCP packet.</summary>
    public static ConnectionSet AllTcp { get; } = new(AllPortPairs, ProductSet.Empty, ProductSet.Empty, IntervalSet<int>.Empty);

    /// <summary>The TCP (source port, destination port) pairs.</summary>
    public ProductSet Tcp { get; }

    /// <summary>The UDP (source port, destination port) pairs.</summary>
    public ProductSet Udp { get; }

    /// <summary>The ICMP (type, code) pairs.</summary>
    public ProductSet Icmp { get; }

    /// <summary>Protocol numbers other than ICMP, TCP and UDP, each included whole.</summary>
    public IntervalSet<int> OtherProtocols { get; }

    /// <summary>Whether the set holds no packet.</summary>
    public bool IsEmpty => Tcp.IsEmpty && Udp.IsEmpty && Icmp.IsEmpty && OtherProtocols.IsEmpty;

    /// <summary>Whether the set holds every packet of every protocol.</summary>
    public bool IsAll => Equals(All);

    /// <summary>TCP or UDP packets with the given port sets (clipped to 1-65535).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="protocol"/> is neither TCP nor UDP.</exception>
    public static ConnectionSet Ports(int protocol, IntervalSet<int> sourcePorts, IntervalSet<int> destinationPorts)
    {
        var pairs = ProductSet.Of(sourcePorts.Intersect(AllPorts), destinationPorts.Intersect(AllPorts));
        return protocol switch
        {
            IpProtocols.Tcp => Create(pairs, ProductSet.Empty, ProductSet.Empty, IntervalSet<int>.Empty),
            IpProtocols.Udp => Create(ProductSet.Empty, pairs, ProductSet.Empty, IntervalSet<int>.Empty),
            _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "Only TCP and UDP have ports."),
        };
    }

    /// <summary>TCP or UDP packets with ports in the given inclusive ranges.</summary>
    public static ConnectionSet Ports(int protocol, int sourceMin, int sourceMax, int destinationMin, int destinationMax)
    {
        ThrowIfBadRange(sourceMin, sourceMax, MinPort, MaxPort, "source port");
        ThrowIfBadRange(destinationMin, destinationMax, MinPort, MaxPort, "destination port");
        return Ports(protocol, IntervalSet<int>.Range(sourceMin, sourceMax), IntervalSet<int>.Range(destinationMin, destinationMax));
    }

    /// <summary>ICMP packets of the given type and code; <see langword="null"/> means all.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a value is out of range.</exception>
    public static ConnectionSet IcmpOf(int? type, int? code)
    {
        if (type is < 0 or > MaxIcmpType)
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, $"ICMP type must be 0-{MaxIcmpType}.");
        }

        if (code is < 0 or > MaxIcmpCode)
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, $"ICMP code must be 0-{MaxIcmpCode}.");
        }

        var types = type is { } t ? IntervalSet<int>.Single(t) : AllIcmpTypes;
        var codes = code is { } c ? IntervalSet<int>.Single(c) : AllIcmpCodes;
        return IcmpOf(types, codes);
    }

    /// <summary>ICMP packets with type and code in the given sets (clipped to their ranges).</summary>
    public static ConnectionSet IcmpOf(IntervalSet<int> types, IntervalSet<int> codes) =>
        Create(ProductSet.Empty, ProductSet.Empty, ProductSet.Of(types.Intersect(AllIcmpTypes), codes.Intersect(AllIcmpCodes)), IntervalSet<int>.Empty);

    /// <summary>Every packet of one IP protocol.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="protocol"/> is not 0-255.</exception>
    public static ConnectionSet Protocol(int protocol) => protocol switch
    {
        IpProtocols.Tcp => AllTcp,
        IpProtocols.Udp => Create(ProductSet.Empty, AllPortPairs, ProductSet.Empty, IntervalSet<int>.Empty),
        IpProtocols.Icmp => Create(ProductSet.Empty, ProductSet.Empty, AllIcmp, IntervalSet<int>.Empty),
        >= 0 and <= IpProtocols.Max => Create(ProductSet.Empty, ProductSet.Empty, ProductSet.Empty, IntervalSet<int>.Single(protocol)),
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "IP protocol numbers are 0-255."),
    };

    /// <summary>Every packet of the given protocol numbers.</summary>
    public static ConnectionSet Protocols(IntervalSet<int> protocols)
    {
        var clipped = protocols.Intersect(IntervalSet<int>.Range(0, IpProtocols.Max));
        return Create(
            clipped.Contains(IpProtocols.Tcp) ? AllPortPairs : ProductSet.Empty,
            clipped.Contains(IpProtocols.Udp) ? AllPortPairs : ProductSet.Empty,
            clipped.Contains(IpProtocols.Icmp) ? AllIcmp : ProductSet.Empty,
            clipped.Except(StructuredProtocols));
    }

    /// <summary>The packets in either set.</summary>
    public ConnectionSet Union(ConnectionSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(this, other) || other.IsEmpty || ReferenceEquals(this, All))
        {
            return this;
        }

        if (IsEmpty || ReferenceEquals(other, All))
        {
            return other;
        }

        return Create(Tcp.Union(other.Tcp), Udp.Union(other.Udp), Icmp.Union(other.Icmp), OtherProtocols.Union(other.OtherProtocols));
    }

    /// <summary>The packets in both sets.</summary>
    public ConnectionSet Intersect(ConnectionSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(this, other) || ReferenceEquals(other, All) || IsEmpty)
        {
            return this;
        }

        if (ReferenceEquals(this, All) || other.IsEmpty)
        {
            return other;
        }

        return Create(Tcp.Intersect(other.Tcp), Udp.Intersect(other.Udp), Icmp.Intersect(other.Icmp), OtherProtocols.Intersect(other.OtherProtocols));
    }

    /// <summary>The packets of this set that are not in <paramref name="other"/>.</summary>
    public ConnectionSet Except(ConnectionSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(this, other) || ReferenceEquals(other, All))
        {
            return None;
        }

        if (IsEmpty || other.IsEmpty)
        {
            return this;
        }

        return Create(Tcp.Except(other.Tcp), Udp.Except(other.Udp), Icmp.Except(other.Icmp), OtherProtocols.Except(other.OtherProtocols));
    }

    /// <summary>Every packet not in this set.</summary>
    public ConnectionSet Complement() => All.Except(this);

    /// <summary>Whether every packet of this set is in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(ConnectionSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ReferenceEquals(this, other) || ReferenceEquals(other, All) || Except(other).IsEmpty;
    }

    /// <summary>Whether the two sets share a packet.</summary>
    public bool Overlaps(ConnectionSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return !Intersect(other).IsEmpty;
    }

    /// <summary>
    /// The same set with TCP and UDP source and destination ports exchanged: the packets a reply sends. ICMP and
    /// other protocols are unchanged.
    /// </summary>
    public ConnectionSet SwapPorts() => Create(Tcp.Transpose(), Udp.Transpose(), Icmp, OtherProtocols);

    /// <summary>Only the TCP part of this set.</summary>
    public ConnectionSet TcpOnly() => Tcp.IsEmpty ? None : Create(Tcp, ProductSet.Empty, ProductSet.Empty, IntervalSet<int>.Empty);

    /// <summary>The set restricted to the given protocols.</summary>
    public ConnectionSet Restrict(IntervalSet<int> protocols) => Intersect(Protocols(protocols));

    /// <summary>Whether the set holds a TCP or UDP packet with these ports.</summary>
    public bool ContainsPorts(int protocol, int sourcePort, int destinationPort) => protocol switch
    {
        IpProtocols.Tcp => Tcp.Contains(sourcePort, destinationPort),
        IpProtocols.Udp => Udp.Contains(sourcePort, destinationPort),
        _ => false,
    };

    /// <summary>Whether the set holds an ICMP packet of this type and code.</summary>
    public bool ContainsIcmp(int type, int code) => Icmp.Contains(type, code);

    /// <summary>Whether the set holds packets of the protocol number (any of them, for TCP, UDP and ICMP).</summary>
    public bool ContainsProtocol(int protocol) => protocol switch
    {
        IpProtocols.Tcp => !Tcp.IsEmpty,
        IpProtocols.Udp => !Udp.IsEmpty,
        IpProtocols.Icmp => !Icmp.IsEmpty,
        _ => OtherProtocols.Contains(protocol),
    };

    /// <summary>The protocol numbers with at least one packet in the set.</summary>
    public IntervalSet<int> ProtocolNumbers()
    {
        var numbers = OtherProtocols;
        foreach (var (present, number) in new[] { (!Tcp.IsEmpty, IpProtocols.Tcp), (!Udp.IsEmpty, IpProtocols.Udp), (!Icmp.IsEmpty, IpProtocols.Icmp) })
        {
            if (present)
            {
                numbers = numbers.Union(IntervalSet<int>.Single(number));
            }
        }

        return numbers;
    }

    /// <summary>Whether the TCP or UDP pairs are every port pair.</summary>
    public static bool IsAllPorts(ProductSet pairs) => pairs.Equals(AllPortPairs);

    /// <summary>Whether the ICMP pairs are every type and code.</summary>
    public static bool IsAllIcmp(ProductSet pairs) => pairs.Equals(AllIcmp);

    /// <inheritdoc />
    public bool Equals(ConnectionSet? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (_hash == other._hash && Tcp.Equals(other.Tcp) && Udp.Equals(other.Udp) && Icmp.Equals(other.Icmp) && OtherProtocols.Equals(other.OtherProtocols)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConnectionSet);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <summary>Set equality.</summary>
    public static bool operator ==(ConnectionSet? left, ConnectionSet? right) => left?.Equals(right) ?? right is null;

    /// <summary>Set inequality.</summary>
    public static bool operator !=(ConnectionSet? left, ConnectionSet? right) => !(left == right);

    // Returns the shared instances for the common results so reference checks short-cut later operations.
    private static ConnectionSet Create(ProductSet tcp, ProductSet udp, ProductSet icmp, IntervalSet<int> others)
    {
        if (tcp.IsEmpty && udp.IsEmpty && icmp.IsEmpty && others.IsEmpty)
        {
            return None;
        }

        var candidate = new ConnectionSet(tcp, udp, icmp, others);
        if (candidate.Equals(All))
        {
            return All;
        }

        return candidate.Equals(AllIcmpTcpUdp) ? AllIcmpTcpUdp : candidate;
    }

    private static void ThrowIfBadRange(int min, int max, int lowest, int highest, string what)
    {
        if (min < lowest || max > highest || min > max)
        {
            throw new ArgumentOutOfRangeException(what, $"The {what} range {min}-{max} is not within {lowest}-{highest}.");
        }
    }
}
