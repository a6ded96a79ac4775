using System.Collections.Immutable;
using Portcullis.Cluster.Check;
using Portcullis.Core.Diff;
using Portcullis.Core.Model;

namespace Portcullis.Cluster.Fix;

/// <summary>
/// The re-check a fix is built on: the plan applied in memory (as the cloud would after the script runs), the cluster
/// checked again on the result, and what the new rules change in connectivity.
/// </summary>
/// <param name="Before">The check the plan was made from.</param>
/// <param name="Plan">The plan.</param>
/// <param name="After">The same check on the patched configuration.</param>
/// <param name="Patched">The configuration with the plan applied (as read, before the cluster's workers were placed in it).</param>
/// <param name="Differences">The connectivity diff between the configuration and the patched one, endpoint by endpoint.</param>
public sealed record FixProof(ClusterCheckReport Before, FixPlan Plan, ClusterCheckReport After, VpcConfiguration Patched, ImmutableArray<DiffLine> Differences)
{
    /// <summary>Whether every requirement passes after the fix (open, or not applicable).</summary>
    public bool Passes => After.Results.All(r => r.Status is RequirementStatus.Open or RequirementStatus.NotApplicable);

    /// <summary>Each requirement's result before and after, in catalog order.</summary>
    public IEnumerable<(RequirementResult Before, RequirementResult After)> Requirements =>
        Before.Results.Select(b => (b, After.Results.First(a => a.Requirement.Id == b.Requirement.Id)));

    /// <summary>The requirements that do not pass after the fix.</summary>
    public IEnumerable<RequirementResult> Failing => After.Results.Where(r => r.Status is RequirementStatus.Blocked or RequirementStatus.PartlyOpen);
}
