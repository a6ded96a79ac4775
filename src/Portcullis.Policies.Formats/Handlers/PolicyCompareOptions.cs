using Portcullis.Policies.Formats.Diff;

namespace Portcullis.Policies.Formats.Handlers;

/// <summary>Options of <c>policy compare</c>.</summary>
/// <param name="First">The first configuration.</param>
/// <param name="Second">The second configuration.</param>
/// <param name="Query">What to ask.</param>
/// <param name="Format">The output format.</param>
/// <param name="ExitCode">Whether an answer other than the hoped-for one (equivalent, contained, permits, forbids, does not interfere) makes the exit code 1.</param>
/// <param name="MaxWitnesses">How many differing pairs to list at most.</param>
public sealed record PolicyCompareOptions(PolicyInput First, PolicyInput Second, PolicyComparisonQuery Query, PolicyDiffFormat Format, bool ExitCode = false, int MaxWitnesses = 50);
