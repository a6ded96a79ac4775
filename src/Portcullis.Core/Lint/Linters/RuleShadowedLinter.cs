using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Linters;

/// <summary>
/// <c>nacl-rule-shadowed</c>: a network ACL rule whose every packet (source × destination × connection) an earlier
/// rule of the same direction already matches, allow or deny alike, so it never decides anything. Computed exactly.
/// </summary>
/// <remarks>
/// The severity says what the shadowing does to the rule's intent: a deny whose packets earlier rules allow is an
/// error (the block it states does not happen), an allow whose packets earlier rules deny is a warning (the access
/// it states does not work), and a rule that earlier rules only repeat is a note.
/// </remarks>
internal sealed class RuleShadowedLinter : Linter
{
    public RuleShadowedLinter()
        : base(
            "nacl-rule-shadowed",
            "Network ACL rules shadowed by higher priority rules",
            "A network ACL rule that can never be the first match: higher priority rules of the same direction together already match "
            + "every packet it matches. A shadowed deny whose packets are allowed earlier is an error, a shadowed allow whose packets are "
            + "denied earlier a warning, a merely redundant rule a note.",
            Severity.Warning)
    {
    }

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var vpc in context.Topology.Vpcs)
        {
            foreach (var acl in vpc.Acls)
            {
                foreach (var direction in new[] { TrafficDirection.Inbound, TrafficDirection.Outbound })
                {
                    var rules = acl.RulesOf(direction).ToArray();
                    var spaces = rules.Select(r => new RuleSpace(r.Source.ToAddressSet(), r.Destination.ToAddressSet(), r.Connection)).ToArray();
                    for (var i = 1; i < rules.Length; i++)
                    {
                        var earlier = spaces[..i];
                        if (spaces[i].IsEmpty || !spaces[i].IsCoveredBy(earlier))
                        {
                            continue;
                        }

                        var shadowing = Enumerable.Range(0, i).Where(j => spaces[j].Overlaps(spaces[i])).ToArray();
                        yield return Describe(vpc, acl, rules, i, shadowing, Overridden(rules, spaces, i, shadowing));
                    }
                }
            }
        }
    }

    // The packets of rule `index` that the earlier rules decide the other way, by first match.
    private static ConnectionSet Overridden(NetworkAclRule[] rules, RuleSpace[] spaces, int index, int[] shadowing)
    {
        var rule = rules[index];
        var overridden = ConnectionSet.None;
        foreach (var (_, _, containing) in spaces[index].Cells([.. shadowing.Select(j => spaces[j])]))
        {
            var allowed = AclFirstMatch.Allowed(containing.Select(k => rules[shadowing[k]])).Intersect(rule.Connection);
            overridden = overridden.Union(rule.Action == AclAction.Allow ? rule.Connection.Except(allowed) : allowed);
        }

        return overridden;
    }

    private RuleShadowedFinding Describe(VpcNetwork vpc, NetworkAcl acl, NetworkAclRule[] rules, int index, int[] shadowing, ConnectionSet overridden)
    {
        var rule = rules[index];
        var severity = (overridden.IsEmpty, rule.Action) switch
        {
            (true, _) => Severity.Note, // redundant
            (false, AclAction.Deny) => Severity.Error, // what it means to deny is allowed
            _ => Severity.Warning, // what it means to allow is denied
        };
        return new RuleShadowedFinding(Name, severity, vpc, acl, rule, [.. shadowing.Select(j => rules[j])], overridden)
        {
            Subjects = [LintSubject.Of(acl, rule, vpc)],
            Related = [.. shadowing.Select(j => LintSubject.Of(acl, rules[j], vpc))],
        };
    }

}
