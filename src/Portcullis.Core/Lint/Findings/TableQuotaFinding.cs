using Portcullis.Core.Diagnostics;
using Portcullis.Core.Explain;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Findings;

/// <summary><c>acl-quota</c>, <c>sg-quota</c>: a VPC with as many network ACLs (or security groups) as its quota allows, or more.</summary>
/// <param name="Linter">The linter's name.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Vpc">The VPC.</param>
/// <param name="Tables">Which tables are counted: network ACLs or security groups.</param>
/// <param name="Count">How many it has.</param>
/// <param name="Quota">How many IBM Cloud allows per VPC.</param>
public sealed record TableQuotaFinding(string Linter, Severity Severity, VpcNetwork Vpc, LayerKind Tables, int Count, int Quota) : LintFinding(Linter, Severity);
