using Portcullis.Conformance.Golden;
using Portcullis.Core.Lint;
using Portcullis.Core.Topology;
using Portcullis.Formats.Lint;
using Portcullis.Formats.Wording;

namespace Portcullis.Conformance.Facts;

/// <summary>The engine's lint findings as <see cref="LintFact"/>s, keyed by the objects they name.</summary>
public static class EngineLintFacts
{
    public static List<LintFact> From(LintReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Findings.Select(Fact)];
    }

    private static LintFact Fact(LintFinding finding)
    {
        var empty = new HashSet<string>();
        switch (finding.Linter)
        {
            case "nacl-unattached" or "sg-unattached":
                return new LintFact(finding.Linter, $"{finding.Subjects[0].Vpc!.Name}|{LintSubjectText.Name(finding.Subjects[0])}", empty);
            case "subnet-cidr-overlap":
                var pair = finding.Subjects.Select(s => $"{s.Vpc!.Name}|{s.Subnet!.Name}|{s.Addresses}").Order(StringComparer.Ordinal);
                return new LintFact(finding.Linter, string.Join(" & ", pair), empty);
            case "nacl-rule-cidr-out-of-range" or "sg-rule-cidr-out-of-range":
                return new LintFact(finding.Linter, Rule(finding.Subjects[0]), empty);
            case "nacl-split-subnet" or "sg-split-subnet":
                var subnets = finding.Subjects.Where(s => s.Kind == LintSubjectKind.Subnet).Select(s => s.Subnet!.Name).Order(StringComparer.Ordinal);
                return new LintFact(finding.Linter, $"{Rule(finding.Subjects[0])}|{string.Join(',', subnets)}", empty);
            case "nacl-rule-shadowed" or "sg-rule-implied":
                return new LintFact(finding.Linter, Rule(finding.Subjects[0]), finding.Related.Select(r => LintRuleKey.Of(LintSubjectText.Rule(r)!)).ToHashSet());
            case "tcp-response-blocked":
                return new LintFact(finding.Linter, $"{Node(finding.Source!)} => {Node(finding.Destination!)} : {ConnectionText.Of(finding.Connection!)}", empty);
            default:
                return new LintFact(finding.Linter, LintText.Message(finding), empty);
        }
    }

    private static string Rule(LintSubject rule) => $"{rule.Vpc!.Name}|{LintSubjectText.Table(rule)}|{LintRuleKey.Of(LintSubjectText.Rule(rule)!)}";

    /// <summary>An internal node as <c>vpc/address</c> (a load balancer as <c>vpc/lb:name</c>), external addresses as their kind and blocks.</summary>
    internal static string Node(LintSubject node)
    {
        if (node.ExternalKind is { } kind)
        {
            return $"{(kind == ExternalKind.PublicInternet ? "PublicInternet" : "ServiceNetwork")}:{node.Addresses.ToCidrString()}";
        }

        return node.Node is LoadBalancerNode loadBalancer
            ? $"{node.Vpc!.Name}/lb:{loadBalancer.Name}"
            : $"{node.Vpc!.Name}/{(node.Addresses.RangeCount == 1 && node.Addresses.First == node.Addresses.Last ? node.Addresses.First.ToString() : LintSubjectText.Name(node))}";
    }
}
