using System.Text.Json;
using Portcullis.Application.Hosting;
using Portcullis.Application.Policies;
using Portcullis.Application.Tests.Support;
using Portcullis.Policies.Analysis;
using Portcullis.Policies.Analysis.Lint;
using Portcullis.Policies.Formats.Diff;
using Portcullis.Policies.Formats.Explain;
using Portcullis.Policies.Formats.Reports;
using Portcullis.Testing;

namespace Portcullis.Application.Tests.Policies;

/// <summary>The policy handlers on the shipped calico-basics example: exit codes, where output and errors go.</summary>
public sealed class PolicyHandlersTests : IDisposable
{
    private static readonly string Dir = Path.Combine(RepositoryPaths.Examples, "calico-basics");

    private static readonly PolicyInput Example = new() { Policies = [Path.Combine(Dir, "policies.yaml")], Resources = [Path.Combine(Dir, "resources.yaml")] };

    private static readonly PolicyInput Next = Example with { Policies = [Path.Combine(Dir, "policies.yaml"), Path.Combine(Dir, "policies-v2.yaml")] };

    private readonly string _folder = Directory.CreateTempSubdirectory("portcullis-policy-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Report_Example_WritesTheMap()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new PolicyReportHandler(), new PolicyReportOptions { Input = Example });

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("shop/frontend[Deployment] => shop/api[Deployment] : protocol: TCP dst-ports: 9000\n", test.Output, StringComparison.Ordinal);
        Assert.Empty(test.Error);
    }

    [Fact]
    public async Task Report_OutputFile_IsWrittenAndStandardOutputStaysEmpty()
    {
        var test = new TestEnvironment();
        var file = Path.Combine(_folder, "map.json");

        var code = await test.RunAsync(new PolicyReportHandler(), new PolicyReportOptions { Input = Example, Format = PolicyReportFormat.Json, Output = file });

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(test.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.True(json.RootElement.GetProperty("connections").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Report_OutputOverAnInput_IsRefused()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new PolicyReportHandler(), new PolicyReportOptions { Input = Example, Output = Example.Policies[0] });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("is one of the input files", test.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MissingFile_ExitsTwoNamingIt()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new PolicyReportHandler(), new PolicyReportOptions { Input = Example with { Policies = ["/no/such.yaml"] } });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("portcullis: /no/such.yaml: error PC9000: cannot read the file: ", test.Error, StringComparison.Ordinal);
        Assert.Empty(test.Output);
    }

    [Fact]
    public async Task Report_NoResources_WarnsAndStillAnswers()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new PolicyReportHandler(), new PolicyReportOptions { Input = Example with { Resources = [] } });

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("portcullis: warning PC9015: no pods, workloads or endpoints were read", test.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_BadPolicy_ControlCharactersAreEscaped()
    {
        var test = new TestEnvironment();
        var file = Path.Combine(_folder, "bad.yaml");
        await File.WriteAllTextAsync(file, "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: x}\nspec:\n  ingress:\n  - action: \"Al\\e[31mlow\"\n", TestContext.Current.CancellationToken);

        var code = await test.RunAsync(new PolicyReportHandler(), new PolicyReportOptions { Input = new PolicyInput { Policies = [file] } });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("error PC9005: action 'Al\\x1blow", test.Error.Replace("[31m", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', test.Error);
    }

    [Theory]
    // The example has one warning and two notes, and no error.
    [InlineData(PolicyFindingSeverity.Error, ExitCodes.Success)]
    [InlineData(PolicyFindingSeverity.Warning, ExitCodes.Findings)]
    [InlineData(PolicyFindingSeverity.Note, ExitCodes.Findings)]
    public async Task Lint_FailOn_ExitsOneWhenAFindingReachesIt(PolicyFindingSeverity failOn, int expected)
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new PolicyLintHandler(), new PolicyLintOptions { Input = Example, FailOn = failOn });

        Assert.Equal(expected, code);
        Assert.EndsWith("0 errors, 1 warning, 2 notes from 6 linters\n", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_UnknownLinter_ExitsTwoListingTheLinters()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new PolicyLintHandler(), new PolicyLintOptions { Input = Example, Enable = ["no-such-linter"] });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("portcullis: error: unknown linter 'no-such-linter'; the linters are policy-", test.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_DeniedEgress_NamesTheDecidingRule()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new PolicyExplainHandler(), new PolicyExplainOptions { Input = Example, Source = "shop/api", Destination = "169.254.169.254" });

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("GlobalNetworkPolicy security.deny-metadata-server (tier security, order 10", test.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shop/nobody", "shop/db", null, null, "'shop/nobody' is no address, CIDR, endpoint or workload of the input")]
    [InlineData("shop/api", "shop/db", "icmp", "80", "--ports needs protocol tcp, udp or sctp")]
    [InlineData("shop/api", "shop/db", null, "80", "--ports and --icmp-type need --protocol")]
    [InlineData("shop/api", "shop/db", "tcp", "0-80", "--ports '0-80' is not a port or a range N-M within 1-65535")]
    [InlineData("10.0.0.1", "10.0.0.2", null, null, "between two address ranges nothing is policed")]
    public async Task Explain_BadQuestion_ExitsTwoSayingWhy(string source, string destination, string? protocol, string? ports, string problem)
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new PolicyExplainHandler(), new PolicyExplainOptions
        {
            Input = Example,
            Source = source,
            Destination = destination,
            Protocol = protocol,
            Ports = ports,
            Format = PolicyExplainFormat.Json,
        });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("portcullis: error: " + problem, test.Error, StringComparison.Ordinal);
        Assert.Empty(test.Output);
    }

    [Fact]
    public async Task Diff_NextVersion_ExitCodeOneWhenAsked()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new PolicyDiffHandler(), new PolicyDiffOptions { Before = Example, After = Next, ExitCode = true });

        Assert.Equal(ExitCodes.Findings, code);
        Assert.Contains("monitoring/prometheus-1[Pod] => shop/api-1[Pod] : before No Connections, after protocol: TCP dst-ports: 9102", test.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, await new TestEnvironment().RunAsync(new PolicyDiffHandler(), new PolicyDiffOptions { Before = Example, After = Example, ExitCode = true }));
    }

    [Theory]
    // The next version only adds a scrape: it contains the first, is not equivalent to it, and interferes with it.
    [InlineData(PolicyComparisonQuery.Containment, ExitCodes.Success, "policies.yaml, policies-v2.yaml allows everything policies.yaml allows")]
    [InlineData(PolicyComparisonQuery.Equivalence, ExitCodes.Findings, "policies.yaml and policies.yaml, policies-v2.yaml do not allow the same connections")]
    [InlineData(PolicyComparisonQuery.TwoWayContainment, ExitCodes.Findings, "policies.yaml is strictly contained in policies.yaml, policies-v2.yaml")]
    public async Task Compare_NextVersion_AnswersEachQuery(PolicyComparisonQuery query, int expected, string statement)
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new PolicyCompareHandler(), new PolicyCompareOptions { First = Example, Second = Next, Query = query, ExitCode = true });

        Assert.Equal(expected, code);
        Assert.StartsWith(statement + "\n", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_Json_CarriesTheQueryAndTheWitnesses()
    {
        var test = new TestEnvironment();

        await test.RunAsync(new PolicyCompareHandler(), new PolicyCompareOptions { First = Example, Second = Next, Format = PolicyDiffFormat.Json });

        using var json = JsonDocument.Parse(test.Output);
        Assert.Equal("Equivalence", json.RootElement.GetProperty("query").GetString());
        Assert.False(json.RootElement.GetProperty("holds").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("witnesses").GetArrayLength());
    }
}
