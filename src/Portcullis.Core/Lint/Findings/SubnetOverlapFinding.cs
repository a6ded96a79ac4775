using Portcullis.Core.Diagnostics;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Findings;

/// <summary><c>subnet-cidr-overlap</c>: two subnets, of one VPC or of two, whose blocks overlap.</summary>
/// <param name="Linter">The linter's name.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="First">The subnet listed first in the configuration.</param>
/// <param name="Second">The other subnet.</param>
public sealed record SubnetOverlapFinding(string Linter, Severity Severity, SubnetNode First, SubnetNode Second) : LintFinding(Linter, Severity);
