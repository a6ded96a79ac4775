namespace Portcullis.Cluster.Check;

/// <summary>A table close to its rule quota, or a worker with no room for another security group.</summary>
/// <param name="Usage">The quota use.</param>
/// <param name="ClusterId">The cluster's id (its own group, <c>kube-&lt;id&gt;</c>, is where rules go instead of a new group).</param>
public sealed record QuotaFinding(QuotaUsage Usage, string ClusterId) : Finding
{
    /// <inheritdoc />
    public override FindingKind Kind => FindingKind.QuotaPressure;
}
