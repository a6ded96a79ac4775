using System.Collections.Immutable;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

/// <summary>Policies that select no endpoint, and rules whose source or destination selects nothing.</summary>
/// <param name="EmptyPolicies">The policies that select no endpoint.</param>
/// <param name="EmptyRules">The rules that select nothing on a side.</param>
public sealed record EmptinessReport(ImmutableArray<PolicyId> EmptyPolicies, ImmutableArray<EmptyRule> EmptyRules)
{
    /// <summary>How many findings: each empty policy and each empty rule once.</summary>
    public int Count => EmptyPolicies.Length + EmptyRules.Length;
}
