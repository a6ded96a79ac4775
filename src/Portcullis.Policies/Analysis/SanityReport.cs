using System.Collections.Immutable;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

/// <summary>
/// A sanity check: a conflict between policies of the same order stops it; otherwise vacuity, empty policies,
/// empty rules and (for a configuration that is not vacuous) redundant policies and rules.
/// </summary>
/// <param name="Conflict">The first conflict found, if any.</param>
/// <param name="Vacuous">Whether the configuration allows what it would with no policy.</param>
/// <param name="EmptyPolicies">Policies that select no endpoint.</param>
/// <param name="EmptyRules">Empty rules of the other policies.</param>
/// <param name="RedundantPolicies">Redundant policies (not reported for a vacuous configuration).</param>
/// <param name="RedundantRules">Redundant rules that are not empty, of policies not redundant.</param>
public sealed record SanityReport(
    PolicyConflict? Conflict,
    bool Vacuous,
    ImmutableArray<PolicyId> EmptyPolicies,
    ImmutableArray<EmptyRule> EmptyRules,
    ImmutableArray<PolicyId> RedundantPolicies,
    ImmutableArray<RuleId> RedundantRules)
{
    /// <summary>How many issues: 1 for a conflict alone; else vacuity, each empty policy, each empty side of a rule, each redundancy.</summary>
    public int Count => Conflict is not null
        ? 1
        : (Vacuous ? 1 : 0) + EmptyPolicies.Length + EmptyRules.Sum(r => (r.NoSource ? 1 : 0) + (r.NoDestination ? 1 : 0)) + RedundantPolicies.Length + RedundantRules.Length;
}
