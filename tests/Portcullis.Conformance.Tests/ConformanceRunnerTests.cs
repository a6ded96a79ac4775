namespace Portcullis.Conformance.Tests;

/// <summary>
/// The runner never crashes on a case: an unreadable or missing golden, a refused input and an incomplete case are
/// each a FAIL that says why, and the cases after them still run.
/// </summary>
public sealed class ConformanceRunnerTests : IDisposable
{
    private const string Config = """
        {
          "vpcs": [{"id": "v1", "crn": "crn:v1", "name": "v", "region": "us-south"}],
          "subnets": [{"id": "s1", "name": "sub", "vpc": {"id": "v1"}, "zone": {"name": "us-south-1"},
                       "ipv4_cidr_block": "10.0.0.0/24", "network_acl": {"id": "a1"}}],
          "network_acls": [{"id": "a1", "name": "acl", "vpc": {"id": "v1"}, "subnets": [{"id": "s1"}], "rules": []}],
          "security_groups": [], "instances": []
        }
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("portcullis-conformance-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static string Case(string id, string kind, string input, string golden, string format = "json", string extra = "") =>
        $$"""{ "id": "{{id}}", "kind": "{{kind}}", "useCase": "AllSubnets", "input": "{{input}}", "golden": "{{golden}}", "format": "{{format}}"{{extra}} }""";

    private IReadOnlyList<CaseResult> Run(params string[] cases)
    {
        Write("cases.json", $$"""{ "cases": [ {{string.Join(",\n", cases)}} ] }""");
        using var output = new StringWriter();
        return ConformanceRunner.Run(_root, Path.Combine(_root, "cases.json"), output);
    }

    [Fact]
    public void Run_UnreadableGolden_FailsWithThePlace_AndTheNextCaseRuns()
    {
        Write("input/vpc.json", Config);
        Write("out/broken.json", """{ "v": { "subnets_connectivity": [ { "src": { "ResourceType": "Subnet", "ResourceName": "sub" } } ] } }""");
        Write("out/empty.txt", "Subnet connectivity for VPC v\n");

        var results = Run(Case("broken", "report", "input/vpc.json", "out/broken.json"), Case("empty", "report", "input/vpc.json", "out/empty.txt", "txt"));

        Assert.Equal(CaseOutcome.Fail, results[0].Outcome);
        Assert.Equal("cannot read the golden out/broken.json: $['v'].subnets_connectivity[0]: no 'dst'", results[0].Detail);
        Assert.Equal(CaseOutcome.Pass, results[1].Outcome);
    }

    [Fact]
    public void Run_MissingGolden_Fails()
    {
        Write("input/vpc.json", Config);
        var result = Assert.Single(Run(Case("gone", "report", "input/vpc.json", "out/gone.json")));
        Assert.Equal(CaseOutcome.Fail, result.Outcome);
        Assert.StartsWith("no golden at ", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RefusedInput_FailsWithItsDiagnostics()
    {
        Write("input/bad.json", Config.Replace("10.0.0.0/24", "10.0.0.0/33", StringComparison.Ordinal));
        Write("out/empty.txt", "Subnet connectivity for VPC v\n");
        var result = Assert.Single(Run(Case("bad", "report", "input/bad.json", "out/empty.txt", "txt")));
        Assert.Equal(CaseOutcome.Fail, result.Outcome);
        Assert.StartsWith("input refused: ", result.Detail, StringComparison.Ordinal);
        Assert.Contains("$.subnets[0].ipv4_cidr_block", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExplainCaseWithoutQuery_FailsSayingSo()
    {
        Write("input/vpc.json", Config);
        Write("out/x.txt", "anything");
        var result = Assert.Single(Run(Case("x", "explain", "input/vpc.json", "out/x.txt", "txt")));
        Assert.Equal(CaseOutcome.Fail, result.Outcome);
        Assert.Equal("the explain case has no 'explain' query", result.Detail);
    }
}
