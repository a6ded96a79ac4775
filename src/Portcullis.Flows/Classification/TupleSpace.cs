using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Portcullis.Flows.Classification;

/// <summary>
/// A priority-ordered tuple space: entries grouped into hash tables by how many leading bits of each field they
/// fix (their <see cref="EntryShape"/>), tables probed in order of their best rule, and the search stopped as soon
/// as no remaining table can hold a better rule than the one found.
/// </summary>
/// <remarks>
/// <para><see cref="Build"/> plans the tables for the rule set (<see cref="TablePlanner{TAddress}"/>): each table's
/// key shape is the one that absorbs most of the entries still to place with short buckets, and the table takes
/// them in index order up to <see cref="ClassifierTuning.CollisionLimit"/> entries per key. On ClassBench acl1
/// 100K one table then holds 99.8% of the rules and a lookup costs about one probe; the ordered-by-best-rule probing
/// with early stop is the idea of TupleMerge and DynamicTuple, the entries live in the hash slots themselves.</para>
/// <para><see cref="Insert"/> (updates) puts an entry in the first table whose shape it covers and whose bucket has
/// room, or in a new table of its own shape, relaxed (see <see cref="Relax"/>).</para>
/// <para>Lookups are thread-safe as long as nobody inserts or removes.</para>
/// </remarks>
internal sealed class TupleSpace<TAddress>
    where TAddress : unmanaged, IBinaryInteger<TAddress>, IUnsignedNumber<TAddress>
{
    private readonly List<TupleTable<TAddress>> _tables = [];
    private TupleTable<TAddress>[] _lookupOrder = [];

    public int EntryCount { get; private set; }

    public int TableCount => _tables.Count;

    public IReadOnlyList<TupleTable<TAddress>> Tables => _lookupOrder;

    public long MemoryBytes => _tables.Sum(t => t.MemoryBytes);

    /// <summary>Builds the tuple space of the given entries.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TupleSpace<TAddress> Build(List<RuleEntry<TAddress>> entries)
    {
        // In index order (rule lists usually come so); a stable sort keeps the entries of one rule in their order,
        // which does not matter for correctness but keeps builds deterministic.
        var ordered = entries;
        for (var i = 1; i < entries.Count; i++)
        {
            if (entries[i].Index < entries[i - 1].Index)
            {
                ordered = [.. entries.Select((e, order) => (Entry: e, Order: order)).OrderBy(p => p.Entry.Index).ThenBy(p => p.Order).Select(p => p.Entry)];
                break;
            }
        }

        var remaining = new List<(RuleEntry<TAddress> Entry, EntryShape Shape)>(ordered.Count);
        foreach (var entry in ordered)
        {
            remaining.Add((entry, ShapeOf(entry)));
        }

        var space = new TupleSpace<TAddress>();
        while (remaining.Count > 0)
        {
            // Plan a table for the entries left, give it those that fit, in index order, up to the collision limit
            // per key (counted on the 64-bit key hash: a rare hash collision only moves an entry to a later table),
            // and go on with the rest.
            var shape = TablePlanner<TAddress>.Choose(remaining);
            var key = new TableKey<TAddress>(shape);
            var counts = new Dictionary<ulong, int>(remaining.Count);
            var taken = new List<RuleEntry<TAddress>>(remaining.Count);
            var left = new List<(RuleEntry<TAddress> Entry, EntryShape Shape)>();
            foreach (var item in remaining)
            {
                if (shape.Covers(item.Shape))
                {
                    ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, key.Hash(item.Entry), out _);
                    if (count < ClassifierTuning.CollisionLimit)
                    {
                        count++;
                        taken.Add(item.Entry);
                        continue;
                    }
                }

                left.Add(item);
            }

            var table = new TupleTable<TAddress>(shape, capacityHint: taken.Count);
            foreach (var entry in taken)
            {
                table.Insert(entry);
            }

            space._tables.Add(table);
            space.EntryCount += table.Count;
            remaining = left;
        }

        space.Reorder();
        return space;
    }

    /// <summary>The lowest index of an entry that matches the packet, or <see cref="RuleEntry{TAddress}.EmptyIndex"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FirstMatch(TAddress source, TAddress destination, uint protocol, uint sourcePort, uint destinationPort)
    {
        var best = RuleEntry<TAddress>.EmptyIndex;
        var tables = _lookupOrder;
        for (var k = 0; k < tables.Length; k++)
        {
            var table = tables[k];
            if (table.MinIndex >= best)
            {
                break;
            }

            ProbeStats.Table();
            best = table.Find(source, destination, protocol, sourcePort, destinationPort, best);
        }

        ProbeStats.Lookup();
        return best;
    }

    /// <summary>
    /// Classifies a batch of IPv4 packets into <paramref name="decisions"/> (the index, or -1 for no match).
    /// </summary>
    public void FirstMatch(ReadOnlySpan<FlowKey> flows, Span<int> decisions)
    {
        if (typeof(TAddress) != typeof(uint))
        {
            throw new InvalidOperationException("IPv4 flows go to the IPv4 tuple space.");
        }

        var space = Unsafe.As<TupleSpace<uint>>(this);
        var tables = space._lookupOrder;
        var first = tables.Length > 0 ? tables[0] : null;
        for (var start = 0; start < flows.Length; start += ClassifierTuning.BatchGroup)
        {
            var end = Math.Min(flows.Length, start + ClassifierTuning.BatchGroup);

            // Start the first table's memory accesses of the whole group, then decide each packet: the loads of one
            // group overlap instead of each lookup waiting for its own. Every decision is written over afterwards.
            if (first is not null)
            {
                for (var i = start; i < end; i++)
                {
                    ref readonly var flow = ref flows[i];
                    decisions[i] = first.Touch(flow.Source, flow.Destination, flow.Protocol, flow.SourcePort, flow.DestinationPort);
                }
            }

            for (var i = start; i < end; i++)
            {
                ref readonly var flow = ref flows[i];
                var best = space.FirstMatch(flow.Source, flow.Destination, flow.Protocol, flow.SourcePort, flow.DestinationPort);
                decisions[i] = best == RuleEntry<uint>.EmptyIndex ? -1 : best;
            }
        }
    }

    /// <summary>Whether any entry matches the packet (stops at the first table with a match).</summary>
    public bool AnyMatch(TAddress source, TAddress destination, uint protocol, uint sourcePort, uint destinationPort)
    {
        foreach (var table in _lookupOrder)
        {
            if (table.Find(source, destination, protocol, sourcePort, destinationPort, RuleEntry<TAddress>.EmptyIndex) != RuleEntry<TAddress>.EmptyIndex)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reports every entry that matches the packet (an index may be reported more than once).</summary>
    public void AllMatches<TSink>(TAddress source, TAddress destination, uint protocol, uint sourcePort, uint destinationPort, ref TSink found)
        where TSink : struct, IMatchSink
    {
        foreach (var table in _lookupOrder)
        {
            table.FindAll(source, destination, protocol, sourcePort, destinationPort, ref found);
        }
    }

    /// <summary>Adds an entry; the lookup order is updated.</summary>
    public void Insert(RuleEntry<TAddress> entry)
    {
        var before = _tables.Count;
        var table = Place(entry);
        if (_tables.Count != before || table.MinIndex == entry.Index)
        {
            Reorder();
        }
    }

    /// <summary>Removes an entry equal to <paramref name="entry"/>; false when there is none.</summary>
    public bool Remove(in RuleEntry<TAddress> entry)
    {
        var shape = ShapeOf(entry);
        foreach (var table in _tables)
        {
            if (table.Shape.Covers(shape) && table.Remove(entry))
            {
                EntryCount--;
                if (table.Count == 0)
                {
                    _tables.Remove(table);
                    Reorder();
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>The lengths an entry fixes in each field.</summary>
    public static EntryShape ShapeOf(in RuleEntry<TAddress> entry) => new(
        AddressBits<TAddress>.CommonPrefix(entry.SourceLow, entry.SourceHigh),
        AddressBits<TAddress>.CommonPrefix(entry.DestinationLow, entry.DestinationHigh),
        BitOperations.LeadingZeroCount((uint)(entry.SourcePortLow ^ (entry.SourcePortLow + entry.SourcePortSpan))) - 16,
        BitOperations.LeadingZeroCount((uint)(entry.DestinationPortLow ^ (entry.DestinationPortLow + entry.DestinationPortSpan))) - 16,
        BitOperations.LeadingZeroCount((uint)(entry.ProtocolLow ^ (entry.ProtocolLow + entry.ProtocolSpan))) - 24);

    /// <summary>
    /// The shape of a new table made for an entry: address lengths rounded down (so that neighbouring lengths share
    /// the table), and exact ports and protocol added to the key only when the addresses say little.
    /// </summary>
    internal static EntryShape Relax(EntryShape shape)
    {
        var rounding = ClassifierTuning.AddressRounding;
        var source = shape.Source - (shape.Source % rounding);
        var destination = shape.Destination - (shape.Destination % rounding);
        var keyOnPorts = source + destination < ClassifierTuning.PortKeyThreshold * AddressBits<TAddress>.Width / 32;
        return new EntryShape(
            source,
            destination,
            keyOnPorts && shape.SourcePort == 16 ? 16 : 0,
            keyOnPorts && shape.DestinationPort == 16 ? 16 : 0,
            keyOnPorts && shape.Protocol == 8 ? 8 : 0);
    }

    private TupleTable<TAddress> Place(RuleEntry<TAddress> entry)
    {
        var shape = ShapeOf(entry);
        foreach (var table in _tables)
        {
            if (table.Shape.Covers(shape) && table.CountSameKey(entry) < ClassifierTuning.CollisionLimit)
            {
                table.Insert(entry);
                EntryCount++;
                return table;
            }
        }

        var created = new TupleTable<TAddress>(Relax(shape), capacityHint: 2);
        created.Insert(entry);
        _tables.Add(created);
        EntryCount++;
        return created;
    }

    private void Reorder() => _lookupOrder = [.. _tables.OrderBy(t => t.MinIndex)];
}
