using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Linters;

/// <summary>
/// <c>interface-sg-quota</c>: IBM Cloud VPC allows at most 5 security groups per target (a network interface, an
/// endpoint gateway, a load balancer; IKS counts its own groups on each worker). The limit is not adjustable.
/// </summary>
internal sealed class InterfaceGroupQuotaLinter : Linter
{
    /// <summary>Security groups per target.</summary>
    public const int GroupsPerTarget = 5;

    public InterfaceGroupQuotaLinter()
        : base(
            "interface-sg-quota",
            "Security groups per interface",
            $"A network interface, endpoint gateway, load balancer or worker node in more than {GroupsPerTarget} security groups: IBM Cloud "
            + "allows at most that many per target and the limit cannot be raised.",
            Severity.Error)
    {
    }

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Endpoint gateways and load balancers are one target however many addresses they have.
        var targets = context.Topology.Endpoints
            .Where(e => e.SecurityGroups.Length > GroupsPerTarget)
            .GroupBy(e => e.Kind is EndpointKind.EndpointGatewayIp or EndpointKind.LoadBalancerPrivateIp ? e.OwnerId : e.Id);
        foreach (var target in targets)
        {
            var endpoint = target.First();
            yield return new InterfaceGroupQuotaFinding(Name, Severity, endpoint, GroupsPerTarget)
            {
                Subjects = [context.Subject(endpoint)],
                Related = [.. endpoint.SecurityGroups.Select(g => LintSubject.Of(g, endpoint.Vpc))],
            };
        }
    }
}
