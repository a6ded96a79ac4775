using Portcullis.Cluster.Requirements;
using Portcullis.Core.Addresses;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;

namespace Portcullis.Cluster.Check;

/// <summary>TCP replies of a requirement that a stateless network ACL drops.</summary>
/// <param name="Requirement">The requirement.</param>
/// <param name="Acl">The ACL.</param>
/// <param name="Direction">The direction of the replies as the ACL sees them.</param>
/// <param name="Missing">The replies dropped (of the first gap), as they travel.</param>
/// <param name="Remote">The addresses whose replies are dropped, over every gap of the ACL and direction.</param>
/// <param name="Rule">The rule that denies them, if a rule does (else the ACL's implicit deny).</param>
public sealed record RepliesBlockedFinding(Requirement Requirement, NetworkAcl Acl, TrafficDirection Direction, ConnectionSet Missing, IpAddressSet Remote, RuleCitation? Rule)
    : RequirementFinding(Requirement)
{
    /// <inheritdoc />
    public override FindingKind Kind => FindingKind.RepliesBlocked;
}
