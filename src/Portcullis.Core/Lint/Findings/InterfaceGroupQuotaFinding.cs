using Portcullis.Core.Diagnostics;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Findings;

/// <summary><c>interface-sg-quota</c>: a target (network interface, endpoint gateway, load balancer, worker node) in more security groups than IBM Cloud allows.</summary>
/// <param name="Linter">The linter's name.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Target">An endpoint of the target (its groups are the target's); for a gateway or load balancer, its first address.</param>
/// <param name="Limit">How many groups IBM Cloud allows per target.</param>
public sealed record InterfaceGroupQuotaFinding(string Linter, Severity Severity, Endpoint Target, int Limit) : LintFinding(Linter, Severity);
