using Portcullis.Cluster.Check;
using Portcullis.Cluster.Requirements;
using Portcullis.Formats.Wording;

namespace Portcullis.Cluster.Formats.Wording;

/// <summary>How cluster checks word their findings: the kind in brackets, a sentence or two, and the rule concerned.</summary>
public static class FindingText
{
    /// <summary><c>drift</c>, <c>wider than needed</c>, <c>replies blocked</c>, <c>quota</c> or <c>note</c>.</summary>
    public static string Kind(FindingKind kind) => kind switch
    {
        FindingKind.Drift => "drift",
        FindingKind.WiderThanNeeded => "wider than needed",
        FindingKind.RepliesBlocked => "replies blocked",
        FindingKind.QuotaPressure => "quota",
        _ => "note",
    };

    /// <summary>What the finding is, in one or two sentences.</summary>
    public static string Message(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding switch
        {
            BindingNoteFinding { Note: var note } => note.Kind == BindingNoteKind.WorkersFromDescription
                ? $"the VPC configuration lists no worker of cluster {note.ClusterId}; the {note.Workers} workers of the cluster description are checked"
                : $"neither the VPC configuration nor the cluster description lists the workers of cluster {note.ClusterId}; one worker per worker subnet is assumed at its first assignable address",
            UnknownWaiverFinding waiver => $"waived requirement '{waiver.WaivedId}' is not in the {EraNames.Name(waiver.Era)} catalog",
            DriftFinding drift =>
                $"worker subnet {drift.Subnet.Name} ({drift.Subnet.Subnet.Cidr}) is not covered like the other worker subnets: '{drift.Requirement.Purpose}' is {CheckText.Status(drift.Status)} from it; "
                + "a subnet added after the rules were written needs rules of its own",
            RepliesBlockedFinding replies =>
                $"network ACL {replies.Acl.Name} drops the {CheckText.Direction(replies.Direction)} TCP replies of '{replies.Requirement.Purpose}' ({ConnectionText.Of(replies.Missing)}) for {CheckText.Blocks(replies.Remote)}",
            WiderThanNeededFinding wider =>
                $"'{wider.Requirement.Purpose}' ({ConnectionText.Of(wider.Connection)}) is open from {(wider.Everywhere ? "every address (0.0.0.0/0)" : CheckText.Blocks(wider.Open))}, "
                + $"outside the cluster's pod and service subnets, where {wider.Requirement.Peer} suffice",
            QuotaFinding { Usage: { Kind: QuotaKind.WorkerGroups } usage } quota =>
                $"{CheckText.Table(usage)} has {usage.Used} of {usage.Limit} security groups: no room for another group (IKS cannot add groups to workers after creation anyway; add rules to kube-{quota.ClusterId})",
            QuotaFinding { Usage: var usage } => $"{CheckText.Table(usage)} uses {usage.Used} of {usage.Limit} rules",
            _ => throw new ArgumentOutOfRangeException(nameof(finding), finding.GetType().Name, "Not a check finding."),
        };
    }

    /// <summary>The rule (or, for drift, what blocks) a finding concerns, as explain cites it; <see langword="null"/> when none.</summary>
    public static string? Rule(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding switch
        {
            DriftFinding { Gap: { } gap } => GapText.Full(gap),
            RepliesBlockedFinding { Rule: { } rule } => RuleText.Of(rule),
            WiderThanNeededFinding { Rule: { } rule } => RuleText.Of(rule),
            _ => null,
        };
    }
}
