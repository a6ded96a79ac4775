using System.Collections.Immutable;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis.Lint;

/// <summary>Runs the policy linters: conflicts, empty policies and rules, redundancies, vacuity, uncaptured endpoints.</summary>
public static class PolicyLint
{
    /// <summary>The linters on by default (uncaptured endpoints are only asked for).</summary>
    public static IReadOnlySet<PolicyFindingKind> DefaultKinds { get; } =
        Enum.GetValues<PolicyFindingKind>().Where(k => k != PolicyFindingKind.Uncaptured).ToHashSet();

    /// <summary>The severity each kind has.</summary>
    public static PolicyFindingSeverity SeverityOf(PolicyFindingKind kind) => kind switch
    {
        PolicyFindingKind.ConflictingOrder => PolicyFindingSeverity.Error,
        PolicyFindingKind.RedundantRule or PolicyFindingKind.Uncaptured => PolicyFindingSeverity.Note,
        _ => PolicyFindingSeverity.Warning,
    };

    /// <summary>The findings of the enabled kinds, most severe first.</summary>
    public static ImmutableArray<PolicyFinding> Run(PolicyConfiguration configuration, EvaluationSemantics semantics, IReadOnlySet<PolicyFindingKind>? enabled = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(semantics);
        enabled ??= DefaultKinds;
        var findings = new List<PolicyFinding>();
        var connectivity = PolicyConnectivity.Analyze(configuration, semantics);
        if (enabled.Contains(PolicyFindingKind.ConflictingOrder) && PolicyQueries.FindConflict(connectivity) is { } conflict)
        {
            findings.Add(new PolicyFinding(PolicyFindingKind.ConflictingOrder, SeverityOf(PolicyFindingKind.ConflictingOrder), conflict.First) { Other = conflict.Second, Direction = conflict.Direction });
        }

        if (enabled.Contains(PolicyFindingKind.EmptyPolicy) || enabled.Contains(PolicyFindingKind.EmptyRule))
        {
            var emptiness = PolicyQueries.Emptiness(connectivity);
            if (enabled.Contains(PolicyFindingKind.EmptyPolicy))
            {
                findings.AddRange(emptiness.EmptyPolicies.Select(p => new PolicyFinding(PolicyFindingKind.EmptyPolicy, SeverityOf(PolicyFindingKind.EmptyPolicy), p)));
            }

            if (enabled.Contains(PolicyFindingKind.EmptyRule))
            {
                findings.AddRange(emptiness.EmptyRules
                    .Where(r => !emptiness.EmptyPolicies.Contains(r.Rule.Policy))
                    .Select(r => new PolicyFinding(PolicyFindingKind.EmptyRule, SeverityOf(PolicyFindingKind.EmptyRule), r.Rule.Policy, r.Rule) { NoSource = r.NoSource, NoDestination = r.NoDestination }));
            }
        }

        if (enabled.Contains(PolicyFindingKind.Vacuous) && !configuration.Policies.IsEmpty && PolicyQueries.IsVacuous(configuration, semantics))
        {
            findings.Add(new PolicyFinding(PolicyFindingKind.Vacuous, SeverityOf(PolicyFindingKind.Vacuous)));
        }

        if (enabled.Contains(PolicyFindingKind.RedundantPolicy) || enabled.Contains(PolicyFindingKind.RedundantRule))
        {
            var redundancy = PolicyQueries.Redundancy(configuration, semantics);
            if (enabled.Contains(PolicyFindingKind.RedundantPolicy))
            {
                findings.AddRange(redundancy.RedundantPolicies.Select(p => new PolicyFinding(PolicyFindingKind.RedundantPolicy, SeverityOf(PolicyFindingKind.RedundantPolicy), p)));
            }

            if (enabled.Contains(PolicyFindingKind.RedundantRule))
            {
                findings.AddRange(redundancy.RedundantRules.Select(r => new PolicyFinding(PolicyFindingKind.RedundantRule, SeverityOf(PolicyFindingKind.RedundantRule), r.Policy, r)));
            }
        }

        if (enabled.Contains(PolicyFindingKind.Uncaptured))
        {
            var uncaptured = PolicyQueries.Uncaptured(connectivity);
            foreach (var (direction, endpoints) in new[] { (Direction.Ingress, uncaptured.Ingress), (Direction.Egress, uncaptured.Egress) })
            {
                if (!endpoints.IsEmpty)
                {
                    findings.Add(new PolicyFinding(PolicyFindingKind.Uncaptured, SeverityOf(PolicyFindingKind.Uncaptured)) { Direction = direction, Endpoints = [.. endpoints.Select(e => e.Id)] });
                }
            }
        }

        return [.. findings.OrderByDescending(f => f.Severity)];
    }
}
