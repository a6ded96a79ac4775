using System.Text.RegularExpressions;
using Portcullis.Conformance.Facts;
using Portcullis.Core.Lint;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Formats.Lint;
using Portcullis.Formats.Wording;

namespace Portcullis.Conformance.Golden;

/// <summary>
/// Reads the analyzer's lint output into findings keyed by the objects they name, and compares them with the
/// engine's as sets: per linter the same number of findings, every finding the golden shows among ours, and the
/// same shadowing or implying rules. The golden shows only the first three findings of a linter (with
/// <c>... (N more)</c>) unless printed in full, so hidden ones count but cannot be compared one by one.
/// </summary>
public static partial class LintGolden
{
    /// <summary>The analyzer's section titles (older and newer wordings) and the linters they belong to.</summary>
    public static IReadOnlyDictionary<string, string> Linters { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Network ACLs implying different connectivity for endpoints inside a subnet"] = "nacl-split-subnet",
        ["SGs implying different connectivity for endpoints inside a subnet"] = "sg-split-subnet",
        ["Overlapping subnet address spaces"] = "subnet-cidr-overlap",
        ["Network ACL not applied to any resources"] = "nacl-unattached",
        ["NACL not applied to any resources"] = "nacl-unattached",
        ["SG not applied to any resources"] = "sg-unattached",
        ["Security group rules referencing CIDRs outside of the VPC address space"] = "sg-rule-cidr-out-of-range",
        ["Security-group rules referencing CIDRs outside of the VPC address space"] = "sg-rule-cidr-out-of-range",
        ["Network ACL rules referencing CIDRs outside of the VPC address space"] = "nacl-rule-cidr-out-of-range",
        ["Blocked TCP response"] = "tcp-response-blocked",
        ["Network ACL rules shadowed by higher priority rules"] = "nacl-rule-shadowed",
        ["Security group rules implied by other rules"] = "sg-rule-implied",
    };

    /// <summary>The names of the analyzer's linters.</summary>
    public static IReadOnlySet<string> LinterNames { get; } = Linters.Values.ToHashSet(StringComparer.Ordinal);

    /// <summary>The findings of one linter: those shown, and how many more the golden counts without showing.</summary>
    public sealed record Section(string Linter, List<LintFact> Shown, int Hidden)
    {
        public int Total => Shown.Count + Hidden;
    }

    public static Dictionary<string, Section> Parse(string text)
    {
        var sections = new Dictionary<string, Section>(StringComparer.Ordinal);
        foreach (var block in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split(new string('_', 200)))
        {
            var lines = block.Split('\n').Where(l => l.Length > 0).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            var title = Title().Match(lines[0]);
            if (!title.Success || !Linters.TryGetValue(title.Groups[1].Value, out var linter))
            {
                throw new FormatException($"unknown lint section '{lines[0]}'");
            }

            var findings = new List<List<string>>();
            var hidden = 0;
            foreach (var line in lines.Skip(2))
            {
                if (More().Match(line) is { Success: true } more)
                {
                    hidden += int.Parse(more.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                }
                else if (line.StartsWith('\t') && findings.Count > 0)
                {
                    findings[^1].Add(line.Trim());
                }
                else
                {
                    findings.Add([line]);
                }
            }

            sections[linter] = new Section(linter, [.. findings.Select(f => Fact(linter, f))], hidden);
        }

        return sections;
    }

    /// <summary>
    /// Runs the analyzer's linters (those beyond it have no goldens) with the case's <c>--enable</c> and
    /// <c>--disable</c>, and returns the first difference from the golden, or <see langword="null"/>.
    /// </summary>
    public static string? FirstDifference(string golden, NetworkTopology topology, LintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!LinterRegistry.TrySelect(options.Enable, options.Disable, out var linters, out var unknown))
        {
            return $"lint options rejected: {LintText.UnknownLinters(unknown)}";
        }

        var report = LintRunner.Run(topology, linters.Where(l => LinterNames.Contains(l.Name)), LintText.Order);
        return FirstDifference(GoldenFormatException.Reading(() => Parse(golden)), EngineLintFacts.From(report));
    }

    /// <summary>The first difference between the golden's findings and ours, or <see langword="null"/> when they agree.</summary>
    public static string? FirstDifference(Dictionary<string, Section> expected, IReadOnlyList<LintFact> actual)
    {
        var byLinter = actual.GroupBy(f => f.Linter).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var linter in expected.Keys.Concat(byLinter.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            var ours = byLinter.GetValueOrDefault(linter) ?? [];
            var theirs = expected.GetValueOrDefault(linter) ?? new Section(linter, [], 0);
            var unmatched = new List<LintFact>(ours);
            foreach (var fact in theirs.Shown)
            {
                var match = unmatched.FindIndex(f => f.Key == fact.Key);
                if (match < 0)
                {
                    return $"{linter}: expected the finding {fact.Key}; ours are {Describe(ours)}";
                }

                if (!unmatched[match].Related.SetEquals(fact.Related))
                {
                    return $"{linter}: {fact.Key}: expected rules {string.Join("; ", fact.Related.Order())}, ours {string.Join("; ", unmatched[match].Related.Order())}";
                }

                unmatched.RemoveAt(match);
            }

            if (ours.Count != theirs.Total)
            {
                return $"{linter}: expected {theirs.Total} findings ({theirs.Hidden} not shown), ours are {ours.Count}: {Describe(ours)}";
            }
        }

        return null;
    }

    private static string Describe(List<LintFact> facts) => facts.Count == 0 ? "none" : string.Join(" ; ", facts.Select(f => f.Key));

    private static LintFact Fact(string linter, List<string> lines)
    {
        var head = lines[0];
        var empty = new HashSet<string>();
        string Rule() => $"{Vpc(head)}|{Table(head)}|{LintRuleKey.Of(Details(lines))}";
        switch (linter)
        {
            case "nacl-unattached" or "sg-unattached":
                return new LintFact(linter, $"{Vpc(head)}|{Table(head)}", empty);
            case "subnet-cidr-overlap":
                var pair = Overlap().Matches(head).Select(m => $"{m.Groups[1].Value}|{m.Groups[2].Value}|{m.Groups[3].Value}").Order(StringComparer.Ordinal);
                return new LintFact(linter, string.Join(" & ", pair), empty);
            case "nacl-rule-cidr-out-of-range" or "sg-rule-cidr-out-of-range":
                return new LintFact(linter, Rule(), empty);
            case "nacl-split-subnet" or "sg-split-subnet":
                var subnets = SplitSubnet().Matches(head[head.IndexOf(" splits ", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
                return new LintFact(linter, $"{Rule()}|{string.Join(',', subnets)}", empty);
            case "nacl-rule-shadowed" or "sg-rule-implied":
                var related = lines.SkipWhile(l => !l.StartsWith("Shadowing rule", StringComparison.Ordinal) && !l.StartsWith("Implying rule", StringComparison.Ordinal))
                    .Select(l => l.Contains(": name: ", StringComparison.Ordinal) || l.Contains(": id: ", StringComparison.Ordinal) ? l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..] : l)
                    .Where(l => l.StartsWith("name: ", StringComparison.Ordinal) || l.StartsWith("id: ", StringComparison.Ordinal))
                    .Select(LintRuleKey.Of)
                    .ToHashSet();
                return new LintFact(linter, Rule(), related);
            case "tcp-response-blocked":
                var flow = Connection().Match(head);
                if (!flow.Success)
                {
                    throw new FormatException($"cannot read the blocked TCP finding '{head}'");
                }

                var tcp = ConnectionSet.None;
                foreach (var part in flow.Groups[3].Value.Split("; "))
                {
                    tcp = tcp.Union(ConnectionText.TryParse("protocol: " + part, out var set) ? set : throw new FormatException($"cannot read the connection '{part}'"));
                }

                return new LintFact(linter, $"{Node(flow.Groups[1].Value)} => {Node(flow.Groups[2].Value)} : {ConnectionText.Of(tcp)}", empty);
            default:
                throw new FormatException($"no reading for {linter}");
        }
    }

    // The rule description that follows "Rule details: ", without the lines after it.
    private static string Details(List<string> lines) =>
        lines.FirstOrDefault(l => l.StartsWith("Rule details: ", StringComparison.Ordinal))?["Rule details: ".Length..]
            ?? (lines[0].Contains("Rule details: ", StringComparison.Ordinal) ? lines[0][(lines[0].IndexOf("Rule details: ", StringComparison.Ordinal) + 14)..] : throw new FormatException($"no rule details in '{lines[0]}'"));

    private static string Vpc(string head) => InVpc().Match(head) is { Success: true } m ? m.Groups[1].Value : throw new FormatException($"no VPC in '{head}'");

    private static string Table(string head) => InVpc().Match(head) is { Success: true } m ? m.Groups[2].Value : throw new FormatException($"no table in '{head}'");

    private static string Node(string name)
    {
        var side = GoldenNames.Parse(name, null);
        if (side.External is { } external)
        {
            return $"{(external.Kind == ExternalKind.PublicInternet ? "PublicInternet" : "ServiceNetwork")}:{external.Addresses.ToCidrString()}";
        }

        var node = side.Internal!.Single();
        return $"{node.Vpc}/{node.Id}";
    }

    [GeneratedRegex("^\"(.*)\" issues:$")]
    private static partial Regex Title();

    [GeneratedRegex(@"^\.\.\. \((\d+) more\)$")]
    private static partial Regex More();

    [GeneratedRegex("^In VPC \"(.*?)\", (?:network ACL|security group) \"(.*?)\"")]
    private static partial Regex InVpc();

    [GeneratedRegex("VPC \"(.*?)\"'s subnet \"(.*?)\" \\[(.*?)\\]")]
    private static partial Regex Overlap();

    [GeneratedRegex("\"(.*?)\" \\(")]
    private static partial Regex SplitSubnet();

    [GeneratedRegex("^In the connection from \"(.*?)\" to \"(.*?)\" (.*) response is blocked$")]
    private static partial Regex Connection();
}
