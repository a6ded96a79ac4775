using Portcullis.Conformance.Golden;
using Portcullis.Core.Lint;

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
                return new LintFact(finding.Linter, $"{finding.Subjects[0].Vpc}|{finding.Subjects[0].Name}", empty);
            case "subnet-cidr-overlap":
                var pair = finding.Subjects.Select(s => $"{s.Vpc}|{s.Name}|{s.Addresses}").Order(StringComparer.Ordinal);
                return new LintFact(finding.Linter, string.Join(" & ", pair), empty);
            case "nacl-rule-cidr-out-of-range" or "sg-rule-cidr-out-of-range":
                return new LintFact(finding.Linter, Rule(finding.Subjects[0]), empty);
            case "nacl-split-subnet" or "sg-split-subnet":
                var subnets = finding.Subjects.Where(s => s.Kind == LintSubjectKind.Subnet).Select(s => s.Name).Order(StringComparer.Ordinal);
                return new LintFact(finding.Linter, $"{Rule(finding.Subjects[0])}|{string.Join(',', subnets)}", empty);
            case "nacl-rule-shadowed" or "sg-rule-implied":
                return new LintFact(finding.Linter, Rule(finding.Subjects[0]), finding.Related.Select(r => LintRuleKey.Of(r.Text!)).ToHashSet());
            case "tcp-response-blocked":
                return new LintFact(finding.Linter, $"{Node(finding.Source!)} => {Node(finding.Destination!)} : {finding.Connection}", empty);
            default:
                return new LintFact(finding.Linter, finding.Message, empty);
        }
    }

    private static string Rule(LintSubject rule) => $"{rule.Vpc}|{rule.Table}|{LintRuleKey.Of(rule.Text!)}";

    /// <summary>An internal node as <c>vpc/address</c> (a load balancer as <c>vpc/lb:name</c>), external addresses as their kind and blocks.</summary>
    internal static string Node(LintSubject node)
    {
        if (node.Kind == LintSubjectKind.ExternalAddresses)
        {
            var kind = node.Name.StartsWith("Public Internet", StringComparison.Ordinal) ? "PublicInternet" : "ServiceNetwork";
            return $"{kind}:{node.Addresses.ToCidrString()}";
        }

        const string LoadBalancer = "[LoadBalancer]";
        return node.Name.EndsWith(LoadBalancer, StringComparison.Ordinal)
            ? $"{node.Vpc}/lb:{node.Name[..^LoadBalancer.Length]}"
            : $"{node.Vpc}/{(node.Addresses.RangeCount == 1 && node.Addresses.First == node.Addresses.Last ? node.Addresses.First.ToString() : node.Name)}";
    }
}
