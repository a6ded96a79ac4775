using System.Text.Json;
using Portcullis.Core.Diagnostics;
using Portcullis.Policies.Analysis;
using Portcullis.Policies.Analysis.Lint;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Formats.Diff;
using Portcullis.Policies.Formats.Explain;
using Portcullis.Policies.Formats.Lint;
using Portcullis.Policies.Formats.Reading;
using Portcullis.Policies.Formats.Reports;
using Portcullis.Policies.Model;
using Portcullis.Testing;

namespace Portcullis.Policies.Formats.Tests.Writing;

/// <summary>The writers on the shipped example: what each format says.</summary>
public sealed class PolicyWritersTests
{
    private static readonly string Dir = Path.Combine(RepositoryPaths.Examples, "calico-basics");

    private static PolicyConfiguration Example(params string[] policies)
    {
        var diagnostics = new DiagnosticBag();
        var resources = PolicyResourceReader.ReadPaths([.. (policies.Length == 0 ? ["policies.yaml"] : policies).Select(p => Path.Combine(Dir, p)), Path.Combine(Dir, "resources.yaml")], ResourceRoles.All, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToImmutable()));
        return resources.ToConfiguration();
    }

    private static string Write(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }

    [Fact]
    public void Report_Txt_MatchesTheReviewedMapOfTheExample()
    {
        // Reviewed by hand against the policies: shop is default-deny with allow-lists, DNS egress to coredns only,
        // host endpoints talk to each other and receive node ports from 10.240.128.0/24 and failsafe ports elsewhere.
        var rows = ConnectivityReport.Rows(PolicyConnectivity.Analyze(Example()));
        var text = Write(w => PolicyReportWriter.Write(rows, "calico-basics", PolicyReportFormat.Txt, w));
        Assert.Null(GoldenFile.Check("Golden/calico-basics-report.txt", text));
        Assert.Contains("shop/frontend[Deployment] => shop/api[Deployment] : protocol: TCP dst-ports: 9000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("shop/frontend[Deployment] => shop/db", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PolicyReportFormat.Json)]
    [InlineData(PolicyReportFormat.Csv)]
    [InlineData(PolicyReportFormat.Md)]
    [InlineData(PolicyReportFormat.Dot)]
    public void Report_OtherFormats_CarryTheSameRows(PolicyReportFormat format)
    {
        var rows = ConnectivityReport.Rows(PolicyConnectivity.Analyze(Example()));
        var text = Write(w => PolicyReportWriter.Write(rows, "calico-basics", format, w));
        switch (format)
        {
            case PolicyReportFormat.Json:
                using (var json = JsonDocument.Parse(text))
                {
                    Assert.Equal(rows.Length, json.RootElement.GetProperty("connections").GetArrayLength());
                }

                break;
            case PolicyReportFormat.Csv:
                Assert.Equal(rows.Length + 1, text.Trim().Split('\n').Length);
                break;
            case PolicyReportFormat.Md:
                Assert.Equal(rows.Length, text.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal)) - 1);
                break;
            default:
                Assert.Equal(rows.Length, text.Split('\n').Count(l => l.Contains(" -> ", StringComparison.Ordinal)));
                Assert.StartsWith("digraph", text, StringComparison.Ordinal);
                break;
        }
    }

    [Fact]
    public void Explain_Txt_NamesTheDecidingRuleTierAndOrder()
    {
        var configuration = Example();
        var connectivity = PolicyConnectivity.Analyze(configuration);
        var api = configuration.Endpoints.First(e => e.Owner?.Name == "api");
        var explanation = connectivity.Explain(PolicyPeer.Of(api), PolicyPeer.Of(Portcullis.Core.Addresses.IpPrefix.Parse("169.254.169.254/32").ToAddressSet()));
        var text = Write(w => PolicyExplainWriter.Write(explanation, configuration.Policies, PolicyExplainFormat.Txt, w));
        Assert.Contains("Blocked: shop/api-1[Pod] => 169.254.169.254/32", text, StringComparison.Ordinal);
        Assert.Contains("deny  All Connections: egress rule 1 of GlobalNetworkPolicy security.deny-metadata-server (tier security, order 10, at ", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Write(w => PolicyExplainWriter.Write(explanation, configuration.Policies, PolicyExplainFormat.Json, w)));
        Assert.Equal("Rule", json.RootElement[0].GetProperty("egress")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public void Lint_Sarif_LocatesTheRedundantRulesAtTheirLines()
    {
        var configuration = Example();
        var findings = PolicyLint.Run(configuration, EvaluationSemantics.Calico);
        var sarif = Write(w => PolicyLintWriter.Write(findings, PolicyLint.DefaultKinds, configuration.Policies, PolicyLintFormat.Sarif, w));
        using var json = JsonDocument.Parse(sarif);
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(findings.Length, results.Count);
        var rule = results.First(r => r.GetProperty("ruleId").GetString() == "policy-rule-redundant");
        var location = rule.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("policies.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Equal(28, location.GetProperty("region").GetProperty("startLine").GetInt32());
        var text = Write(w => PolicyLintWriter.Write(findings, PolicyLint.DefaultKinds, configuration.Policies, PolicyLintFormat.Txt, w));
        Assert.EndsWith("0 errors, 1 warning, 2 notes from 6 linters\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_Txt_ShowsTheAddedScrape()
    {
        var report = PolicyQueries.SemanticDiff(Example(), Example("policies.yaml", "policies-v2.yaml"), EvaluationSemantics.Calico);
        var text = Write(w => PolicyDiffWriter.Write(report, "v1", "v2", PolicyDiffFormat.Txt, w));
        Assert.Equal(
            "Policy diff from v1 to v2\nAdded connections between endpoints both have:\n"
            + "  monitoring/prometheus-1[Pod] => shop/api-1[Pod] : before No Connections, after protocol: TCP dst-ports: 9102\n"
            + "  monitoring/prometheus-1[Pod] => shop/api-2[Pod] : before No Connections, after protocol: TCP dst-ports: 9102\n",
            text);
    }

    [Theory]
    // Each query's sentence, for the answer hoped for and the other; permits and forbids name the second as the implementation.
    [InlineData(PolicyComparisonQuery.Equivalence, true, "a and b allow exactly the same connections")]
    [InlineData(PolicyComparisonQuery.Equivalence, false, "a and b do not allow the same connections")]
    [InlineData(PolicyComparisonQuery.StrongEquivalence, false, "a and b are not strongly equivalent")]
    [InlineData(PolicyComparisonQuery.Containment, true, "b allows everything a allows")]
    [InlineData(PolicyComparisonQuery.Containment, false, "a allows connections b does not")]
    [InlineData(PolicyComparisonQuery.Permits, false, "b does not permit connections a's policies allow")]
    [InlineData(PolicyComparisonQuery.Forbids, true, "b forbids everything a's policies allow")]
    [InlineData(PolicyComparisonQuery.Interferes, true, "a interferes with b: its policies allow connections b's do not")]
    [InlineData(PolicyComparisonQuery.Interferes, false, "a does not interfere with b")]
    public void Comparison_Statement_SaysWhatHolds(PolicyComparisonQuery query, bool holds, string statement)
    {
        var answer = new PolicyComparisonAnswer(query, new ComparisonOutcome(true, holds, []));

        Assert.Equal(statement, PolicyComparisonWriter.Statement(answer, "a", "b"));
        Assert.Equal(statement + "\n", Write(w => PolicyComparisonWriter.Write(answer, "a", "b", PolicyDiffFormat.Txt, w)));
    }

    [Theory]
    [InlineData(true, false, "a is strictly contained in b")]
    [InlineData(false, true, "b is strictly contained in a")]
    [InlineData(false, false, "neither of a and b contains the other")]
    [InlineData(true, true, "a and b are equivalent")]
    public void Comparison_TwoWayContainment_SaysWhichContainsWhich(bool firstInSecond, bool secondInFirst, string statement)
    {
        var answer = new PolicyComparisonAnswer(PolicyComparisonQuery.TwoWayContainment, new ComparisonOutcome(true, firstInSecond && secondInFirst, []), firstInSecond, secondInFirst);

        Assert.Equal(statement, PolicyComparisonWriter.Statement(answer, "a", "b"));
        Assert.Equal(firstInSecond && secondInFirst, answer.IsHopedFor);
    }

    [Fact]
    public void Comparison_NotComparable_SaysSoAndIsNeverHopedFor()
    {
        var answer = new PolicyComparisonAnswer(PolicyComparisonQuery.Interferes, ComparisonOutcome.NotComparable);

        Assert.Equal("the two configurations have different endpoints, so they cannot be compared this way", PolicyComparisonWriter.Statement(answer, "a", "b"));
        Assert.False(answer.IsHopedFor);
    }
}
