using System.Collections.Immutable;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Flows.Replay;
using Portcullis.Formats.Wording;

namespace Portcullis.Flows.Formats.FlowLogs;

public static partial class FlowReplayReportWriter
{
    /// <summary>
    /// How many of a group remote's member blocks a rule citation lists before it counts the rest: a report of rule
    /// hits names rules, and a large group's members would fill it.
    /// </summary>
    public const int CitedMemberBlocks = 8;

    /// <summary>
    /// The wording of one report: rules as explain cites them (each worked out once, and a group remote's member list
    /// once per group however many rules name it), deciding rules, table names, and the order changes are listed in.
    /// </summary>
    private sealed class Wording
    {
        /// <summary>What the records of unknown vNICs beyond the ids a report keeps are listed as.</summary>
        public const string OtherUnknownInterfaces = "(other unknown vNICs)";

        private readonly Dictionary<RuleCitation, string> _rules = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<(VpcNetwork Vpc, RuleRemote Remote), string> _remotes = [];

        /// <summary>The ACL's name, or the names of the groups joined by commas.</summary>
        public static string TableName(DecidingRule rule) => rule.Acl?.Name ?? string.Join(',', rule.Groups.Select(g => g.Name));

        /// <summary>The name of the ACL or group that holds the rule.</summary>
        public static string TableName(RuleUse rule) => rule.Acl?.Name ?? rule.Group!.Name;

        /// <summary>
        /// The unknown vNICs as reports list them: by id, and the others as <see cref="OtherUnknownInterfaces"/>, most
        /// records first, then by what they print.
        /// </summary>
        public static ImmutableArray<(string InterfaceId, long Records)> UnknownInterfaces(FlowReplayReport report) =>
            report.OtherUnknownRecords == 0 ? report.UnknownInterfaces
            : [.. report.UnknownInterfaces.Append((InterfaceId: OtherUnknownInterfaces, Records: report.OtherUnknownRecords))
                .OrderByDescending(u => u.Records).ThenBy(u => u.InterfaceId, StringComparer.Ordinal)];

        /// <summary><c>network ACL</c> or <c>security group</c>.</summary>
        public static string Layer(LayerKind layer) => layer == LayerKind.NetworkAcl ? "network ACL" : "security group";

        /// <summary>The rule as explain cites it, but listing at most <see cref="CitedMemberBlocks"/> of a group remote's member blocks.</summary>
        public string Rule(RuleCitation rule)
        {
            if (!_rules.TryGetValue(rule, out var text))
            {
                text = rule.AclRule is { } acl ? RuleText.Of(acl) : RuleText.Of(rule.GroupRule!, Remote(rule.Vpc, rule.GroupRule!.Remote));
                _rules.Add(rule, text);
            }

            return text;
        }

        /// <summary><c>network ACL acl-1: name: deny-ssh, ...</c>, <c>network ACL acl-1: no rule matches (implicit deny)</c> or <c>security groups sg-a,sg-b: no rule allows it</c>.</summary>
        public string Deciding(DecidingRule rule)
        {
            var layer = rule.Layer == LayerKind.NetworkAcl ? $"network ACL {TableName(rule)}" : $"security groups {TableName(rule)}";
            return rule.Rule is { } cited ? $"{layer}: {Rule(cited)}"
                : rule.Layer == LayerKind.NetworkAcl ? $"{layer}: no rule matches (implicit deny)" : $"{layer}: no rule allows it";
        }

        /// <summary>The changes as reports list them: most records first, then by kind, endpoint, direction and deciding rules as printed.</summary>
        public IReadOnlyList<ChangedDecision> Ordered(IEnumerable<ChangedDecision> changes) =>
        [
            .. changes
                .OrderByDescending(c => c.Records)
                .ThenBy(c => c.Kind)
                .ThenBy(c => NodeText.Name(c.Endpoint), StringComparer.Ordinal)
                .ThenBy(c => c.Direction)
                .ThenBy(c => string.Join('|', c.DecidedBy.Select(Deciding)), StringComparer.Ordinal),
        ];

        private string Remote(VpcNetwork vpc, RuleRemote remote)
        {
            if (!_remotes.TryGetValue((vpc, remote), out var text))
            {
                text = RuleText.RemoteOf(remote, vpc, CitedMemberBlocks);
                _remotes.Add((vpc, remote), text);
            }

            return text;
        }
    }
}
