namespace Portcullis.Policies.Analysis;

/// <summary>The answer to a comparison of two configurations: whether the property asked about holds, and the pairs that show it.</summary>
/// <param name="Query">What was asked.</param>
/// <param name="Outcome">Whether it holds (for two-way containment: whether each contains the other), with witnesses.</param>
/// <param name="FirstInSecond">For two-way containment: whether the second allows everything the first allows.</param>
/// <param name="SecondInFirst">For two-way containment: whether the first allows everything the second allows.</param>
public sealed record PolicyComparisonAnswer(PolicyComparisonQuery Query, ComparisonOutcome Outcome, bool FirstInSecond = false, bool SecondInFirst = false)
{
    /// <summary>
    /// Whether the answer is the one a reviewer hopes for: comparable, and equivalent, contained, permitting or
    /// forbidding, or for <see cref="PolicyComparisonQuery.Interferes"/>, not interfering.
    /// </summary>
    public bool IsHopedFor => Outcome.Comparable && (Query == PolicyComparisonQuery.Interferes ? !Outcome.Holds : Outcome.Holds);
}
