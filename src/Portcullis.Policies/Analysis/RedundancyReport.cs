using System.Collections.Immutable;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

/// <summary>Policies whose removal alone changes nothing (when there are two or more), and rules of the other policies whose removal alone changes nothing.</summary>
/// <param name="RedundantPolicies">The redundant policies.</param>
/// <param name="RedundantRules">The redundant rules (of policies not themselves redundant).</param>
public sealed record RedundancyReport(ImmutableArray<PolicyId> RedundantPolicies, ImmutableArray<RuleId> RedundantRules)
{
    /// <summary>How many findings.</summary>
    public int Count => RedundantPolicies.Length + RedundantRules.Length;
}
