using System.Numerics;
using System.Runtime.CompilerServices;

namespace Portcullis.Flows.Classification;

/// <summary>
/// Chooses the shape of each table of an offline build: among the key shapes the entries suggest, the one that best
/// absorbs the entries still to place, scored by <c>absorbed × probe cost − Σ b(b+1)/2</c> (an absorbed entry
/// saves its packets a table probe; a bucket of b same-key entries costs about b(b+1)/2 slot visits over its packets).
/// </summary>
internal static class TablePlanner<TAddress>
    where TAddress : unmanaged, IBinaryInteger<TAddress>, IUnsignedNumber<TAddress>
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static EntryShape Choose(IReadOnlyList<(RuleEntry<TAddress> Entry, EntryShape Shape)> remaining)
    {
        // So few that one bucket scanned in order is as fast as anything, and planning would cost more than it saves.
        if (remaining.Count <= ClassifierTuning.PlannerMinimum)
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
        var finalists = Best(CandidatesOf(sample, Math.Max(1, sampleSize / ClassifierTuning.PlannerShapeSample)), sample, keys,
            sampleSize == remaining.Count ? 1 : ClassifierTuning.PlannerFinalists);
        if (finalists.Count == 1)
        {
            return finalists[0];
        }

        var all = remaining as (RuleEntry<TAddress> Entry, EntryShape Shape)[] ?? [.. remaining];
        return finalists.MaxBy(candidate => Score(candidate, all, keys));
    }

    // Branch and bound: every absorbed entry costs at least its own scan, so a shape can score at most
    // (probe cost - 1) per entry it fits; shapes are scored in order of that bound until it cannot beat the k-th best.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<EntryShape> Best(HashSet<EntryShape> candidates, (RuleEntry<TAddress> Entry, EntryShape Shape)[] sample, ulong[] keys, int count)
    {
        var bounded = new List<(EntryShape Candidate, double Bound)>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var fits = 0;
            foreach (var (_, shape) in sample)
            {
                fits += candidate.Covers(shape) ? 1 : 0;
            }

            bounded.Add((candidate, fits * (ClassifierTuning.ProbeCost - 1)));
        }

        bounded.Sort(static (a, b) => b.Bound.CompareTo(a.Bound));
        var best = new List<(EntryShape Candidate, double Score)>(count + 1);
        foreach (var (candidate, bound) in bounded)
        {
            if (best.Count == count && bound <= best[^1].Score)
            {
                break;
            }

            var score = Score(candidate, sample, keys);
            var at = best.FindIndex(b => b.Score < score);
            best.Insert(at < 0 ? best.Count : at, (candidate, score));
            if (best.Count > count)
            {
                best.RemoveAt(best.Count - 1);
            }
        }

        return best.ConvertAll(b => b.Candidate);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    // The shapes the entries suggest: each one's own (rounded to the grid, with and without exact ports and
    // protocol), and the meets of the most common ones, where neighbouring shapes can share a table.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static HashSet<EntryShape> CandidatesOf((RuleEntry<TAddress> Entry, EntryShape Shape)[] entries, int stride)
    {
        var step = AddressBits<TAddress>.Width / 8;
        var counts = new Dictionary<EntryShape, int>();
        for (var i = 0; i < entries.Length; i += stride)
        {
            var shape = entries[i].Shape;
            var addresses = new EntryShape(shape.Source - (shape.Source % step), shape.Destination - (shape.Destination % step), 0, 0, 0);
            var exact = addresses with
            {
                SourcePort = shape.SourcePort == 16 ? 16 : 0,
                DestinationPort = shape.DestinationPort == 16 ? 16 : 0,
                Protocol = shape.Protocol == 8 ? 8 : 0,
            };
            counts[addresses] = counts.GetValueOrDefault(addresses) + 1;
            counts[exact] = counts.GetValueOrDefault(exact) + 1;
        }

        var shapes = new HashSet<EntryShape>(counts.Keys) { default };
        var common = counts.OrderByDescending(p => p.Value).Take(ClassifierTuning.PlannerMeets).Select(p => p.Key).ToArray();
        foreach (var a in common)
        {
            foreach (var b in common)
            {
                shapes.Add(new EntryShape(
                    Math.Min(a.Source, b.Source), Math.Min(a.Destination, b.Destination), Math.Min(a.SourcePort, b.SourcePort),
                    Math.Min(a.DestinationPort, b.DestinationPort), Math.Min(a.Protocol, b.Protocol)));
            }
        }

        return shapes;
    }

}
