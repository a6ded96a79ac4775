using System.Collections.Immutable;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

public static partial class PolicyQueries
{
    /// <summary>
    /// The sanity check: a conflict between Calico policies of the same order stops it; otherwise vacuity, empty
    /// policies and rules, and, unless the configuration is vacuous, redundant policies and the redundant rules of
    /// the others that are not empty.
    /// </summary>
    public static SanityReport Sanity(PolicyConfiguration configuration, EvaluationSemantics semantics)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var full = Analyze(configuration, semantics);
        if (FindConflict(full) is { } conflict)
        {
            return new SanityReport(conflict, false, [], [], [], []);
        }

        var vacuous = IsVacuous(configuration, semantics);
        var redundant = vacuous ? [] : RedundantPolicies(configuration, semantics, full);
        var emptyPolicies = ImmutableArray.CreateBuilder<PolicyId>();
        var emptyRules = ImmutableArray.CreateBuilder<EmptyRule>();
        var redundantPolicies = ImmutableArray.CreateBuilder<PolicyId>();
        var redundantRules = ImmutableArray.CreateBuilder<RuleId>();
        foreach (var policy in full.Compiled.Policies)
        {
            if (!policy.SelectsAny)
            {
                emptyPolicies.Add(policy.Model.Id);
                continue;
            }

            var empty = EmptyRules(full, policy).ToList();
            emptyRules.AddRange(empty);
            if (vacuous)
            {
                continue;
            }

            if (redundant.Contains(policy.Model.Id))
            {
                redundantPolicies.Add(policy.Model.Id);
                continue;
            }

            redundantRules.AddRange(RedundantRules(configuration, semantics, full, policy, empty.Select(e => e.Rule).ToHashSet()));
        }

        return new SanityReport(null, vacuous, emptyPolicies.ToImmutable(), emptyRules.ToImmutable(), redundantPolicies.ToImmutable(), redundantRules.ToImmutable());
    }

    /// <summary>The first pair of Calico policies of equal order that select common endpoints with opposite actions in a direction.</summary>
    public static PolicyConflict? FindConflict(PolicyConnectivity connectivity)
    {
        ArgumentNullException.ThrowIfNull(connectivity);
        var calico = connectivity.Compiled.Policies.Where(p => !p.Model.IsKubernetes).ToList();
        for (var i = 0; i < calico.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (a, b) = (calico[i], calico[j]);
                if (a.Model.EffectiveOrder != b.Model.EffectiveOrder || a.Tier.Name != b.Tier.Name || !a.Selected.Where((s, c) => s && b.Selected[c]).Any())
                {
                    continue;
                }

                foreach (var direction in new[] { Direction.Ingress, Direction.Egress })
                {
                    if (a.Model.AppliesTo(direction) && b.Model.AppliesTo(direction)
                        && ((HasEffective(a, direction, RuleAction.Allow) && HasEffective(b, direction, RuleAction.Deny))
                            || (HasEffective(a, direction, RuleAction.Deny) && HasEffective(b, direction, RuleAction.Allow))))
                    {
                        return new PolicyConflict(b.Model.Id, a.Model.Id, direction);
                    }
                }
            }
        }

        return null;
    }

    private static bool HasEffective(CompiledPolicy policy, Direction direction, RuleAction action) =>
        policy.Rules(direction).Any(r => r.Action == action
            && AnyPeer(r.Sources, direction == Direction.Egress ? policy.Selected : null)
            && AnyPeer(r.Destinations, direction == Direction.Ingress ? policy.Selected : null));
}
