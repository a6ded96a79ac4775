using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Commands;

/// <summary>The report commands as a user runs them: output, exit codes, and errors without stack traces.</summary>
public sealed class ReportCommandsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ReportEndpoints_Example_PrintsTheReportAndSucceeds()
    {
        var result = await CliRunner.RunAsync("report", "endpoints", "--config", RepositoryPaths.IksExample);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.StartsWith("Endpoint connectivity for VPC iks-prod-vpc\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("Public Internet 145.40.0.0/16 => bastion[10.240.1.4] : protocol: TCP dst-ports: 22", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "endpoints")]
    [InlineData("explain")]
    [InlineData("flows", "replay")]
    public async Task Command_GivenNoArguments_PrintsItsUsageAndExitsTwo(params string[] command)
    {
        var result = await CliRunner.RunAsync(command);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        // In-process the usage line starts with the test host's name rather than portcullis.
        Assert.Contains($" {string.Join(' ', command)} [options]\n", result.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.StartsWith("Description:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_MissingOneOption_NamesItWithoutTheWholeUsage()
    {
        var result = await CliRunner.RunAsync("report", "endpoints", "--format", "md");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("portcullis: error: Option '--config' is required.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportEndpoints_Example_MatchesTheCheckedInSnapshot()
    {
        var result = await CliRunner.RunAsync("report", "endpoints", "-c", RepositoryPaths.IksExample);
        Assert.Null(GoldenFile.Check("Golden/iks-multizone.endpoints.txt", result.Output));
    }

    [Theory]
    [InlineData("subnets", "Subnet connectivity for VPC iks-prod-vpc")]
    [InlineData("single-subnet", "Connectivity per subnet for VPC iks-prod-vpc")]
    public async Task Report_OtherLevels_Succeed(string level, string header)
    {
        var result = await CliRunner.RunAsync("report", level, "-c", RepositoryPaths.IksExample);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(header, result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json", "{")]
    [InlineData("md", "# Endpoint connectivity")]
    [InlineData("csv", "section,source,destination,connection,response_blocked")]
    public async Task ReportEndpoints_Formats_WriteTheirSyntax(string format, string start)
    {
        var result = await CliRunner.RunAsync("report", "endpoints", "-c", RepositoryPaths.IksExample, "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(start, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportEndpoints_Grouping_ListsTheWorkersOfASubnetTogether()
    {
        var result = await CliRunner.RunAsync("report", "endpoints", "-c", RepositoryPaths.IksExample, "--grouping");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(
            "bastion[10.240.1.4] => kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000001[10.240.0.4],kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000002[10.240.0.5] : protocol: TCP dst-ports: 22",
            result.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MissingFile_ExitsTwoNamingTheFile()
    {
        var result = await CliRunner.RunAsync("report", "endpoints", "-c", "no-such-file.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-file.json: error PC1000: cannot read the configuration: no such file", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MalformedJson_ExitsTwoWithLine()
    {
        var file = Path.Combine(_directory, "bad.json");
        File.WriteAllText(file, "{\"vpcs\": [}\n");
        var result = await CliRunner.RunAsync("report", "endpoints", "-c", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file}:1:", result.Error, StringComparison.Ordinal);
        Assert.Contains("malformed JSON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnknownFormat_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("report", "endpoints", "-c", RepositoryPaths.IksExample, "--format", "xml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown format 'xml'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'portcullis report endpoints --help'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_NoCommand_IsAUsageError()
    {
        var result = await CliRunner.RunAsync();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("every command has its own help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Output_WritesTheFileAndNothingToStdout()
    {
        var file = Path.Combine(_directory, "report.md");
        var result = await CliRunner.RunAsync("report", "endpoints", "-c", RepositoryPaths.IksExample, "-f", "md", "-o", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.StartsWith("# Endpoint connectivity", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_OutputOverAnInput_IsRefusedAndTheInputKept()
    {
        var input = Path.Combine(_directory, "vpc.json");
        File.Copy(RepositoryPaths.IksExample, input);
        var before = File.ReadAllText(input);
        var result = await CliRunner.RunAsync("report", "endpoints", "-c", input, "-o", input);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is one of the input files", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(input));
    }

    [Fact]
    public async Task Report_FailedRun_LeavesAnExistingOutputUntouched()
    {
        var output = Path.Combine(_directory, "previous.txt");
        File.WriteAllText(output, "previous report");
        var result = await CliRunner.RunAsync("report", "endpoints", "-c", "missing.json", "-o", output);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("previous report", File.ReadAllText(output));
    }

    [Fact]
    public async Task Report_VpcFilterMatchingNothing_SaysSo()
    {
        var result = await CliRunner.RunAsync("report", "endpoints", "-c", RepositoryPaths.IksExample, "--vpc", "other-vpc");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no VPC with subnets matches", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ShowsExamples()
    {
        var result = await CliRunner.RunAsync("report", "endpoints", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Output, StringComparison.Ordinal);
        Assert.Contains("portcullis report endpoints --config examples/iks-multizone/config.json", result.Output, StringComparison.Ordinal);
    }
}
