using System.Numerics;

namespace Portcullis.Core.Classification;

/// <summary>
/// Chooses the shape of each table of an offline build: among candidate key shapes, the one that best absorbs the
/// entries still to place, scored by <c>absorbed × probe cost − Σ b(b+1)/2</c> (an absorbed entry
/// saves its packets a table probe; a bucket of b same-key entries costs about b(b+1)/2 slot visits over its packets).
/// </summary>
internal static class TablePlanner<TAddress>
    where TAddress : unmanaged, IBinaryInteger<TAddress>, IUnsignedNumber<TAddress>
{
    private static readonly EntryShape[] Candidates = BuildCandidates();

    public static EntryShape Choose(IReadOnlyList<(RuleEntry<TAddress> Entry, EntryShape Shape)> remaining)
    {
        // So few that one bucket scanned in order is as fast as anything, and planning would cost more than it saves.
        if (remaining.Count <= ClassifierTuning.CollisionLimit)
        {
            return default;
        }

        // Rank every candidate on an evenly spaced sample, then score the best few exactly on all remaining entries:
        // collision counts do not scale from a sample, but the sample tells good shapes from hopeless ones.
        var sampleSize = Math.Min(remaining.Count, ClassifierTuning.PlannerSample);
        var step = (double)remaining.Count / sampleSize;
        var sample = new (RuleEntry<TAddress> Entry, EntryShape Shape)[sampleSize];
        for (var i = 0; i < sampleSize; i++)
        {
            sample[i] = remaining[(int)(i * step)];
        }

        var keys = new ulong[remaining.Count];
        IEnumerable<EntryShape> candidates = remaining.Count <= ClassifierTuning.PlannerGridThreshold ? ShapesOf(remaining) : Candidates;
        var finalists = candidates
            .Select(candidate => (Candidate: candidate, Score: Score(candidate, sample, keys)))
            .OrderByDescending(c => c.Score)
            .Take(sampleSize == remaining.Count ? 1 : ClassifierTuning.PlannerFinalists)
            .Select(c => c.Candidate)
            .ToList();
        if (finalists.Count == 1)
        {
            return finalists[0];
        }

        var all = remaining as (RuleEntry<TAddress> Entry, EntryShape Shape)[] ?? [.. remaining];
        return finalists.MaxBy(candidate => Score(candidate, all, keys));
    }

    private static double Score(EntryShape candidate, (RuleEntry<TAddress> Entry, EntryShape Shape)[] entries, ulong[] keys)
    {
        var key = new TableKey<TAddress>(candidate);
        var count = 0;
        foreach (var (entry, shape) in entries)
        {
            if (candidate.Covers(shape))
            {
                keys[count++] = key.Hash(entry);
            }
        }

        if (count == 0)
        {
            return double.MinValue;
        }

        Array.Sort(keys, 0, count);
        double absorbed = 0, scans = 0;
        var limit = ClassifierTuning.CollisionLimit;
        for (var i = 0; i < count;)
        {
            var j = i;
            while (j < count && keys[j] == keys[i])
            {
                j++;
            }

            var bucket = Math.Min(j - i, limit);
            absorbed += bucket;
            scans += bucket * (bucket + 1) / 2.0;
            i = j;
        }

        return (absorbed * ClassifierTuning.ProbeCost) - scans;
    }

    // For a small set, the shapes its own entries suggest (rounded to the grid, with and without ports and
    // protocol) are the only ones worth scoring.
    private static HashSet<EntryShape> ShapesOf(IReadOnlyList<(RuleEntry<TAddress> Entry, EntryShape Shape)> entries)
    {
        var step = AddressBits<TAddress>.Width / 8;
        var shapes = new HashSet<EntryShape> { default };
        foreach (var (_, shape) in entries)
        {
            var addresses = new EntryShape(shape.Source - (shape.Source % step), shape.Destination - (shape.Destination % step), 0, 0, 0);
            shapes.Add(addresses);
            shapes.Add(addresses with
            {
                SourcePort = shape.SourcePort == 16 ? 16 : 0,
                DestinationPort = shape.DestinationPort == 16 ? 16 : 0,
                Protocol = shape.Protocol == 8 ? 8 : 0,
            });
        }

        return shapes;
    }

    private static EntryShape[] BuildCandidates()
    {
        var width = AddressBits<TAddress>.Width;
        var step = width / 8;
        var shapes = new List<EntryShape>();
        for (var source = 0; source <= width; source += step)
        {
            for (var destination = 0; destination <= width; destination += step)
            {
                foreach (var (sourcePort, destinationPort) in new[] { (0, 0), (0, 16), (16, 0), (16, 16) })
                {
                    foreach (var protocol in new[] { 0, 8 })
                    {
                        shapes.Add(new EntryShape(source, destination, sourcePort, destinationPort, protocol));
                    }
                }
            }
        }

        return [.. shapes];
    }
}
