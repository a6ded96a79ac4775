using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Lint.Findings;

/// <summary><c>acl-quota</c>, <c>sg-quota</c>: a table with as many rules as its quota allows, or more (an error above it, a warning from 90% of it).</summary>
/// <param name="Linter">The linter's name.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Table">The network ACL or security group, with its VPC.</param>
/// <param name="Rules">How many rules it has.</param>
/// <param name="Quota">How many rules IBM Cloud allows per table of its kind.</param>
public sealed record RuleQuotaFinding(string Linter, Severity Severity, LintSubject Table, int Rules, int Quota) : LintFinding(Linter, Severity);
