using Portcullis.Core.Addresses;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Linters;

/// <summary>
/// <c>sg-rule-implied</c>: a security-group rule whose every packet (remote × local × connection) the group's
/// other rules of the same direction together already allow, so removing it changes nothing. Computed exactly;
/// two identical rules imply each other and both are reported.
/// </summary>
internal sealed class RuleImpliedLinter : Linter
{
    public RuleImpliedLinter()
        : base(
            "sg-rule-implied",
            "Security group rules implied by other rules",
            "A security group rule whose every packet the group's other rules of the same direction already allow: it adds nothing and "
            + "can be removed (remove one of two identical rules, not both).",
            LintSeverity.Note)
    {
    }

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var vpc in context.Topology.Vpcs)
        {
            foreach (var group in vpc.SecurityGroups)
            {
                foreach (var direction in new[] { TrafficDirection.Inbound, TrafficDirection.Outbound })
                {
                    var rules = group.Rules.Where(r => r.Direction == direction).ToArray();
                    var spaces = rules.Select(r => SpaceOf(r, vpc)).ToArray();
                    for (var i = 0; i < rules.Length; i++)
                    {
                        var others = spaces.Where((_, j) => j != i).ToArray();
                        if (spaces[i].IsEmpty || !spaces[i].IsCoveredBy(others))
                        {
                            continue;
                        }

                        var implying = Enumerable.Range(0, rules.Length).Where(j => j != i && spaces[j].Overlaps(spaces[i])).ToArray();
                        var by = implying.Length == 1 ? "another rule" : "other rules";
                        yield return Finding($"In VPC \"{vpc.Name}\", security group \"{group.Name}\" {Direction(direction)} rule \"{rules[i].Name ?? rules[i].Id}\" is implied by {by}: it is redundant") with
                        {
                            Subjects = [LintSubject.Of(group, rules[i], vpc)],
                            Related = [.. implying.Select(j => LintSubject.Of(group, rules[j], vpc))],
                            Details = [$"rule: {TransitionalRuleText.Of(rules[i], vpc)}", .. implying.Select(j => $"implied by: {TransitionalRuleText.Of(rules[j], vpc)}")],
                        };
                    }
                }
            }
        }
    }

    /// <summary>The packets a group rule allows, as the member sees them: remote × local × connection.</summary>
    internal static RuleSpace SpaceOf(SecurityGroupRule rule, VpcNetwork vpc) =>
        new(vpc.RemoteAddresses(rule.Remote), rule.HasLocal ? rule.Local.ToAddressSet() : IpAddressSet.AllIPv4, rule.Connection);

    private static string Direction(TrafficDirection direction) => direction == TrafficDirection.Inbound ? "inbound" : "outbound";
}
