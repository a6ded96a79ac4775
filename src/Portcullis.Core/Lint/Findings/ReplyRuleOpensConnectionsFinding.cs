using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Reports;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Findings;

/// <summary>
/// <c>nacl-reply-rule-opens-connections</c>: a network ACL rule that matches by source port and, by first match,
/// lets through connections that only some source ports reach.
/// </summary>
/// <param name="Linter">The linter's name.</param>
/// <param name="Severity">A warning when that reaches an administrative port, a note otherwise.</param>
/// <param name="Vpc">The VPC.</param>
/// <param name="Acl">The network ACL.</param>
/// <param name="Rule">The rule.</param>
/// <param name="Flows">
/// The connections it lets through this way, as report rows (single internal nodes; external peers that share an
/// endpoint, a direction and a connection merged into one side), in no particular order.
/// </param>
/// <param name="AdminPortsReached">The administrative destination ports among them, ascending (<see cref="AdminPorts"/>).</param>
public sealed record ReplyRuleOpensConnectionsFinding(string Linter, Severity Severity, VpcNetwork Vpc, NetworkAcl Acl, NetworkAclRule Rule, ImmutableArray<ReportRow> Flows, ImmutableArray<int> AdminPortsReached)
    : LintFinding(Linter, Severity);
