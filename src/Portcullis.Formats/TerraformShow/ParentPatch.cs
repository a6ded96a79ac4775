using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;

namespace Portcullis.Formats.TerraformShow;

/// <summary>
/// Rules and targets that a Terraform file manages for a network ACL or security group it does not hold (an
/// <c>ibm_is_network_acl_rule</c> on a collected ACL, say), applied to that ACL or group when a configuration given
/// beside the file holds it.
/// </summary>
/// <param name="ParentId">The ACL's or group's id.</param>
/// <param name="IsAcl">Whether the parent is a network ACL (else a security group).</param>
/// <param name="AclRules">The ACL rules the file writes, each placed by <paramref name="Placements"/>.</param>
/// <param name="Placements">Where each ACL rule goes.</param>
/// <param name="GroupRules">The group rules the file writes.</param>
/// <param name="TargetIds">The group targets the file attaches.</param>
/// <param name="RemovedRuleIds">The rules the plan deletes or replaces.</param>
/// <param name="Location">The first resource of the patch, for messages.</param>
internal sealed record ParentPatch(
    string ParentId,
    bool IsAcl,
    ImmutableArray<NetworkAclRule> AclRules,
    ImmutableArray<RulePlacement> Placements,
    ImmutableArray<SecurityGroupRule> GroupRules,
    ImmutableArray<string> TargetIds,
    ImmutableHashSet<string> RemovedRuleIds,
    SourceLocation? Location);
