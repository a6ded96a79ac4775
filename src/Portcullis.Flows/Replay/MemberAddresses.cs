using Portcullis.Core.Addresses;

namespace Portcullis.Flows.Replay;

/// <summary>
/// A security group's member IPv4 addresses as sorted, disjoint ranges, for checking a rule's group remote after
/// the classifier matched the rule with the remote left open. A large group named as a remote would otherwise
/// become one classifier entry per member block for every rule that names it.
/// </summary>
internal sealed class MemberAddresses
{
    private readonly uint[] _firsts;
    private readonly uint[] _lasts;

    private MemberAddresses(uint[] firsts, uint[] lasts)
    {
        _firsts = firsts;
        _lasts = lasts;
    }

    /// <summary>The IPv4 part of <paramref name="members"/> (replayed endpoints are IPv4).</summary>
    public static MemberAddresses Of(IpAddressSet members)
    {
        var ranges = members.Ranges
            .Select(r => (First: UInt128.Max(r.First.Value, IpAddress.IPv4Base), Last: UInt128.Min(r.Last.Value, IpAddress.IPv4Last)))
            .Where(r => r.First <= r.Last)
            .Select(r => (First: (uint)(r.First - IpAddress.IPv4Base), Last: (uint)(r.Last - IpAddress.IPv4Base)))
            .ToArray();
        return new MemberAddresses([.. ranges.Select(r => r.First)], [.. ranges.Select(r => r.Last)]);
    }

    /// <summary>Whether <paramref name="address"/> is a member's.</summary>
    public bool Contains(uint address)
    {
        // The last range that starts at or before the address is the only one that can hold it. Written out rather
        // than Array.BinarySearch, whose comparer call cost a sixth of the replay's time on groups of many members.
        var firsts = _firsts;
        int low = 0, high = firsts.Length - 1;
        while (low <= high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (firsts[middle] <= address)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high >= 0 && address <= _lasts[high];
    }
}
