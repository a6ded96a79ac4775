using System.Text.Json.Nodes;
using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Commands;

/// <summary><c>portcullis diff</c> on a change made to the example: a removed SSH rule.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-diff-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // The example with the bastion's SSH rule on the workers' group removed.
    private string WithoutBastionSsh()
    {
        var config = JsonNode.Parse(File.ReadAllText(RepositoryPaths.IksExample))!;
        var rules = config["security_groups"]!.AsArray().Single(g => g!["name"]!.GetValue<string>().StartsWith("kube-cq2", StringComparison.Ordinal))!["rules"]!.AsArray();
        rules.Remove(rules.Single(r => r!["id"]!.GetValue<string>() == "r006-s-k7"));
        var path = Path.Combine(_directory, "after.json");
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    [Fact]
    public async Task Diff_RemovedRule_ListsEveryPairThatLostIt()
    {
        var result = await CliRunner.RunAsync("diff", "--before", RepositoryPaths.IksExample, "--after", WithoutBastionSsh());
        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Connectivity diff between VPC iks-prod-vpc and VPC iks-prod-vpc", lines[0]);
        Assert.Equal(6, lines.Count(l => l.StartsWith("diff-type: removed, source: bastion[10.240.1.4], destination: kube-", StringComparison.Ordinal)));
        Assert.All(lines.Skip(1), l => Assert.Contains("config1: TCP dst-ports: 22, config2: No Connections", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diff_SameConfiguration_HasNoDifferences()
    {
        var result = await CliRunner.RunAsync("diff", "-b", RepositoryPaths.IksExample, "-a", RepositoryPaths.IksExample, "--level", "subnets");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<no differences>", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_MissingAfter_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("diff", "-b", RepositoryPaths.IksExample);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--after", result.Error, StringComparison.Ordinal);
    }
}
