using System.Collections.Immutable;
using Portcullis.Core.Model;

namespace Portcullis.Cluster.Fix;

/// <summary>An allow rule added to a network ACL, before the first rule that would deny its packets (or last).</summary>
/// <param name="RequirementIds">The requirements the rule is for.</param>
/// <param name="Shape">The rule's protocol and ports.</param>
/// <param name="Acl">The ACL.</param>
/// <param name="Rule">The rule (id <c>planned-N</c>; its priority is set when applied).</param>
/// <param name="Before">The existing rule it goes before, or <see langword="null"/> to append it.</param>
public sealed record AclRuleAddition(ImmutableArray<string> RequirementIds, RuleShape Shape, NetworkAcl Acl, NetworkAclRule Rule, NetworkAclRule? Before)
    : PlannedChange(RequirementIds, Shape);
