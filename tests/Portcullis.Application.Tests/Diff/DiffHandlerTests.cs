using System.Text.Json.Nodes;
using Portcullis.Application.Diff;
using Portcullis.Application.Hosting;
using Portcullis.Application.Tests.Support;
using Portcullis.Core.Analysis;

namespace Portcullis.Application.Tests.Diff;

/// <summary>The diff handler: what a change did, named by VPC or by file.</summary>
public sealed class DiffHandlerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-diff-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Run_RemovedSshRule_ListsThePairsThatLostIt()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new DiffHandler(), new DiffOptions { Before = [Paths.Config], After = [WithoutBastionSsh()] });

        Assert.Equal(ExitCodes.Success, code);
        var lines = test.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Connectivity diff between VPC iks-prod-vpc and VPC iks-prod-vpc", lines[0]);
        Assert.Equal(6, lines.Count(l => l.StartsWith("diff-type: removed, source: bastion[10.240.1.4], destination: kube-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Run_SameConfigurationBySubnet_HasNoDifferences()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new DiffHandler(), new DiffOptions { Before = [Paths.Config], After = [Paths.Config], Level = ConnectivityLevel.Subnets });

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("<no differences>", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BadBefore_DoesNotReadAfter()
    {
        var test = new TestEnvironment();
        var missing = Path.Combine(_directory, "before.json");

        var code = await test.RunAsync(new DiffHandler(), new DiffOptions { Before = [missing], After = [Path.Combine(_directory, "after.json")] });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("before.json", test.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("after.json", test.Error, StringComparison.Ordinal);
    }

    // The example with the bastion's SSH rule on the workers' group removed.
    private string WithoutBastionSsh()
    {
        var config = JsonNode.Parse(File.ReadAllText(Paths.Config))!;
        var rules = config["security_groups"]!.AsArray().Single(g => g!["name"]!.GetValue<string>().StartsWith("kube-cq2", StringComparison.Ordinal))!["rules"]!.AsArray();
        rules.Remove(rules.Single(r => r!["id"]!.GetValue<string>() == "r006-s-k7"));
        var path = Path.Combine(_directory, "after.json");
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }
}
