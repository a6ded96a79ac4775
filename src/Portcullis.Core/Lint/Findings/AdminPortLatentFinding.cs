using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Findings;

/// <summary>
/// <c>admin-port-open-to-internet</c>, the warning or note: a security group rule open to the whole internet on
/// administrative ports, where other layers keep some (warning) or all (note) public addresses out.
/// </summary>
/// <param name="Linter">The linter's name.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Vpc">The VPC.</param>
/// <param name="Group">The security group.</param>
/// <param name="Rule">The rule; its remote is a block that holds the whole public internet.</param>
/// <param name="Ports">The administrative ports it opens, ascending (<see cref="AdminPorts"/>).</param>
/// <param name="Members">What reaches each member the rule applies to, in configuration order.</param>
public sealed record AdminPortLatentFinding(string Linter, Severity Severity, VpcNetwork Vpc, SecurityGroup Group, SecurityGroupRule Rule, ImmutableArray<int> Ports, ImmutableArray<MemberExposure> Members)
    : LintFinding(Linter, Severity)
{
    /// <summary>Whether some public addresses reach some member on some of the ports.</summary>
    public bool PartlyReachable => Members.Any(m => !m.Reachable.IsEmpty);
}
