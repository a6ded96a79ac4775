using System.Collections.Immutable;

namespace Portcullis.Policies.Analysis;

/// <summary>The outcome of comparing two configurations.</summary>
/// <param name="Comparable">Whether the comparison could run (the configurations have the same endpoints, where that is required).</param>
/// <param name="Holds">Whether the compared property holds (equivalent, contained, permits ...).</param>
/// <param name="Witnesses">Pairs that show why it does not hold (or, for a property about common connections, the common ones).</param>
public sealed record ComparisonOutcome(bool Comparable, bool Holds, ImmutableArray<ConnectionDifference> Witnesses)
{
    /// <summary>Not comparable.</summary>
    public static ComparisonOutcome NotComparable { get; } = new(false, false, []);
}
