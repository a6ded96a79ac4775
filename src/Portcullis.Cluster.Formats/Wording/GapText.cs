using Portcullis.Cluster.Check;
using Portcullis.Core.Explain;
using Portcullis.Formats.Wording;

namespace Portcullis.Cluster.Formats.Wording;

/// <summary>How cluster checks say what blocks a requirement: in a few words for the table, in full (citing the rule) for the details.</summary>
public static class GapText
{
    /// <summary>What blocks, in a few words: <c>network ACL acl-1: deny-all-outbound (outbound #17)</c>, <c>security group sg-1: no inbound rule</c>.</summary>
    public static string Short(LayerGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        var what = gap.IsReply ? "replies: " : string.Empty;
        var direction = CheckText.Direction(gap.Direction);
        if (gap.Layer == LayerKind.NetworkAcl)
        {
            var acl = gap.Owner.Subnet.Acl;
            return gap.DenyingRule?.AclRule is { } rule
                ? $"{what}network ACL {acl.Name}: {rule.Name} ({direction} #{rule.Priority})"
                : $"{what}network ACL {acl.Name}: no {direction} rule (implicit deny)";
        }

        return gap.Owner.SecurityGroups.IsEmpty
            ? $"{NodeText.Name(gap.Owner)} has no security group"
            : $"security group {string.Join(", ", gap.Owner.SecurityGroups.Select(g => g.Name))}: no {direction} rule";
    }

    /// <summary>What blocks, as explain says it: the deny rule cited in full, or that no rule of the table allows the packets.</summary>
    public static string Full(LayerGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        var what = gap.IsReply ? "TCP replies: " : string.Empty;
        if (gap.Layer == LayerKind.NetworkAcl)
        {
            var acl = gap.Owner.Subnet.Acl;
            return gap.DenyingRule is { } denying
                ? $"{what}network ACL {acl.Name}: {RuleText.Of(denying)}"
                : $"{what}network ACL {acl.Name} ({CheckText.Direction(gap.Direction)}): no rule allows it (implicit deny)";
        }

        var groups = gap.Owner.SecurityGroups.IsEmpty ? "no security group" : "security group " + string.Join(", ", gap.Owner.SecurityGroups.Select(g => g.Name));
        return $"{groups} of {NodeText.Name(gap.Owner)}: no {CheckText.Direction(gap.Direction)} rule allows it";
    }
}
