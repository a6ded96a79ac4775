using System.Numerics;
using Portcullis.Core.Addresses;

namespace Portcullis.Cluster.Allowlist;

/// <summary>The CIDR arithmetic allowlists and fixes need: sizes to prefix lengths, fewest blocks, covers and supernets (IPv4).</summary>
public static class CidrMath
{
    /// <summary>The prefix length of a block of <paramref name="count"/> addresses: 16 addresses are a /28, 1 a /32, 2^32 a /0.</summary>
    /// <returns>Whether the count is a power of two from 1 to 2^32 (only those are one block).</returns>
    public static bool TryPrefixLength(long count, out int length)
    {
        length = 0;
        if (count <= 0 || count > (1L << 32) || !BitOperations.IsPow2(count))
        {
            return false;
        }

        length = 32 - BitOperations.Log2((ulong)count);
        return true;
    }

    /// <summary>The number of addresses in a block of the given IPv4 prefix length.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the length is not 0-32.</exception>
    public static long AddressCount(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 32);
        return 1L << (32 - length);
    }

    /// <summary>The fewest CIDR blocks whose union is exactly the union of <paramref name="prefixes"/>, ascending.</summary>
    public static IReadOnlyList<IpPrefix> Aggregate(IEnumerable<IpPrefix> prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        return IpAddressSet.Of(prefixes).ToPrefixes();
    }

    /// <summary>
    /// The fewest CIDR blocks that cover every address of <paramref name="required"/> and no address outside
    /// <paramref name="permitted"/> (which must contain <paramref name="required"/>): for a rule that may also
    /// match addresses it already allows, this is the smallest rule set.
    /// </summary>
    /// <exception cref="ArgumentException">When <paramref name="required"/> is not inside <paramref name="permitted"/> or not IPv4.</exception>
    public static IReadOnlyList<IpPrefix> Cover(IpAddressSet required, IpAddressSet permitted)
    {
        if (!required.IsSubsetOf(permitted))
        {
            throw new ArgumentException("The required addresses must lie inside the permitted ones.", nameof(permitted));
        }

        if (!required.IsSubsetOf(IpAddressSet.AllIPv4))
        {
            throw new ArgumentException("Only IPv4 addresses are supported.", nameof(required));
        }

        var blocks = new List<IpPrefix>();
        if (!required.IsEmpty)
        {
            Cover(IpPrefix.AllIPv4, required, permitted, blocks);
        }

        return blocks;
    }

    /// <summary>The smallest single block that contains every address of the set (IPv4), or <c>default</c> for the empty set.</summary>
    public static IpPrefix Supernet(IpAddressSet addresses)
    {
        if (addresses.IsEmpty)
        {
            return default;
        }

        var first = addresses.First.IPv4Value;
        var last = addresses.Last.IPv4Value;
        var length = first == last ? 32 : BitOperations.LeadingZeroCount(first ^ last);
        return new IpPrefix(addresses.First, length);
    }

    // Each required address lies in exactly one largest aligned block inside `permitted`; those blocks are the answer.
    private static void Cover(IpPrefix block, IpAddressSet required, IpAddressSet permitted, List<IpPrefix> blocks)
    {
        var set = block.ToAddressSet();
        if (!set.Overlaps(required))
        {
            return;
        }

        if (set.IsSubsetOf(permitted))
        {
            blocks.Add(block);
            return;
        }

        var half = block.Length + 1;
        Cover(new IpPrefix(block.First, half), required, permitted, blocks);
        Cover(new IpPrefix(new IpAddress(block.First.Value + (UInt128.One << (32 - half))), half), required, permitted, blocks);
    }
}
