using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;

namespace Portcullis.Formats.TerraformShow;

/// <summary>
/// Rules, targets and routes that a Terraform file manages for a network ACL, security group or routing table it does
/// not hold (an <c>ibm_is_network_acl_rule</c> on a collected ACL, a route of a VPC's default table), applied to that
/// parent when a configuration given beside the file holds it.
/// </summary>
/// <param name="ParentId">The parent's id.</param>
/// <param name="Kind">What the parent is: <see cref="ResourceKind.NetworkAcl"/>, <see cref="ResourceKind.SecurityGroup"/> or <see cref="ResourceKind.RoutingTable"/>.</param>
/// <param name="AclRules">The ACL rules the file writes, each placed by <paramref name="Placements"/>.</param>
/// <param name="Placements">Where each ACL rule goes.</param>
/// <param name="GroupRules">The group rules the file writes.</param>
/// <param name="TargetIds">The group targets the file attaches.</param>
/// <param name="Routes">The routes the file writes, known by name.</param>
/// <param name="RemovedRuleIds">The rules (by id) or routes (by name) the plan deletes or replaces.</param>
/// <param name="Location">The first resource of the patch, for messages.</param>
internal sealed record ParentPatch(
    string ParentId,
    ResourceKind Kind,
    ImmutableArray<NetworkAclRule> AclRules,
    ImmutableArray<RulePlacement> Placements,
    ImmutableArray<SecurityGroupRule> GroupRules,
    ImmutableArray<string> TargetIds,
    ImmutableArray<Route> Routes,
    ImmutableHashSet<string> RemovedRuleIds,
    SourceLocation? Location);
