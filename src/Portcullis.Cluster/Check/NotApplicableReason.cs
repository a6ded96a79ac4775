using Portcullis.Cluster.Description;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Topology;

namespace Portcullis.Cluster.Check;

/// <summary>Why a requirement is not applicable, with what the reason concerns.</summary>
/// <param name="Kind">Why.</param>
/// <param name="Problem">Why the connection does not resolve, for <see cref="NotApplicableKind.ConnectionUnresolved"/>.</param>
/// <param name="Cluster">The cluster, for the reasons that name its region or id.</param>
/// <param name="Vpc">The cluster's VPC, for <see cref="NotApplicableKind.NoVpcPrefixes"/>.</param>
public sealed record NotApplicableReason(NotApplicableKind Kind, TemplateProblem? Problem = null, ClusterDescription? Cluster = null, VpcNetwork? Vpc = null)
{
    /// <summary>The connection does not resolve.</summary>
    public static NotApplicableReason Unresolved(TemplateProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(NotApplicableKind.ConnectionUnresolved, problem);
    }
}
