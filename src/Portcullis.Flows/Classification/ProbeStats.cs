using System.Diagnostics;

namespace Portcullis.Flows.Classification;

/// <summary>
/// Counters of the work lookups do (tables probed, entries compared), compiled in only with the
/// <c>PORTCULLIS_PROBE_STATS</c> symbol: the tuning aid behind <see cref="ClassifierTuning"/>, free otherwise.
/// </summary>
internal static class ProbeStats
{
    private static long _lookups;
    private static long _tables;
    private static long _entries;

    public static (long Lookups, long Tables, long Entries) Totals => (_lookups, _tables, _entries);

    [Conditional("PORTCULLIS_PROBE_STATS")]
    public static void Lookup() => _lookups++;

    [Conditional("PORTCULLIS_PROBE_STATS")]
    public static void Table() => _tables++;

    [Conditional("PORTCULLIS_PROBE_STATS")]
    public static void Entry() => _entries++;
}
