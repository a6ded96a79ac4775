using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint.Findings;
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
            Severity.Note)
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
                        yield return new RuleImpliedFinding(Name, Severity, vpc, group, rules[i], [.. implying.Select(j => rules[j])])
                        {
                            Subjects = [LintSubject.Of(group, rules[i], vpc)],
                            Related = [.. implying.Select(j => LintSubject.Of(group, rules[j], vpc))],
                        };
                    }
                }
            }
        }
    }

    /// <summary>The packets a group rule allows, as the member sees them: remote × local × connection.</summary>
    internal static RuleSpace SpaceOf(SecurityGroupRule rule, VpcNetwork vpc) =>
        new(vpc.RemoteAddresses(rule.Remote), rule.HasLocal ? rule.Local.ToAddressSet() : IpAddressSet.AllIPv4, rule.Connection);
}
