using System.Text;
using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Commands;

/// <summary><c>--config -</c> (and diff's <c>--before -</c>, <c>--after -</c>) reads the configuration from standard input, once.</summary>
public sealed class StandardInputTests : IDisposable
{
    private static readonly byte[] Example = File.ReadAllBytes(RepositoryPaths.IksExample);

    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-stdin-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ReportEndpoints_ConfigFromStandardInput_PrintsWhatTheFilePrints()
    {
        var fromFile = await CliRunner.RunAsync("report", "endpoints", "--config", RepositoryPaths.IksExample);
        var fromInput = await CliRunner.RunWithInputAsync(Example, "report", "endpoints", "--config", "-");

        Assert.Equal(0, fromInput.ExitCode);
        Assert.Equal(string.Empty, fromInput.Error);
        Assert.Equal(fromFile.Output, fromInput.Output);
    }

    [Fact]
    public async Task ReportEndpoints_MalformedStandardInput_NamesStdinAndTheLine()
    {
        var result = await CliRunner.RunWithInputAsync(Encoding.UTF8.GetBytes("{\n  \"vpcs\": [\n"), "report", "endpoints", "-c", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("portcullis: <stdin>:3:1: error PC1002: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportEndpoints_ErrorInAnObjectFromStandardInput_NamesStdinAndThePath()
    {
        var json = Encoding.UTF8.GetString(Example).Replace("\"10.240.1.0/28\"", "\"10.240.1.0/33\"", StringComparison.Ordinal);

        var result = await CliRunner.RunWithInputAsync(Encoding.UTF8.GetBytes(json), "report", "endpoints", "-c", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("portcullis: <stdin>: $.subnets[3].ipv4_cidr_block: error PC1006: '10.240.1.0/33'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportEndpoints_StandardInputWithAFile_CombinesThem()
    {
        var plan = Path.Combine(RepositoryPaths.Examples, "iks-multizone", "plan.json");
        var fromFiles = await CliRunner.RunAsync("report", "endpoints", "-c", RepositoryPaths.IksExample, "-c", plan);
        var withInput = await CliRunner.RunWithInputAsync(Example, "report", "endpoints", "-c", "-", "-c", plan);

        Assert.Equal(0, withInput.ExitCode);
        Assert.Equal(fromFiles.Output, withInput.Output);
        Assert.Equal(fromFiles.Error.Replace(RepositoryPaths.IksExample, "<stdin>", StringComparison.Ordinal), withInput.Error);
    }

    [Theory]
    [InlineData("report", "endpoints", "-c", "-", "-c", "-")]
    [InlineData("diff", "--before", "-", "--after", "-")]
    public async Task Command_StandardInputForTwoInputs_IsAUsageError(params string[] args)
    {
        var result = await CliRunner.RunWithInputAsync(Example, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.StartsWith("portcullis: error: standard input ('-') can be read for one input only\n", result.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_BeforeFromStandardInput_ComparesItWithTheAfterFile()
    {
        var proposed = Path.Combine(RepositoryPaths.Examples, "iks-multizone", "proposed.json");
        var fromFiles = await CliRunner.RunAsync("diff", "--before", RepositoryPaths.IksExample, "--after", proposed);
        var withInput = await CliRunner.RunWithInputAsync(Example, "diff", "--before", "-", "--after", proposed);

        Assert.Equal(fromFiles.ExitCode, withInput.ExitCode);
        Assert.Equal(fromFiles.Output, withInput.Output);
    }

    [Fact]
    public async Task ReportEndpoints_NoStandardInput_SaysSoInsteadOfWaiting()
    {
        // The console gives no standard input when it is a terminal: '-' must not wait for the user to type.
        var result = await CliRunner.RunAsync("report", "endpoints", "-c", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("portcullis: error: '-' reads the configuration from standard input, and there is none to read", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportEndpoints_ConfigFromStandardInputWithOutputFile_WritesTheFile()
    {
        var output = Path.Combine(_directory, "report.txt");

        var result = await CliRunner.RunWithInputAsync(Example, "report", "endpoints", "-c", "-", "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Endpoint connectivity for VPC iks-prod-vpc\n", await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
