using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Lint;

/// <summary>
/// The packets a filter rule matches: source addresses × destination addresses × connections (protocol, ports,
/// ICMP type and code). Rules are compared exactly as such three-dimensional sets.
/// </summary>
/// <param name="Sources">The source addresses.</param>
/// <param name="Destinations">The destination addresses.</param>
/// <param name="Connection">The connections.</param>
internal readonly record struct RuleSpace(IpAddressSet Sources, IpAddressSet Destinations, ConnectionSet Connection)
{
    /// <summary>Whether the rule matches no packet.</summary>
    public bool IsEmpty => Sources.IsEmpty || Destinations.IsEmpty || Connection.IsEmpty;

    /// <summary>Whether some packet matches both.</summary>
    public bool Overlaps(RuleSpace other) =>
        Sources.Overlaps(other.Sources) && Destinations.Overlaps(other.Destinations) && Connection.Overlaps(other.Connection);

    /// <summary>Whether every packet of this space is in the union of <paramref name="others"/>.</summary>
    public bool IsCoveredBy(IReadOnlyList<RuleSpace> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        if (IsEmpty)
        {
            return true;
        }

        var self = this;
        var relevant = others.Where(o => o.Overlaps(self)).ToArray();
        var union = relevant.Aggregate(ConnectionSet.None, (all, r) => all.Union(r.Connection));
        if (!Connection.IsSubsetOf(union))
        {
            return false; // some connection is in no overlapping rule at all
        }

        var verdicts = new Dictionary<string, bool>();
        foreach (var cell in Cells(relevant))
        {
            var key = string.Join(',', cell.Containing);
            if (!verdicts.TryGetValue(key, out var covered))
            {
                covered = Connection.IsSubsetOf(cell.Containing.Aggregate(ConnectionSet.None, (all, i) => all.Union(relevant[i].Connection)));
                verdicts[key] = covered;
            }

            if (!covered)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Cuts this space's addresses into cells that each of <paramref name="others"/> contains wholly or not at
    /// all: for each cell, an address pair inside it and the indices (ascending) of the others whose source and
    /// destination contain it. Together the cells cover <see cref="Sources"/> × <see cref="Destinations"/>.
    /// </summary>
    public IEnumerable<(IpAddress Source, IpAddress Destination, int[] Containing)> Cells(IReadOnlyList<RuleSpace> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        foreach (var source in Atoms(Sources, others.Select(o => o.Sources)))
        {
            var bySource = Enumerable.Range(0, others.Count).Where(i => others[i].Sources.Contains(source)).ToArray();
            foreach (var destination in Atoms(Destinations, bySource.Select(i => others[i].Destinations)))
            {
                yield return (source, destination, [.. bySource.Where(i => others[i].Destinations.Contains(destination))]);
            }
        }
    }

    // The first address of each piece of `space` when it is cut at the bounds of every cutter: inside one piece,
    // each cutter holds every address or none.
    private static IEnumerable<IpAddress> Atoms(IpAddressSet space, IEnumerable<IpAddressSet> cutters)
    {
        var cuts = new SortedSet<UInt128>();
        foreach (var (first, _) in space.Ranges)
        {
            cuts.Add(first.Value);
        }

        foreach (var cutter in cutters)
        {
            foreach (var (first, last) in cutter.Ranges)
            {
                cuts.Add(first.Value);
                if (last.Value != UInt128.MaxValue)
                {
                    cuts.Add(last.Value + 1);
                }
            }
        }

        foreach (var cut in cuts)
        {
            var address = new IpAddress(cut);
            if (space.Contains(address))
            {
                yield return address;
            }
        }
    }
}
