using Portcullis.Cluster.Fix;
using Portcullis.Core.Model;
using Portcullis.Formats.Wording;

namespace Portcullis.Cluster.Formats.Wording;

/// <summary>How fixes word the rules they add and what they cannot do.</summary>
public static class FixText
{
    /// <summary>A rule's protocol and ports, in short: <c>tcp 30000-32767</c>, <c>tcp src 443</c>, <c>icmp type 8</c>, <c>icmp_tcp_udp</c>.</summary>
    public static string Shape(RuleShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var text = shape.Protocol;
        if (shape.SourcePortMin is { } sourceMin)
        {
            text += " src " + Range(sourceMin, shape.SourcePortMax!.Value);
        }

        if (shape.PortMin is { } min)
        {
            text += " " + Range(min, shape.PortMax!.Value);
        }

        if (shape.IcmpType is { } type)
        {
            text += $" type {type}" + (shape.IcmpCode is { } code ? $" code {code}" : string.Empty);
        }

        return text;
    }

    /// <summary>
    /// One line saying what is added where: <c>network ACL acl-1: allow inbound tcp 443 from 10.0.0.0/8 before deny-all</c>,
    /// <c>security group kube-c1: allow outbound tcp 443 to 161.26.0.0/16</c>.
    /// </summary>
    public static string Summary(PlannedChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change switch
        {
            AclRuleAddition acl => AclSummary(acl),
            SecurityGroupRuleAddition group => GroupSummary(group),
            _ => throw new ArgumentOutOfRangeException(nameof(change), change.GetType().Name, "Not a planned change."),
        };
    }

    /// <summary>What a fix cannot do, and what to do instead.</summary>
    public static string Problem(FixProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem switch
        {
            NoGroupForRules { Owner: var owner } => $"{NodeText.Name(owner)} has no security group to add rules to; IKS cannot attach a group to a worker after creation: "
                + "recreate the worker pool with --security-group, or open the traffic on the VPC default group",
            RuleQuotaExceeded { Usage: var usage } quota =>
                $"{CheckText.Table(usage)} would need {quota.Added} more rules ({usage.Used} in all, quota {usage.Limit}), which the API rejects; none are planned for it. "
                + "Aggregate instead: " + string.Join("; ", quota.Aggregations.Select(Aggregation)),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.GetType().Name, "Not a fix problem."),
        };
    }

    /// <summary><c>one inbound tcp 443 rule from 10.0.0.0/16 in place of 3 blocks (...), if the wider block is acceptable</c>.</summary>
    public static string Aggregation(SuggestedAggregation aggregation)
    {
        ArgumentNullException.ThrowIfNull(aggregation);
        var side = aggregation.Direction == TrafficDirection.Inbound ? "from" : "to";
        return $"one {CheckText.Direction(aggregation.Direction)} {Shape(aggregation.Shape)} rule {side} {aggregation.Supernet} in place of {aggregation.Remotes.ToPrefixes().Count} blocks "
            + $"({CheckText.Blocks(aggregation.Remotes)}), if the wider block is acceptable";
    }

    private static string AclSummary(AclRuleAddition change)
    {
        var rule = change.Rule;
        var peer = rule.Direction == TrafficDirection.Inbound ? $"from {rule.Source}" : $"to {rule.Destination}";
        var where = change.Before is null ? "at the end" : $"before {change.Before.Name}";
        return $"network ACL {change.Acl.Name}: allow {CheckText.Direction(rule.Direction)} {Shape(change.Shape)} {peer} {where}";
    }

    private static string GroupSummary(SecurityGroupRuleAddition change)
    {
        var rule = change.Rule;
        var side = rule.Direction == TrafficDirection.Inbound ? "from" : "to";
        return $"security group {change.Group.Name}: allow {CheckText.Direction(rule.Direction)} {Shape(change.Shape)} {side} {rule.Remote}";
    }

    private static string Range(int min, int max) => min == max ? $"{min}" : $"{min}-{max}";
}
