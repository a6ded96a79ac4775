using Portcullis.Core.Addresses;

namespace Portcullis.Policies.Evaluation;

/// <summary>
/// Splits an address universe into the coarsest blocks that every given address set either contains whole or
/// misses whole: the classes of external addresses that every rule treats alike.
/// </summary>
internal static class AddressPartition
{
    public static List<IpAddressSet> Build(IpAddressSet universe, IReadOnlyCollection<IpAddressSet> sets, IpAddressSet excluded)
    {
        var distinct = sets.Where(s => !s.IsEmpty).Distinct().ToList();
        var cuts = new SortedSet<UInt128>();
        foreach (var set in distinct.Append(universe))
        {
            foreach (var (first, last) in set.Ranges)
            {
                cuts.Add(first.Value);
                if (last.Value != UInt128.MaxValue)
                {
                    cuts.Add(last.Value + 1);
                }
            }
        }

        var groups = new Dictionary<string, List<(IpAddress, IpAddress)>>(StringComparer.Ordinal);
        var order = new List<string>();
        var points = cuts.ToList();
        var signature = new char[distinct.Count];
        for (var i = 0; i < points.Count; i++)
        {
            var start = new IpAddress(points[i]);
            var end = new IpAddress(i + 1 < points.Count ? points[i + 1] - 1 : UInt128.MaxValue);
            if (!universe.Contains(start))
            {
                continue;
            }

            for (var j = 0; j < distinct.Count; j++)
            {
                signature[j] = distinct[j].Contains(start) ? '1' : '0';
            }

            var key = new string(signature);
            if (!groups.TryGetValue(key, out var ranges))
            {
                groups[key] = ranges = [];
                order.Add(key);
            }

            ranges.Add((start, end));
        }

        var result = new List<IpAddressSet>();
        foreach (var key in order)
        {
            var block = IpAddressSet.OfRanges(groups[key]).Intersect(universe).Except(excluded);
            if (!block.IsEmpty)
            {
                result.Add(block);
            }
        }

        return result;
    }
}
