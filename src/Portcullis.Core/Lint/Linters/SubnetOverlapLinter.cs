using Portcullis.Core.Topology;

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
            LintSeverity.Warning)
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
                    yield return Finding($"{Describe(subnets[i])} and {Describe(subnets[j])} overlap") with
                    {
                        Subjects = [LintSubject.Of(subnets[i].Subnet, subnets[i].Vpc), LintSubject.Of(subnets[j].Subnet, subnets[j].Vpc)],
                    };
                }
            }
        }
    }

    private static string Describe(SubnetNode subnet) => $"VPC \"{subnet.Vpc.Name}\"'s subnet \"{subnet.Name}\" [{subnet.Subnet.Cidr}]";
}
