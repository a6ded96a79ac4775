using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

public static partial class PolicyComparison
{
    /// <summary>Answers <paramref name="query"/> about two configurations (for permits and forbids, the first is the specification).</summary>
    /// <param name="query">What to ask.</param>
    /// <param name="first">The first configuration.</param>
    /// <param name="second">The second configuration.</param>
    /// <param name="semantics">How to evaluate both.</param>
    /// <param name="maxWitnesses">How many witness pairs to keep at most.</param>
    public static PolicyComparisonAnswer Ask(PolicyComparisonQuery query, PolicyConfiguration first, PolicyConfiguration second, EvaluationSemantics semantics, int maxWitnesses = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(semantics);
        if (query == PolicyComparisonQuery.StrongEquivalence)
        {
            return new(query, PolicyQueries.StrongEquivalence(first, second, semantics));
        }

        var (a, b) = AnalyzeTogether(first, second, semantics);
        return query switch
        {
            PolicyComparisonQuery.Equivalence => new(query, Equivalence(a, b, maxWitnesses)),
            PolicyComparisonQuery.Containment => new(query, Containment(a, b, false, maxWitnesses)),
            PolicyComparisonQuery.TwoWayContainment => TwoWay(a, b, maxWitnesses),
            PolicyComparisonQuery.Permits => new(query, Permits(b, a, maxWitnesses)),
            PolicyComparisonQuery.Forbids => new(query, Forbids(b, a, maxWitnesses)),
            PolicyComparisonQuery.Interferes => new(query, Interferes(a, b, maxWitnesses)),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query, "Not a comparison query."),
        };
    }

    private static PolicyComparisonAnswer TwoWay(PolicyConnectivity first, PolicyConnectivity second, int maxWitnesses)
    {
        var firstInSecond = Containment(first, second, false, maxWitnesses);
        var secondInFirst = Containment(second, first, false, maxWitnesses);
        var witnesses = firstInSecond.Witnesses.AddRange(secondInFirst.Witnesses);
        var both = firstInSecond.Holds && secondInFirst.Holds;
        return new(
            PolicyComparisonQuery.TwoWayContainment,
            new ComparisonOutcome(true, both, witnesses.Length > maxWitnesses ? [.. witnesses.Take(maxWitnesses)] : witnesses),
            firstInSecond.Holds,
            secondInFirst.Holds);
    }
}
