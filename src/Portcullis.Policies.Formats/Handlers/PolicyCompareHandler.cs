using Portcullis.Policies.Analysis;
using Portcullis.Policies.Formats.Diff;

namespace Portcullis.Policies.Formats.Handlers;

/// <summary><c>policy compare</c>: equivalence, containment, permits, forbids, interferes between two configurations.</summary>
public static class PolicyCompareHandler
{
    /// <summary>Runs the command.</summary>
    public static int Run(PolicyCompareOptions options, TextWriter error, Func<Action<TextWriter>, int> write)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(write);
        var first = PolicyInputLoader.Load(options.First, error);
        var second = PolicyInputLoader.Load(options.Second, error);
        if (first is null || second is null)
        {
            return PolicyExitCodes.BadInput;
        }

        var semantics = PolicyInputLoader.Semantics(options.First);
        var (a, b) = Analysis.PolicyComparison.AnalyzeTogether(first, second, semantics);
        var firstName = PolicyInputLoader.Describe(options.First);
        var secondName = PolicyInputLoader.Describe(options.Second);
        var max = options.MaxWitnesses;
        var (outcome, statement, good) = options.Query switch
        {
            PolicyComparisonQuery.Equivalence => Say(Analysis.PolicyComparison.Equivalence(a, b, max), "allow exactly the same connections", "do not allow the same connections", firstName, secondName),
            PolicyComparisonQuery.StrongEquivalence => Say(PolicyQueries.StrongEquivalence(first, second, semantics), "have the same policies, each allowing the same", "are not strongly equivalent", firstName, secondName),
            PolicyComparisonQuery.Containment => Say(Analysis.PolicyComparison.Containment(a, b, false, max), $"{secondName} allows everything {firstName} allows", $"{firstName} allows connections {secondName} does not", null, null),
            PolicyComparisonQuery.TwoWayContainment => TwoWay(a, b, max, firstName, secondName),
            PolicyComparisonQuery.Permits => Say(Analysis.PolicyComparison.Permits(b, a, max), $"{secondName} permits everything {firstName}'s policies allow", $"{secondName} does not permit connections {firstName}'s policies allow", null, null),
            PolicyComparisonQuery.Forbids => Say(Analysis.PolicyComparison.Forbids(b, a, max), $"{secondName} forbids everything {firstName}'s policies allow", $"{secondName} allows connections {firstName}'s policies allow", null, null),
            _ => Interferes(Analysis.PolicyComparison.Interferes(a, b, max), firstName, secondName),
        };
        var written = write(output => PolicyDiffWriter.WriteComparison(options.Query.ToString(), statement, outcome, firstName, secondName, options.Format, output));
        return written != PolicyExitCodes.Success ? written : options.ExitCode && !good ? PolicyExitCodes.Findings : PolicyExitCodes.Success;
    }

    private static (ComparisonOutcome, string, bool) Say(ComparisonOutcome outcome, string holds, string fails, string? first, string? second)
    {
        var subject = first is null ? "" : $"{first} and {second} ";
        var statement = !outcome.Comparable
            ? "the two configurations have different endpoints, so they cannot be compared this way"
            : subject + (outcome.Holds ? holds : fails);
        return (outcome, statement, outcome.Comparable && outcome.Holds);
    }

    private static (ComparisonOutcome, string, bool) Interferes(ComparisonOutcome outcome, string first, string second) =>
        (outcome, !outcome.Comparable
            ? "the two configurations have different endpoints, so they cannot be compared this way"
            : outcome.Holds ? $"{first} interferes with {second}: its policies allow connections {second}'s do not" : $"{first} does not interfere with {second}",
        outcome.Comparable && !outcome.Holds);

    private static (ComparisonOutcome, string, bool) TwoWay(Evaluation.PolicyConnectivity a, Evaluation.PolicyConnectivity b, int max, string first, string second)
    {
        var firstInSecond = Analysis.PolicyComparison.Containment(a, b, false, max);
        var secondInFirst = Analysis.PolicyComparison.Containment(b, a, false, max);
        var statement = (firstInSecond.Holds, secondInFirst.Holds) switch
        {
            (true, true) => $"{first} and {second} are equivalent",
            (true, false) => $"{first} is strictly contained in {second}",
            (false, true) => $"{second} is strictly contained in {first}",
            _ => $"neither of {first} and {second} contains the other",
        };
        var witnesses = firstInSecond.Witnesses.AddRange(secondInFirst.Witnesses);
        return (new ComparisonOutcome(true, firstInSecond.Holds && secondInFirst.Holds, witnesses.Length > max ? [.. witnesses.Take(max)] : witnesses), statement, firstInSecond.Holds && secondInFirst.Holds);
    }
}
