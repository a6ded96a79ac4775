using Portcullis.Cluster.Requirements;
using Portcullis.Core.Topology;

namespace Portcullis.Cluster.Check;

/// <summary>A worker subnet that a per-subnet requirement does not cover, where it covers another (a subnet added after the rules were written).</summary>
/// <param name="Requirement">The requirement.</param>
/// <param name="Subnet">The subnet not covered.</param>
/// <param name="Status">The requirement's status from that subnet.</param>
/// <param name="Gap">The first gap from that subnet (what blocks), if any.</param>
public sealed record DriftFinding(Requirement Requirement, SubnetNode Subnet, RequirementStatus Status, LayerGap? Gap) : RequirementFinding(Requirement)
{
    /// <inheritdoc />
    public override FindingKind Kind => FindingKind.Drift;
}
