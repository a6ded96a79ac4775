using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Portcullis.Core.Lint;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Model;

namespace Portcullis.Formats.Lint;

/// <summary>
/// How lint findings are worded: for each kind of finding, the sentence that says what is wrong (naming the
/// objects) and the lines that follow it (the rule as written, the rules that shadow it, what a reply would need).
/// Every writer uses these; the text writer also lists findings in the order of their wording (<see cref="Order"/>).
/// </summary>
public static partial class LintText
{
    // Sorting asks for a finding's sentence once per comparison; each is worked out once.
    private static readonly ConditionalWeakTable<LintFinding, string> Messages = [];

    /// <summary>
    /// The order in which findings of one severity and linter are listed: alphabetically (ordinal) by their
    /// sentence, then by the objects they name (rules as cited, other objects as <see cref="LintSubjectText.Path"/>).
    /// </summary>
    public static IComparer<LintFinding> Order { get; } = Comparer<LintFinding>.Create((a, b) =>
    {
        var byMessage = string.CompareOrdinal(Message(a), Message(b));
        return byMessage != 0 ? byMessage : string.CompareOrdinal(SubjectKey(a), SubjectKey(b));
    });

    /// <summary>One sentence that says what is wrong, naming the objects.</summary>
    public static string Message(LintFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Messages.GetValue(finding, Describe);
    }

    /// <summary>The lines that follow the sentence, in order; empty for findings that need none.</summary>
    public static ImmutableArray<string> Details(LintFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding switch
        {
            SplitSubnetFinding split => [RuleLine(split.Rule)],
            RuleCidrOutOfRangeFinding outside => [RuleLine(outside.Rule)],
            RuleShadowedFinding shadowed => Details(shadowed),
            RuleImpliedFinding implied => Details(implied),
            TcpResponseBlockedFinding blocked => Details(blocked),
            OneWayRequestResponseFinding oneWay => Details(oneWay),
            ReplyRuleOpensConnectionsFinding replyRule => Details(replyRule),
            AdminPortExposedFinding exposed => Details(exposed),
            AdminPortLatentFinding latent => Details(latent),
            SubnetOverlapFinding or UnattachedTableFinding or RuleQuotaFinding or TableQuotaFinding or InterfaceGroupQuotaFinding => [],
            _ => throw new ArgumentOutOfRangeException(nameof(finding), finding.GetType().Name, "Not a kind of lint finding."),
        };
    }

    /// <summary>Why a selection of linters is refused: <c>unknown linter 'x'; the linters are ...</c>, every linter listed.</summary>
    public static string UnknownLinters(IReadOnlyCollection<string> unknown)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        var names = string.Join(", ", unknown.Select(n => $"'{n}'"));
        return $"unknown linter{(unknown.Count == 1 ? string.Empty : "s")} {names}; the linters are {string.Join(", ", LinterRegistry.All.Select(l => l.Name))}";
    }

    private static string Describe(LintFinding finding) => finding switch
    {
        SplitSubnetFinding split => Message(split),
        SubnetOverlapFinding overlap => Message(overlap),
        UnattachedTableFinding unattached => Message(unattached),
        RuleCidrOutOfRangeFinding outside => Message(outside),
        RuleQuotaFinding rules => Message(rules),
        TableQuotaFinding tables => Message(tables),
        InterfaceGroupQuotaFinding groups => Message(groups),
        RuleShadowedFinding shadowed => Message(shadowed),
        RuleImpliedFinding implied => Message(implied),
        TcpResponseBlockedFinding blocked => Message(blocked),
        OneWayRequestResponseFinding oneWay => Message(oneWay),
        ReplyRuleOpensConnectionsFinding replyRule => Message(replyRule),
        AdminPortExposedFinding exposed => Message(exposed),
        AdminPortLatentFinding latent => Message(latent),
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding.GetType().Name, "Not a kind of lint finding."),
    };

    // Rules as cited, other objects by their path: what tells apart findings worded alike.
    private static string SubjectKey(LintFinding finding) =>
        string.Join('|', finding.AllSubjects.Select(s => LintSubjectText.Rule(s) ?? LintSubjectText.Path(s)));

    private static string RuleLine(LintSubject rule) => $"rule: {LintSubjectText.Rule(rule)}";

    // "network ACL" or "security group", for a table or one of its rules.
    private static string TableKind(LintSubject subject) =>
        subject.Kind is LintSubjectKind.NetworkAcl or LintSubjectKind.NetworkAclRule ? "network ACL" : "security group";

    private static string Direction(TrafficDirection direction) => direction == TrafficDirection.Inbound ? "inbound" : "outbound";

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
