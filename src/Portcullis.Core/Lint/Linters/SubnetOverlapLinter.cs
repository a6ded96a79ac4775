using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint.Findings;

namespace Portcullis.Core.Lint.Linters;

/// <summary><c>subnet-cidr-overlap</c>: two subnets, in the same VPC or in different ones, whose blocks overlap.</summary>
internal sealed class SubnetOverlapLinter : Linter
{
    public SubnetOverlapLinter()
        : base(
            "subnet-cidr-overlap",
            "Overlapping subnet address spaces",
            "Two subnets whose address blocks overlap. Across VPCs joined by a transit gateway (or a VPN) the overlapping addresses "
            + "cannot be routed to both, and analyses of them are ambiguous.",
            Severity.Warning)
    {
    }

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subnets = context.Topology.Subnets.ToArray();
        for (var i = 0; i < subnets.Length; i++)
        {
            for (var j = i + 1; j < subnets.Length; j++)
            {
                if (subnets[i].Addresses.Overlaps(subnets[j].Addresses))
                {
                    yield return new SubnetOverlapFinding(Name, Severity, subnets[i], subnets[j])
                    {
                        Subjects = [LintSubject.Of(subnets[i].Subnet, subnets[i].Vpc), LintSubject.Of(subnets[j].Subnet, subnets[j].Vpc)],
                    };
                }
            }
        }
    }
}
