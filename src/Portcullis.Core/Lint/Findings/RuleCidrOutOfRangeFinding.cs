using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Lint.Findings;

/// <summary>
/// <c>nacl-rule-cidr-out-of-range</c>, <c>sg-rule-cidr-out-of-range</c>: a rule whose local side (an ACL rule's
/// destination inbound or source outbound, a group rule's <c>local</c>) reaches outside its VPC's subnets.
/// </summary>
/// <param name="Linter">The linter's name.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Rule">The rule: a network ACL rule or a security group rule, with its table and VPC.</param>
/// <param name="Local">The rule's local side.</param>
/// <param name="PartlyInside">Whether part of <paramref name="Local"/> is inside the VPC's subnets (otherwise none of it is).</param>
/// <param name="SubnetBlocks">The VPC's address range it was checked against: its subnets' blocks, in configuration order, each once.</param>
public sealed record RuleCidrOutOfRangeFinding(string Linter, Severity Severity, LintSubject Rule, IpPrefix Local, bool PartlyInside, ImmutableArray<IpPrefix> SubnetBlocks)
    : LintFinding(Linter, Severity);
