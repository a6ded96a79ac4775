using Portcullis.Core.Explain;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Formats.Wording;

namespace Portcullis.Formats.Lint;

public static partial class LintText
{
    private static string Message(SplitSubnetFinding finding)
    {
        var list = string.Join(", ", finding.Subnets.Select(s => $"\"{s.Name}\" ({s.Cidr})"));
        var what = finding.Subnets.Length == 1 ? $"subnet {list}" : $"subnets {list}";
        return $"In VPC \"{finding.Rule.Vpc!.Name}\", {TableKind(finding.Rule)} \"{LintSubjectText.Table(finding.Rule)}\" rule \"{LintSubjectText.Name(finding.Rule)}\" splits {what}";
    }

    private static string Message(SubnetOverlapFinding finding) => $"{Subnet(finding.First)} and {Subnet(finding.Second)} overlap";

    private static string Message(UnattachedTableFinding finding) =>
        $"In VPC \"{finding.Table.Vpc!.Name}\", {TableKind(finding.Table)} \"{LintSubjectText.Name(finding.Table)}\" has no resources attached to it";

    private static string Message(RuleCidrOutOfRangeFinding finding)
    {
        var rule = finding.Rule;
        var what = rule.AclRule is { } aclRule
            ? $"network ACL \"{rule.Acl!.Name}\" " + (aclRule.Direction == TrafficDirection.Inbound ? $"inbound rule \"{aclRule.Name}\" has destination" : $"outbound rule \"{aclRule.Name}\" has source")
            : $"security group \"{rule.SecurityGroup!.Name}\" {Direction(rule.GroupRule!.Direction)} rule \"{LintSubjectText.Name(rule)}\" has local";
        var part = finding.PartlyInside ? "partly outside" : "outside";
        return $"In VPC \"{rule.Vpc!.Name}\", {what} {finding.Local}, {part} of the VPC's address range ({string.Join(", ", finding.SubnetBlocks)}): that part never matches";
    }

    private static string Message(RuleQuotaFinding finding)
    {
        var kind = TableKind(finding.Table);
        return $"In VPC \"{finding.Table.Vpc!.Name}\", {kind} \"{LintSubjectText.Name(finding.Table)}\" has {finding.Rules} rules; the quota is {finding.Quota} per {kind}";
    }

    private static string Message(TableQuotaFinding finding)
    {
        var tables = finding.Tables == LayerKind.NetworkAcl ? "network ACLs" : "security groups";
        return $"VPC \"{finding.Vpc.Name}\" has {finding.Count} {tables}; the quota is {finding.Quota} per VPC";
    }

    private static string Message(InterfaceGroupQuotaFinding finding)
    {
        var endpoint = finding.Target;
        var (kind, name) = endpoint.Kind switch
        {
            EndpointKind.EndpointGatewayIp => ("endpoint gateway", endpoint.Name),
            EndpointKind.LoadBalancerPrivateIp => ("load balancer", endpoint.Name),
            EndpointKind.IksWorker => ("worker node", NodeText.Name(endpoint)),
            _ => ("network interface", NodeText.Name(endpoint)),
        };
        var groups = string.Join(", ", endpoint.SecurityGroups.Select(g => $"\"{g.Name}\""));
        return $"In VPC \"{endpoint.Vpc.Name}\", {kind} \"{name}\" is in {endpoint.SecurityGroups.Length} security groups ({groups}); the limit is {finding.Limit} per target";
    }

    private static string Subnet(SubnetNode subnet) => $"VPC \"{subnet.Vpc.Name}\"'s subnet \"{subnet.Name}\" [{subnet.Subnet.Cidr}]";
}
