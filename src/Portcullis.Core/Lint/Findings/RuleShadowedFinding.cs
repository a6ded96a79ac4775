using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Findings;

/// <summary><c>nacl-rule-shadowed</c>: a network ACL rule whose every packet higher priority rules of the same direction already match.</summary>
/// <param name="Linter">The linter's name.</param>
/// <param name="Severity">Error for a deny whose packets earlier rules allow, warning for an allow whose packets they deny, note when they only repeat it.</param>
/// <param name="Vpc">The VPC.</param>
/// <param name="Acl">The network ACL.</param>
/// <param name="Rule">The shadowed rule.</param>
/// <param name="Shadowing">The earlier rules that match some of its packets, in priority order.</param>
/// <param name="Overridden">What of the rule's connections the earlier rules decide the other way; empty when the rule is merely redundant.</param>
public sealed record RuleShadowedFinding(string Linter, Severity Severity, VpcNetwork Vpc, NetworkAcl Acl, NetworkAclRule Rule, ImmutableArray<NetworkAclRule> Shadowing, ConnectionSet Overridden)
    : LintFinding(Linter, Severity);
