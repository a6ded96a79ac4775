using System.Collections.Immutable;

namespace Portcullis.Cluster.Fix;

/// <summary>The rules to add so every requirement passes, and what could not be planned within the quotas.</summary>
/// <param name="Changes">The rules to add, grouped by table in a stable order.</param>
/// <param name="Problems">What the fix cannot do (a quota would be exceeded, an endpoint has no group), each with what to do instead.</param>
public sealed record FixPlan(ImmutableArray<PlannedChange> Changes, ImmutableArray<FixProblem> Problems)
{
    /// <summary>Whether nothing needs to change.</summary>
    public bool IsEmpty => Changes.IsEmpty && Problems.IsEmpty;

    /// <summary>The changes made for one requirement.</summary>
    public IEnumerable<PlannedChange> For(string requirementId) => Changes.Where(c => c.RequirementIds.Contains(requirementId));
}
