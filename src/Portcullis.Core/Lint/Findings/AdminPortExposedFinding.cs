using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Findings;

/// <summary><c>admin-port-open-to-internet</c>, the error: a target that accepts administrative ports from every public address.</summary>
/// <param name="Linter">The linter's name.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Target">The endpoint (for a load balancer, its first address: the load balancer is one target).</param>
/// <param name="Ports">The administrative ports exposed, ascending (<see cref="AdminPorts"/>).</param>
/// <param name="GroupRules">The security group rules that let them in.</param>
/// <param name="AclRules">The network ACL rules that let them in.</param>
public sealed record AdminPortExposedFinding(string Linter, Severity Severity, Endpoint Target, ImmutableArray<int> Ports, ImmutableArray<LintSubject> GroupRules, ImmutableArray<LintSubject> AclRules)
    : LintFinding(Linter, Severity);
