using System.Collections.Immutable;
using Portcullis.Core.Lint;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Reports;
using Portcullis.Formats.Wording;

namespace Portcullis.Formats.Lint;

public static partial class LintText
{
    /// <summary>How many flows a reply-rule finding lists before counting the rest.</summary>
    public const int FlowsShown = 5;

    private static string Message(TcpResponseBlockedFinding finding)
    {
        var connection = ConnectionText.Of(finding.Connection!).Replace("protocol: ", string.Empty, StringComparison.Ordinal);
        return $"In the connection from \"{LintSubjectText.Qualified(finding.Source!)}\" to \"{LintSubjectText.Qualified(finding.Destination!)}\" {connection} response is blocked";
    }

    private static ImmutableArray<string> Details(TcpResponseBlockedFinding finding) =>
        [$"replies needed: {ConnectionText.Of(finding.Replies)}", .. finding.Blockers.Select(Blocker)];

    private static string Message(OneWayRequestResponseFinding finding)
    {
        var requests = string.Join(" and ", finding.Requests.Select(kind => kind switch
        {
            RequestKind.DnsOverUdp => "DNS queries over UDP",
            RequestKind.DnsOverTcp => "DNS queries over TCP",
            _ => "pings (ICMP echo)",
        }));
        return $"\"{LintSubjectText.Qualified(finding.Source!)}\" may send {requests} to \"{LintSubjectText.Qualified(finding.Destination!)}\", but the answers are blocked";
    }

    private static ImmutableArray<string> Details(OneWayRequestResponseFinding finding) =>
        [$"requests allowed: {ConnectionText.Of(finding.Connection!)}", $"answers needed: {ConnectionText.Of(finding.Answers)}", .. finding.Blockers.Select(Blocker)];

    private static string Blocker(ReplyBlocker blocker) => blocker.Layer.Kind switch
    {
        LintSubjectKind.TransitGateway => $"blocked by: transit gateway \"{blocker.Layer.TransitGateway!.Name}\" has no route back to subnet \"{blocker.Subnet.Name}\"",
        _ => $"blocked by: network ACL \"{blocker.Layer.Acl!.Name}\" ({Direction(blocker.Direction!.Value)}, subnet \"{blocker.Subnet.Name}\") does not allow {ConnectionText.Of(blocker.Dropped!)}",
    };

    private static string Message(ReplyRuleOpensConnectionsFinding finding)
    {
        var rule = finding.Rule;
        var sourcePorts = rule.Connection.Tcp.IsEmpty ? rule.Connection.Udp.FirstProjection() : rule.Connection.Tcp.FirstProjection();
        var reach = finding.AdminPortsReached.IsEmpty ? string.Empty : $", reaching {AdminPortList(finding.AdminPortsReached)}";
        return $"In VPC \"{finding.Vpc.Name}\", network ACL \"{finding.Acl.Name}\" {Direction(rule.Direction)} rule \"{rule.Name}\" matches {rule.Protocol.Name.ToLowerInvariant()} "
            + $"by source port ({sourcePorts}), so it lets new connections from those ports through, not only replies: {Count(finding.Flows.Length, "flow")}{reach}";
    }

    private static ImmutableArray<string> Details(ReplyRuleOpensConnectionsFinding finding)
    {
        // Sources that reach the same destination with the same connection print on one line.
        var lines = finding.Flows
            .Select(r => (Source: FlowEnd(r.Source), Destination: FlowEnd(r.Destination), r.Connection))
            .GroupBy(r => (r.Destination, r.Connection))
            .Select(g =>
            {
                var sources = g.Select(r => r.Source).Order(StringComparer.Ordinal).ToList();
                var from = sources.Count == 1 ? sources[0] : $"{sources[0]} and {sources.Count - 1} more";
                return $"flow: {from} => {g.Key.Destination}: {ConnectionText.Of(g.Key.Connection)}";
            })
            .Order(StringComparer.Ordinal)
            .ToList();
        return
        [
            $"rule: {RuleText.Of(finding.Rule)}",
            .. lines.Take(FlowsShown),
            .. lines.Count > FlowsShown ? [$"... and {lines.Count - FlowsShown} more"] : Array.Empty<string>(),
        ];
    }

    // One end of a flow: vpc/name for an internal node, the address list for external ones.
    private static string FlowEnd(NodeGroup side) => side.IsExternal ? NodeText.Group(side) : NodeText.Qualified(side.Nodes[0]);
}
