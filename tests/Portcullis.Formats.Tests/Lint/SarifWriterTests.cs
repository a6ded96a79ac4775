using System.Text.Json;
using Portcullis.Core.Lint;
using Portcullis.Formats.Lint;
using Portcullis.Testing;

namespace Portcullis.Formats.Tests.Lint;

/// <summary>
/// SARIF output checked against what the 2.1.0 schema requires and code scanning reads: version and schema, a
/// driver with its rules, and results with a rule id, level, message and a physical location with a region.
/// </summary>
public sealed class SarifWriterTests
{
    private static JsonElement Write(LintReport report)
    {
        using var writer = new StringWriter();
        SarifWriter.Write(report, writer);
        return JsonDocument.Parse(writer.ToString()).RootElement.Clone();
    }

    [Fact]
    public void Write_IksExample_HasTheRequiredTopLevelShape()
    {
        var report = LintReports.IksExample("sg-split-subnet");
        var sarif = Write(report);

        Assert.Equal("2.1.0", sarif.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", sarif.GetProperty("$schema").GetString());
        var run = Assert.Single(sarif.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("Portcullis", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(report.Linters.Select(l => l.Name), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.Contains(r.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        });
        Assert.Equal(report.Findings.Length, run.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Write_IksExample_EveryResultPointsIntoTheConfigurationAtTheRightObject()
    {
        var report = LintReports.IksExample("sg-split-subnet");
        var sarif = Write(report);
        var run = sarif.GetProperty("runs")[0];
        var ruleIds = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var lines = File.ReadAllLines(RepositoryPaths.IksExample);
        Assert.NotEmpty(report.Findings);
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.Equal(ruleIds.IndexOf(ruleId), result.GetProperty("ruleIndex").GetInt32());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("message").GetProperty("text").GetString()));
            var location = result.GetProperty("locations")[0];
            var physical = location.GetProperty("physicalLocation");
            Assert.Equal(SarifWriter.ArtifactUri(RepositoryPaths.IksExample), physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            var region = physical.GetProperty("region");
            var line = region.GetProperty("startLine").GetInt32();
            var column = region.GetProperty("startColumn").GetInt32();
            Assert.Equal('{', lines[line - 1][column - 1]); // every located object is a JSON object
            Assert.StartsWith("$.", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString(), StringComparison.Ordinal);
            Assert.Equal(32, result.GetProperty("partialFingerprints").GetProperty("portcullisFinding/v1").GetString()!.Length);
        }
    }

    [Fact]
    public void Write_ShadowedRule_PointsAtTheRuleAndRelatesTheShadowingOne()
    {
        var sarif = Write(LintReports.IksExample());
        var result = sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "nacl-rule-shadowed");

        Assert.Equal("note", result.GetProperty("level").GetString());
        Assert.Equal("$.network_acls[1].rules[2]", result.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        var related = Assert.Single(result.GetProperty("relatedLocations").EnumerateArray());
        Assert.Equal("$.network_acls[1].rules[0]", related.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
    }

    [Fact]
    public void Write_NoFindings_IsAValidRunWithNoResults()
    {
        var sarif = Write(new LintReport([.. LinterRegistry.All], []));
        Assert.Equal(0, sarif.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Theory]
    [InlineData("config.json", "config.json")] // relative: resolved against the checkout by CI
    [InlineData("examples/iks multizone/config.json", "examples/iks%20multizone/config.json")] // escaped
    [InlineData("../vpc/config.json", "../vpc/config.json")] // dot segments kept
    [InlineData("/tmp/vpc.json", "file:///tmp/vpc.json")] // absolute: a file URI
    public void ArtifactUri_Path_IsAUri(string path, string uri) => Assert.Equal(uri, SarifWriter.ArtifactUri(path));
}
