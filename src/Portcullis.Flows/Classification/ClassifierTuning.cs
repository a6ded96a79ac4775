namespace Portcullis.Flows.Classification;

/// <summary>
/// The tuning constants of the tuple-space classifier, in one place with the measurements that set them
/// (ClassBench acl1 10K/100K, fw1 10K and ipc1 10K with their uniform traces, through the benchmark's
/// <c>classbench</c> quick mode, <c>--tune name=value</c>, on the 2-core development VM).
/// </summary>
/// <remarks>
/// <para>Collision limit and probe cost: a sweep of limit 8-64 × probe cost 1-8 gave, in Mpps for acl1 10K / fw1 10K
/// / ipc1 10K, 19.8 / 34.1 / 11.1 at (16, 4), 23.7 / 30.7 / 12.0 at (16, 2), 25.2 / 35.1 / 11.3 at (32, 3) (the
/// choice; acl1 100K 33-42 Mpps whatever the pair, one table), and 17.7 / 16.1 / 3.6 at (32, 1), where the planner
/// makes dozens of tables. A planner minimum of 4 instead of 32 made all-matches lookups of security groups 1.5x
/// faster (no catch-all bucket to scan) at no cost on ClassBench. Batch groups of 16: acl1 100K 41 to 50 Mpps (8 and
/// 32: 52 and 48). Sampling: 4,096 entries rank the shapes (1,024 lost 15% on ipc1), 512 of them suggest them.</para>
/// <para>Settable only so that the benchmark's <c>--tune</c> can sweep them; nothing else changes them, and a change
/// affects classifiers built afterwards.</para>
/// </remarks>
internal static class ClassifierTuning
{
    /// <summary>
    /// The most entries a table may hold under one hash key. Beyond it an entry goes to a later table: a longer
    /// bucket costs every packet that hashes to it, another table only the packets that get that far.
    /// </summary>
    public static int CollisionLimit { get; set; } = 32;

    /// <summary>The largest share of a table's slots in use before it doubles.</summary>
    public static double MaxLoadFactor { get; set; } = 0.5;

    /// <summary>Updates: a new table keys on the creating entry's address lengths rounded down to a multiple of this.</summary>
    public static int AddressRounding { get; set; } = 4;

    /// <summary>Updates: a new table also keys on exact ports and protocol when its address key has fewer bits than this (IPv4 scale).</summary>
    public static int PortKeyThreshold { get; set; } = 40;

    /// <summary>Up to this many entries left, the planner puts them all in one bucket without planning.</summary>
    public static int PlannerMinimum { get; set; } = 4;

    /// <summary>How many remaining entries the planner samples to rank candidate table shapes.</summary>
    public static int PlannerSample { get; set; } = 4096;

    /// <summary>About how many of the sampled entries, evenly spaced, suggest candidate shapes (shapes are few; a sparse look finds them).</summary>
    public static int PlannerShapeSample { get; set; } = 512;

    /// <summary>How many of the most common entry shapes the planner also meets pairwise (their common key bits) as candidates.</summary>
    public static int PlannerMeets { get; set; } = 8;

    /// <summary>How many of the sample's best shapes the planner scores exactly on all remaining entries.</summary>
    public static int PlannerFinalists { get; set; } = 8;

    /// <summary>What a table probe costs, in entry comparisons: the planner's exchange rate between fewer tables and longer buckets.</summary>
    public static double ProbeCost { get; set; } = 3;

    /// <summary>Batch lookups start the first table's memory accesses for this many packets before deciding them.</summary>
    public static int BatchGroup { get; set; } = 16;

    /// <summary>Sets a constant by name (the benchmark's <c>--tune</c>); false for an unknown name or value.</summary>
    public static bool TrySet(string name, string value)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        switch (name)
        {
            case "limit" when int.TryParse(value, culture, out var limit) && limit > 0:
                CollisionLimit = limit;
                return true;
            case "load" when double.TryParse(value, culture, out var load) && load is > 0 and < 1:
                MaxLoadFactor = load;
                return true;
            case "rounding" when int.TryParse(value, culture, out var rounding) && rounding > 0:
                AddressRounding = rounding;
                return true;
            case "portkey" when int.TryParse(value, culture, out var portKey) && portKey >= 0:
                PortKeyThreshold = portKey;
                return true;
            case "minimum" when int.TryParse(value, culture, out var minimum) && minimum >= 0:
                PlannerMinimum = minimum;
                return true;
            case "sample" when int.TryParse(value, culture, out var sample) && sample > 0:
                PlannerSample = sample;
                return true;
            case "shapes" when int.TryParse(value, culture, out var shapes) && shapes > 0:
                PlannerShapeSample = shapes;
                return true;
            case "meets" when int.TryParse(value, culture, out var meets) && meets >= 0:
                PlannerMeets = meets;
                return true;
            case "finalists" when int.TryParse(value, culture, out var finalists) && finalists > 0:
                PlannerFinalists = finalists;
                return true;
            case "batch" when int.TryParse(value, culture, out var batch) && batch > 0:
                BatchGroup = batch;
                return true;
            case "probe" when double.TryParse(value, culture, out var probe) && probe >= 0:
                ProbeCost = probe;
                return true;
            default:
                return false;
        }
    }
}
