using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Lint.Findings;

/// <summary><c>nacl-unattached</c>, <c>sg-unattached</c>: a network ACL no subnet uses, a security group with no member.</summary>
/// <param name="Linter">The linter's name.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Table">The network ACL or security group, with its VPC.</param>
public sealed record UnattachedTableFinding(string Linter, Severity Severity, LintSubject Table) : LintFinding(Linter, Severity);
