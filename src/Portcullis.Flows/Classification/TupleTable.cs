using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Portcullis.Flows.Classification;

/// <summary>
/// One table of the tuple space: every entry whose fields are fixed on at least this table's leading bits
/// (<see cref="Shape"/>), in an open-addressed hash table keyed on those bits.
/// </summary>
/// <remarks>
/// <para>The entries themselves are the slots (linear probing, load at most
/// <see cref="ClassifierTuning.MaxLoadFactor"/>). Beside them, one tag byte per slot (as in Abseil's Swiss tables)
/// holds 7 bits of the key's hash, 0 for an empty slot: a probe compares 16 tags at once and touches only the
/// entries whose tag matches, so a packet whose key is absent costs one 16-byte load.</para>
/// <para>Entries with the same key are kept in index order along their probe sequence, so the first entry that
/// matches a packet is the best of the table: a lookup stops there or at the first empty slot.</para>
/// <para>Not thread-safe while being changed; lookups on a table nobody changes may run on any number of threads.</para>
/// </remarks>
internal sealed class TupleTable<TAddress>
    where TAddress : unmanaged, IBinaryInteger<TAddress>, IUnsignedNumber<TAddress>
{
    private const int Group = 16;
    private const byte EmptyTag = 0;

    private readonly TableKey<TAddress> _key;
    private RuleEntry<TAddress>[] _slots;

    // One tag per slot, then a copy of the first Group tags so that a group load near the end wraps without a branch.
    private byte[] _tags;
    private int _shift;

    public TupleTable(EntryShape shape, int capacityHint)
    {
        Shape = shape;
        _key = new TableKey<TAddress>(shape);
        var capacity = CapacityFor(capacityHint);
        _slots = new RuleEntry<TAddress>[capacity];
        _tags = new byte[capacity + Group];
        _shift = 64 - BitOperations.Log2((uint)capacity);
    }

    public EntryShape Shape { get; }

    /// <summary>
    /// At most the lowest rule index in the table (<see cref="RuleEntry{TAddress}.EmptyIndex"/> when nothing was ever
    /// inserted): a lookup that already has a better match skips the table. Removals leave it as it was: a bound that
    /// is too low only costs a probe, while keeping it exact would cost every removal.
    /// </summary>
    public int MinIndex { get; private set; } = RuleEntry<TAddress>.EmptyIndex;

    public int Count { get; private set; }

    public int Capacity => _slots.Length;

    public long MemoryBytes => ((long)_slots.Length * Unsafe.SizeOf<RuleEntry<TAddress>>()) + _tags.Length;

    /// <summary>The best (lowest) index among <paramref name="best"/> and this table's entries that match the packet.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(TAddress source, TAddress destination, uint protocol, uint sourcePort, uint destinationPort, int best)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var hash = _key.Hash(source, destination, protocol, (sourcePort << 16) | destinationPort);
        var i = (int)(hash >> _shift);
        var wanted = Vector128.Create(TagOf(hash));
        ref var tags = ref MemoryMarshal.GetArrayDataReference(_tags);
        ref var first = ref MemoryMarshal.GetArrayDataReference(slots);
        while (true)
        {
            var group = Vector128.LoadUnsafe(ref tags, (nuint)i);
            var empty = Vector128.Equals(group, Vector128<byte>.Zero).ExtractMostSignificantBits();

            // Only slots before the first empty one belong to the probe sequence.
            var candidates = Vector128.Equals(group, wanted).ExtractMostSignificantBits() & ((empty & (0 - empty)) - 1);
            while (candidates != 0)
            {
                ref var entry = ref Unsafe.Add(ref first, (i + BitOperations.TrailingZeroCount(candidates)) & mask);
                ProbeStats.Entry();
                if (entry.Matches(source, destination, protocol, sourcePort, destinationPort))
                {
                    return entry.Index < best ? entry.Index : best;
                }

                candidates &= candidates - 1;
            }

            if (empty != 0)
            {
                return best;
            }

            i = (i + Group) & mask;
        }
    }

    /// <summary>
    /// Loads the packet's tag group and home slot without deciding anything, so that a batch can start the memory
    /// accesses of many packets before it waits for any (the value read is meaningless).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Touch(TAddress source, TAddress destination, uint protocol, uint sourcePort, uint destinationPort)
    {
        var i = (int)(_key.Hash(source, destination, protocol, (sourcePort << 16) | destinationPort) >> _shift);
        return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_tags), i) + Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), i).Index;
    }

    /// <summary>Calls <paramref name="found"/> with the index of every entry that matches the packet.</summary>
    public void FindAll<TSink>(TAddress source, TAddress destination, uint protocol, uint sourcePort, uint destinationPort, ref TSink found)
        where TSink : struct, IMatchSink
    {
        var mask = _slots.Length - 1;
        var hash = _key.Hash(source, destination, protocol, (sourcePort << 16) | destinationPort);
        var tag = TagOf(hash);
        for (var i = (int)(hash >> _shift); _tags[i] != EmptyTag; i = (i + 1) & mask)
        {
            if (_tags[i] == tag && _slots[i].Matches(source, destination, protocol, sourcePort, destinationPort))
            {
                found.Add(_slots[i].Index);
            }
        }
    }

    /// <summary>How many entries share <paramref name="entry"/>'s hash key.</summary>
    public int CountSameKey(in RuleEntry<TAddress> entry)
    {
        var mask = _slots.Length - 1;
        var key = _key.Of(entry);
        var count = 0;
        for (var i = HomeOf(entry); _tags[i] != EmptyTag; i = (i + 1) & mask)
        {
            if (_key.Of(_slots[i]) == key)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Adds an entry (which must fit <see cref="Shape"/>), keeping same-key entries in index order along their
    /// probe sequence: walking from the home slot, a same-key entry with a higher index is swapped out and carried on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Insert(RuleEntry<TAddress> entry)
    {
        if (Count + 1 > _slots.Length * ClassifierTuning.MaxLoadFactor)
        {
            Resize(_slots.Length * 2);
        }

        Place(entry);
        Count++;
        MinIndex = Math.Min(MinIndex, entry.Index);
    }

    /// <summary>Removes one entry equal to <paramref name="entry"/>; false when there is none.</summary>
    public bool Remove(in RuleEntry<TAddress> entry)
    {
        var mask = _slots.Length - 1;
        var i = HomeOf(entry);
        while (_tags[i] != EmptyTag && !SameEntry(_slots[i], entry))
        {
            i = (i + 1) & mask;
        }

        if (_tags[i] == EmptyTag)
        {
            return false;
        }

        // Backward-shift deletion: pull later entries of the cluster into the hole when their home allows it.
        // Entries of one key move in order, so the index order along each probe sequence survives.
        var hole = i;
        for (var j = (i + 1) & mask; _tags[j] != EmptyTag; j = (j + 1) & mask)
        {
            var home = HomeOf(_slots[j]);
            var homeInside = hole <= j ? home > hole && home <= j : home > hole || home <= j;
            if (!homeInside)
            {
                SetSlot(hole, _slots[j], _tags[j]);
                hole = j;
            }
        }

        SetSlot(hole, RuleEntry<TAddress>.Empty, EmptyTag);
        Count--;
        return true;
    }

    /// <summary>Shrinks the slots to what the entries need (after a build that reserved room for more).</summary>
    public void Compact()
    {
        if (CapacityFor(Count) < _slots.Length)
        {
            Resize(CapacityFor(Count));
        }
    }

    private static int CapacityFor(int count) =>
        (int)Math.Max(Group, BitOperations.RoundUpToPowerOf2((uint)Math.Ceiling(count / ClassifierTuning.MaxLoadFactor)));

    private static bool SameEntry(in RuleEntry<TAddress> a, in RuleEntry<TAddress> b) =>
        a.Index == b.Index && a.SourceLow == b.SourceLow && a.SourceSpan == b.SourceSpan && a.DestinationLow == b.DestinationLow
        && a.DestinationSpan == b.DestinationSpan && a.SourcePortLow == b.SourcePortLow && a.SourcePortSpan == b.SourcePortSpan
        && a.DestinationPortLow == b.DestinationPortLow && a.DestinationPortSpan == b.DestinationPortSpan
        && a.ProtocolLow == b.ProtocolLow && a.ProtocolSpan == b.ProtocolSpan;

    // The 7 hash bits just below those that pick the home slot, with the top bit set so that no tag is 0 (empty).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte TagOf(ulong hash) => (byte)(0x80 | ((hash >> (_shift - 7)) & 0x7F));

    private int HomeOf(in RuleEntry<TAddress> entry) => (int)(_key.Hash(entry) >> _shift);

    private void SetSlot(int i, in RuleEntry<TAddress> entry, byte tag)
    {
        _slots[i] = entry;
        _tags[i] = tag;
        if (i < Group)
        {
            _tags[_slots.Length + i] = tag;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Place(RuleEntry<TAddress> entry)
    {
        var mask = _slots.Length - 1;
        var hash = _key.Hash(entry);
        var i = (int)(hash >> _shift);
        var key = _key.Of(entry);
        while (_tags[i] != EmptyTag)
        {
            if (_slots[i].Index > entry.Index && _key.Of(_slots[i]) == key)
            {
                (_slots[i], entry) = (entry, _slots[i]);
            }

            i = (i + 1) & mask;
        }

        SetSlot(i, entry, TagOf(hash));
    }

    private void Resize(int capacity)
    {
        var old = _slots;
        var oldTags = _tags;
        _slots = new RuleEntry<TAddress>[capacity];
        _tags = new byte[capacity + Group];
        _shift = 64 - BitOperations.Log2((uint)capacity);

        // Reinsert in index order so that same-key entries keep their order along the new probe sequences.
        var live = old.Where((_, i) => oldTags[i] != EmptyTag).OrderBy(e => e.Index).ToArray();
        foreach (var entry in live)
        {
            Place(entry);
        }
    }
}
