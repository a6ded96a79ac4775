using Portcullis.Flows.Classification;

namespace Portcullis.Flows.Replay;

/// <summary>
/// The counters of a replay in progress: one per worker thread, merged at the end. Its size depends on the
/// configuration (rules, paths) and never on how many records it counts.
/// </summary>
/// <remarks>Not thread-safe. Create with <see cref="FlowReplayEngine.CreateTally"/>.</remarks>
public sealed class FlowReplayTally
{
    /// <summary>The most distinct unknown vNIC ids kept by id; the records of further ones are counted together.</summary>
    public const int UnknownIdLimit = 1000;

    private readonly FlowReplayEngine _engine;

    internal FlowReplayTally(FlowReplayEngine engine, int rules, int lanes, int examples)
    {
        _engine = engine;
        Hits = new long[rules];
        Evaluated = new long[lanes];
        ExampleLimit = examples;
    }

    internal long[] Hits { get; }

    internal long[] Evaluated { get; }

    internal int ExampleLimit { get; }

    internal long Objects { get; private set; }

    internal long SkippedDataObjects { get; private set; }

    internal long Records { get; set; }

    internal long EvaluatedRecords { get; set; }

    internal long AddressMismatches { get; set; }

    internal Dictionary<string, long> Unknown { get; } = new(StringComparer.Ordinal);

    /// <summary>Records of unknown vNICs beyond the first <see cref="UnknownIdLimit"/> ids.</summary>
    internal long OtherUnknown { get; private set; }

    internal Dictionary<ChangeKey, (long Records, List<FlowKey> Examples)> Changes { get; } = [];

    /// <summary>Scratch space for the security-group rules that match a record (catalog numbers).</summary>
    internal List<int> Matches { get; } = [];

    /// <summary>Counts a flow-log object (its records are counted as they are replayed).</summary>
    /// <param name="skippedData">Whether the object's <c>state</c> says the collector lost data.</param>
    public void CountObject(bool skippedData)
    {
        Objects++;
        if (skippedData)
        {
            SkippedDataObjects++;
        }
    }

    /// <summary>Adds another tally of the same engine into this one.</summary>
    /// <exception cref="ArgumentException">When the tallies come from different engines.</exception>
    public void Merge(FlowReplayTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(other._engine, _engine))
        {
            throw new ArgumentException("Tallies of different replay engines cannot be merged.", nameof(other));
        }

        for (var i = 0; i < Hits.Length; i++)
        {
            Hits[i] += other.Hits[i];
        }

        for (var i = 0; i < Evaluated.Length; i++)
        {
            Evaluated[i] += other.Evaluated[i];
        }

        Objects += other.Objects;
        SkippedDataObjects += other.SkippedDataObjects;
        Records += other.Records;
        EvaluatedRecords += other.EvaluatedRecords;
        AddressMismatches += other.AddressMismatches;
        foreach (var (id, count) in other.Unknown)
        {
            CountUnknown(id, count);
        }

        OtherUnknown += other.OtherUnknown;

        foreach (var (key, (records, examples)) in other.Changes)
        {
            var mine = Changes.TryGetValue(key, out var existing) ? existing : (0, new List<FlowKey>());
            foreach (var example in examples)
            {
                KeepExample(mine.Examples, example);
            }

            Changes[key] = (mine.Records + records, mine.Examples);
        }
    }

    internal void CountUnknown(string id, long records)
    {
        if (!Unknown.ContainsKey(id) && Unknown.Count >= UnknownIdLimit)
        {
            OtherUnknown += records;
            return;
        }

        Unknown[id] = Unknown.GetValueOrDefault(id) + records;
    }

    internal void CountChange(in ChangeKey key, FlowKey example)
    {
        if (!Changes.TryGetValue(key, out var change))
        {
            change = (0, new List<FlowKey>(ExampleLimit));
        }

        KeepExample(change.Examples, example);
        Changes[key] = (change.Records + 1, change.Examples);
    }

    // The examples kept are the smallest connections in a fixed order, so they do not depend on which worker read
    // which file first: the report is the same on every run.
    private void KeepExample(List<FlowKey> examples, in FlowKey example)
    {
        var at = examples.BinarySearch(example, ExampleOrder.Instance);
        if (at >= 0)
        {
            return;
        }

        at = ~at;
        if (at < ExampleLimit)
        {
            examples.Insert(at, example);
            if (examples.Count > ExampleLimit)
            {
                examples.RemoveAt(examples.Count - 1);
            }
        }
    }

    private sealed class ExampleOrder : IComparer<FlowKey>
    {
        public static ExampleOrder Instance { get; } = new();

        public int Compare(FlowKey x, FlowKey y)
        {
            var order = x.Source.CompareTo(y.Source);
            order = order != 0 ? order : x.Destination.CompareTo(y.Destination);
            order = order != 0 ? order : x.Protocol.CompareTo(y.Protocol);
            order = order != 0 ? order : x.DestinationPort.CompareTo(y.DestinationPort);
            return order != 0 ? order : x.SourcePort.CompareTo(y.SourcePort);
        }
    }
}
