using Portcullis.Cluster.Requirements;
using Portcullis.Core.Addresses;
using Portcullis.Core.Explain;
using Portcullis.Core.Sets;

namespace Portcullis.Cluster.Check;

/// <summary>A requirement's packets open from addresses outside its peer and outside the cluster's pod and service subnets.</summary>
/// <param name="Requirement">The requirement.</param>
/// <param name="Connection">The requirement's packets.</param>
/// <param name="Open">The addresses outside the peer and the cluster they are open from.</param>
/// <param name="Everywhere">Whether <paramref name="Open"/> is every such address.</param>
/// <param name="Rule">A security-group rule that opens them, if the groups are checked.</param>
public sealed record WiderThanNeededFinding(Requirement Requirement, ConnectionSet Connection, IpAddressSet Open, bool Everywhere, RuleCitation? Rule)
    : RequirementFinding(Requirement)
{
    /// <inheritdoc />
    public override FindingKind Kind => FindingKind.WiderThanNeeded;
}
