using System.Collections.Immutable;
using Portcullis.Core.Lint;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Topology;
using Portcullis.Formats.Wording;

namespace Portcullis.Formats.Lint;

public static partial class LintText
{
    private static string Message(AdminPortExposedFinding finding)
    {
        var endpoint = finding.Target;
        var loadBalancer = endpoint.Kind == EndpointKind.LoadBalancerPrivateIp;
        var name = loadBalancer ? $"load balancer {endpoint.Name}" : NodeText.Name(endpoint);
        var via = endpoint.FloatingIp is { } fip && !loadBalancer ? $" (floating IP {fip.Address})" : string.Empty;
        return $"In VPC \"{endpoint.Vpc.Name}\", {name}{via} accepts {AdminPortList(finding.Ports)} from the whole public internet";
    }

    private static ImmutableArray<string> Details(AdminPortExposedFinding finding) =>
    [
        $"ports: {AdminPortNames(finding.Ports)}",
        .. finding.GroupRules.Select(r => $"allowed by security group \"{LintSubjectText.Table(r)}\": {LintSubjectText.Rule(r)}"),
        .. finding.AclRules.Select(r => $"allowed by network ACL \"{LintSubjectText.Table(r)}\": {LintSubjectText.Rule(r)}"),
    ];

    private static string Message(AdminPortLatentFinding finding)
    {
        var rule = finding.Rule;
        var narrower = finding.PartlyReachable ? "other layers narrow it to part of the internet" : "no member is reachable on them from the internet";
        return $"In VPC \"{finding.Vpc.Name}\", security group \"{finding.Group.Name}\" rule \"{rule.Name ?? rule.Id}\" opens {AdminPortList(finding.Ports)} "
            + $"to {RuleText.RemoteOf(rule.Remote, finding.Vpc)}; {narrower}, so the group alone does not protect them";
    }

    private static ImmutableArray<string> Details(AdminPortLatentFinding finding) =>
    [
        $"rule: {RuleText.Of(finding.Rule, finding.Vpc)}",
        $"ports: {AdminPortNames(finding.Ports)}",
        .. finding.Members.Select(m => $"member {NodeText.Name(m.Member)}: {Exposure(m)}"),
        .. finding.Members.IsEmpty ? ["the group has no members"] : Array.Empty<string>(),
    ];

    private static string Exposure(MemberExposure exposure)
    {
        var acl = exposure.Member.Subnet.Acl.Name;
        if (exposure.Member.FloatingIp is null)
        {
            return "has no floating IP or public load balancer address, so the internet cannot reach it";
        }

        return exposure.Reachable.IsEmpty
            ? $"is reachable from the internet, but network ACL \"{acl}\" does not let these ports in"
            : $"network ACL \"{acl}\" lets them in only from " + string.Join("; ", exposure.Reachable.Select(x => $"{x.From.ToCidrString()} (tcp {x.Port})"));
    }

    // SSH (tcp 22), a comma list of up to three, or a count with the first three.
    private static string AdminPortList(IReadOnlyCollection<int> ports) =>
        ports.Count <= 3 ? AdminPortNames(ports) : $"{ports.Count} administrative ports ({AdminPortNames(ports.Order().Take(3).ToList())}, ...)";

    // Every port as SSH (tcp 22), comma-separated.
    private static string AdminPortNames(IEnumerable<int> ports) =>
        string.Join(", ", ports.Order().Select(p => $"{AdminPorts.Service(p)} (tcp {p})"));
}
