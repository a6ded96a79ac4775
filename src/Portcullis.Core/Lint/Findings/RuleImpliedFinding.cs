using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Findings;

/// <summary><c>sg-rule-implied</c>: a security group rule whose every packet the group's other rules of the same direction already allow.</summary>
/// <param name="Linter">The linter's name.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Vpc">The VPC.</param>
/// <param name="Group">The security group.</param>
/// <param name="Rule">The implied rule.</param>
/// <param name="Implying">The other rules of its direction that allow some of its packets, in the group's order.</param>
public sealed record RuleImpliedFinding(string Linter, Severity Severity, VpcNetwork Vpc, SecurityGroup Group, SecurityGroupRule Rule, ImmutableArray<SecurityGroupRule> Implying)
    : LintFinding(Linter, Severity);
