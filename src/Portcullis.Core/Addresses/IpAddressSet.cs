using System.Text;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Addresses;

/// <summary>An exact, immutable set of IP addresses held as canonical intervals.</summary>
/// <remarks><c>default</c> is the empty set. IPv4 and IPv6 addresses live in disjoint parts of one 128-bit space.</remarks>
public readonly struct IpAddressSet : IEquatable<IpAddressSet>
{
    private readonly IntervalSet<UInt128> _set;

    private IpAddressSet(IntervalSet<UInt128> set) => _set = set;

    /// <summary>The empty set.</summary>
    public static IpAddressSet Empty => default;

    /// <summary>Every IPv4 address, <c>0.0.0.0/0</c>.</summary>
    public static IpAddressSet AllIPv4 { get; } = new(IntervalSet<UInt128>.Range(IpAddress.IPv4Base, IpAddress.IPv4Last));

    /// <summary>The addresses from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="last"/> is below <paramref name="first"/>.</exception>
    public static IpAddressSet Range(IpAddress first, IpAddress last) => new(IntervalSet<UInt128>.Range(first.Value, last.Value));

    /// <summary>One address.</summary>
    public static IpAddressSet Single(IpAddress address) => new(IntervalSet<UInt128>.Single(address.Value));

    /// <summary>The union of the given blocks.</summary>
    public static IpAddressSet Of(IEnumerable<IpPrefix> prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        return new IpAddressSet(IntervalSet<UInt128>.Of(prefixes.Where(p => !p.IsDefault).Select(p => new Interval<UInt128>(p.First.Value, p.Last.Value))));
    }

    /// <summary>The union of the given ranges, in any order, overlapping or not.</summary>
    public static IpAddressSet OfRanges(IEnumerable<(IpAddress First, IpAddress Last)> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        return new IpAddressSet(IntervalSet<UInt128>.Of(ranges.Select(r => new Interval<UInt128>(r.First.Value, r.Last.Value))));
    }

    /// <summary>The union of the given blocks.</summary>
    public static IpAddressSet Of(params ReadOnlySpan<IpPrefix> prefixes)
    {
        var intervals = new List<Interval<UInt128>>(prefixes.Length);
        foreach (var prefix in prefixes)
        {
            if (!prefix.IsDefault)
            {
                intervals.Add(new Interval<UInt128>(prefix.First.Value, prefix.Last.Value));
            }
        }

        return new IpAddressSet(IntervalSet<UInt128>.Of(intervals));
    }

    /// <summary>Whether the set has no address.</summary>
    public bool IsEmpty => _set.IsEmpty;

    /// <summary>The number of addresses (exact up to 2^53).</summary>
    public double Count => _set.Count;

    /// <summary>The smallest address.</summary>
    public IpAddress First => new(_set.Min);

    /// <summary>The largest address.</summary>
    public IpAddress Last => new(_set.Max);

    /// <summary>The maximal ranges of consecutive addresses, ascending.</summary>
    public IEnumerable<(IpAddress First, IpAddress Last)> Ranges => _set.Select(i => (new IpAddress(i.Start), new IpAddress(i.End)));

    /// <summary>The number of maximal ranges.</summary>
    public int RangeCount => _set.IntervalCount;

    /// <summary>Whether <paramref name="address"/> is a member.</summary>
    public bool Contains(IpAddress address) => _set.Contains(address.Value);

    /// <summary>Whether the whole block is in the set.</summary>
    public bool Contains(IpPrefix prefix) => !prefix.IsDefault && _set.Contains(new Interval<UInt128>(prefix.First.Value, prefix.Last.Value));

    /// <summary>The addresses in either set.</summary>
    public IpAddressSet Union(IpAddressSet other) => new(_set.Union(other._set));

    /// <summary>The addresses in both sets.</summary>
    public IpAddressSet Intersect(IpAddressSet other) => new(_set.Intersect(other._set));

    /// <summary>The addresses of this set not in <paramref name="other"/>.</summary>
    public IpAddressSet Except(IpAddressSet other) => new(_set.Except(other._set));

    /// <summary>Whether every address of this set is in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(IpAddressSet other) => _set.IsSubsetOf(other._set);

    /// <summary>Whether the sets share an address.</summary>
    public bool Overlaps(IpAddressSet other) => _set.Overlaps(other._set);

    /// <summary>The fewest CIDR blocks whose union is exactly this set, ascending.</summary>
    public IReadOnlyList<IpPrefix> ToPrefixes()
    {
        var prefixes = new List<IpPrefix>();
        foreach (var (first, last) in Ranges)
        {
            foreach (var (start, end) in SplitByFamily(first.Value, last.Value))
            {
                AppendPrefixes(start, end, prefixes);
            }
        }

        return prefixes;
    }

    /// <summary>Comma-separated CIDR blocks: <c>10.240.10.0/24,10.240.20.0/23</c>.</summary>
    public string ToCidrString() => string.Join(',', ToPrefixes());

    /// <summary>Comma-separated ranges: <c>0.0.0.0-10.240.19.255,10.240.31.0-255.255.255.255</c>; a single address prints alone.</summary>
    public string ToRangeString()
    {
        var builder = new StringBuilder();
        foreach (var (first, last) in Ranges)
        {
            if (builder.Length > 0)
            {
                builder.Append(',');
            }

            builder.Append(first.ToString());
            if (first != last)
            {
                builder.Append('-').Append(last.ToString());
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether every range of the set is a single CIDR block.</summary>
    public bool IsPrefixAligned => ToPrefixes().Count == RangeCount;

    /// <inheritdoc />
    public bool Equals(IpAddressSet other) => _set.Equals(other._set);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IpAddressSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _set.GetHashCode();

    /// <summary>Set equality.</summary>
    public static bool operator ==(IpAddressSet left, IpAddressSet right) => left.Equals(right);

    /// <summary>Set inequality.</summary>
    public static bool operator !=(IpAddressSet left, IpAddressSet right) => !left.Equals(right);

    /// <summary>The CIDR form, for example <c>10.240.10.0/24,10.240.20.4/32</c>.</summary>
    public override string ToString() => ToCidrString();

    private static IEnumerable<(UInt128 Start, UInt128 End)> SplitByFamily(UInt128 start, UInt128 end)
    {
        // IPv4 blocks are aligned inside the mapped /96, so a range crossing its edges is cut there first.
        foreach (var boundary in new[] { IpAddress.IPv4Base, IpAddress.IPv4Last + 1 })
        {
            if (boundary > start && boundary <= end)
            {
                yield return (start, boundary - 1);
                start = boundary;
            }
        }

        yield return (start, end);
    }

    private static void AppendPrefixes(UInt128 start, UInt128 end, List<IpPrefix> prefixes)
    {
        var isV4 = start >= IpAddress.IPv4Base && end <= IpAddress.IPv4Last;
        var familyBits = isV4 ? 32 : 128;
        while (true)
        {
            // The largest aligned block starting at `start` that does not pass `end`.
            var alignment = start == 0 ? familyBits : Math.Min((int)UInt128.TrailingZeroCount(start), familyBits);
            var span = end - start;
            var fitting = span == UInt128.MaxValue ? 128 : 127 - (int)UInt128.LeadingZeroCount(span + 1);
            var hostBits = Math.Min(alignment, Math.Min(fitting, familyBits));
            prefixes.Add(new IpPrefix(new IpAddress(start), familyBits - hostBits));
            var size = hostBits == 128 ? UInt128.MaxValue : (UInt128.One << hostBits) - 1;
            if (end - start <= size)
            {
                return;
            }

            start += size + 1;
        }
    }
}
