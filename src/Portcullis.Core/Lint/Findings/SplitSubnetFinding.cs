using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;

namespace Portcullis.Core.Lint.Findings;

/// <summary><c>nacl-split-subnet</c>, <c>sg-split-subnet</c>: a rule whose addresses cover part of some subnets but not all of them.</summary>
/// <param name="Linter">The linter's name.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Rule">The rule: a network ACL rule or a security group rule, with its table and VPC.</param>
/// <param name="Subnets">The subnets it splits, in configuration order.</param>
public sealed record SplitSubnetFinding(string Linter, Severity Severity, LintSubject Rule, ImmutableArray<Subnet> Subnets) : LintFinding(Linter, Severity);
