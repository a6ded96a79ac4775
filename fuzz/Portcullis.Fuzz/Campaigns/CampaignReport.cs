using System.Collections.Immutable;
using Portcullis.Fuzz.Execution;

namespace Portcullis.Fuzz.Campaigns;

/// <summary>What a mutation campaign on one harness did.</summary>
/// <param name="Target">The harness.</param>
/// <param name="Runs">Inputs run (seeds, regressions and mutants).</param>
/// <param name="ExitCodes">How many runs ended with each exit code.</param>
/// <param name="Findings">Each distinct broken promise, with the first input that showed it.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="PeakMegabytes">The process's peak resident memory at the end, in MiB.</param>
internal sealed record CampaignReport(
    string Target,
    int Runs,
    ImmutableSortedDictionary<int, int> ExitCodes,
    ImmutableArray<(Finding Finding, byte[] Input)> Findings,
    TimeSpan Elapsed,
    long PeakMegabytes);
