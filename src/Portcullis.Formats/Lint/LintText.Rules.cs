using System.Collections.Immutable;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Model;
using Portcullis.Formats.Wording;

namespace Portcullis.Formats.Lint;

public static partial class LintText
{
    private static string Message(RuleShadowedFinding finding)
    {
        var rule = finding.Rule;
        var by = finding.Shadowing.Length == 1 ? $"a higher priority rule (\"{finding.Shadowing[0].Name}\")" : "higher priority rules";
        var consequence = (finding.Overridden.IsEmpty, rule.Action) switch
        {
            (true, _) => "it is redundant",
            (false, AclAction.Deny) => $"they allow what it means to deny ({ConnectionText.Of(finding.Overridden)})",
            _ => $"they deny what it means to allow ({ConnectionText.Of(finding.Overridden)})",
        };
        return $"In VPC \"{finding.Vpc.Name}\", network ACL \"{finding.Acl.Name}\" {Direction(rule.Direction)} rule \"{rule.Name}\" (priority {rule.Priority}) is shadowed by {by}: {consequence}";
    }

    private static ImmutableArray<string> Details(RuleShadowedFinding finding) =>
        [$"rule: {RuleText.Of(finding.Rule)}", .. finding.Shadowing.Select(r => $"shadowed by: {RuleText.Of(r)}")];

    private static string Message(RuleImpliedFinding finding)
    {
        var rule = finding.Rule;
        var by = finding.Implying.Length == 1 ? "another rule" : "other rules";
        return $"In VPC \"{finding.Vpc.Name}\", security group \"{finding.Group.Name}\" {Direction(rule.Direction)} rule \"{rule.Name ?? rule.Id}\" is implied by {by}: it is redundant";
    }

    private static ImmutableArray<string> Details(RuleImpliedFinding finding) =>
        [$"rule: {RuleText.Of(finding.Rule, finding.Vpc)}", .. finding.Implying.Select(r => $"implied by: {RuleText.Of(r, finding.Vpc)}")];
}
