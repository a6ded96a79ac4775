using System.Collections.Immutable;
using Portcullis.Cluster.Requirements;

namespace Portcullis.Cluster.Check;

/// <summary>The outcome of checking a cluster's firewalls against a requirements catalog.</summary>
/// <param name="Binding">The cluster and its VPC.</param>
/// <param name="Catalog">The catalog checked.</param>
/// <param name="Results">One result per requirement that applies, in catalog order.</param>
/// <param name="Findings">Drift, wider-than-needed openings, dropped replies, quota pressure and notes.</param>
/// <param name="Quotas">The quota use of every table that protects the workers.</param>
public sealed record ClusterCheckReport(
    ClusterBinding Binding,
    RequirementCatalog Catalog,
    ImmutableArray<RequirementResult> Results,
    ImmutableArray<Finding> Findings,
    ImmutableArray<QuotaUsage> Quotas)
{
    /// <summary>Whether any requirement is blocked or only partly open (what <c>cluster check</c> gates on).</summary>
    public bool HasBlocked => Results.Any(r => r.Status is RequirementStatus.Blocked or RequirementStatus.PartlyOpen);

    /// <summary>The number of results with the given status.</summary>
    public int Count(RequirementStatus status) => Results.Count(r => r.Status == status);
}
