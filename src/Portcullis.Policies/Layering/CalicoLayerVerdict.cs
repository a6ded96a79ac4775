using System.Collections.Immutable;
using Portcullis.Core.Sets;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Layering;

/// <summary>What one cluster's policies decide about a connection: its source's egress and its destination's ingress, where they are its endpoints.</summary>
/// <param name="Cluster">The cluster whose policies these are.</param>
/// <param name="Explanation">The decisions, as <c>policy explain</c> gives them.</param>
/// <param name="Policies">The cluster's policies (their orders and locations, which the decisions cite by identity).</param>
public sealed record CalicoLayerVerdict(string Cluster, PairExplanation Explanation, ImmutableArray<Policy> Policies)
{
    /// <summary>What the cluster's policies allow of the asked connections.</summary>
    public ConnectionSet Allowed => Explanation.Allowed;
}
