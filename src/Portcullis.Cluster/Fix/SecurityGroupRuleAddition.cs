using System.Collections.Immutable;
using Portcullis.Core.Model;

namespace Portcullis.Cluster.Fix;

/// <summary>A rule added to a security group.</summary>
/// <param name="RequirementIds">The requirements the rule is for.</param>
/// <param name="Shape">The rule's protocol and ports.</param>
/// <param name="Group">The group.</param>
/// <param name="Rule">The rule (id <c>planned-N</c>).</param>
public sealed record SecurityGroupRuleAddition(ImmutableArray<string> RequirementIds, RuleShape Shape, SecurityGroup Group, SecurityGroupRule Rule)
    : PlannedChange(RequirementIds, Shape);
