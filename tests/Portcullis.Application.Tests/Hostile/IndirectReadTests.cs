using Portcullis.Application.Cluster;
using Portcullis.Application.Flows;
using Portcullis.Application.Hosting;
using Portcullis.Application.Tests.Support;

namespace Portcullis.Application.Tests.Hostile;

/// <summary>
/// Paths written inside an input (cluster.yaml's <c>vpcConfigs</c>) and paths the user gives more than once (flow
/// logs): they resolve relative to the input, never have their content quoted, never reach devices or <c>/proc</c>,
/// and a file or directory reached again is read once.
/// </summary>
public sealed class IndirectReadTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-indirect-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ClusterCheck_VpcConfigThatIsNotJson_NeverQuotesItsContent()
    {
        // Before, the error was "'r' is an invalid start of a value": the first byte of /etc/shadow.
        var secret = Path.Combine(_directory, "shadow");
        await File.WriteAllTextAsync(secret, "root:$6$secret:19000:0:99999:7:::\n", TestContext.Current.CancellationToken);
        var cluster = await ClusterWith("shadow");
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ClusterCheckHandler(), new ClusterCheckOptions { Description = cluster });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains($"{secret}:1:1: error PC1002: malformed JSON: a character is an invalid start of a value", test.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("'r'", test.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClusterCheck_RelativeVpcConfig_ResolvesAgainstTheDescriptionsFolderNotTheWorkingDirectory()
    {
        File.Copy(Paths.Config, Path.Combine(_directory, "vpc.json"));
        var cluster = await ClusterWith("vpc.json");
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ClusterCheckHandler(), new ClusterCheckOptions { Description = cluster });

        Assert.NotEqual(ExitCodes.BadInput, code);
        Assert.DoesNotContain("PC1000", test.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero")] // a device that never ends
    [InlineData("/proc/self/environ")] // the process's secrets
    public async Task ClusterCheck_VpcConfigNamingADeviceOrProc_IsRefusedAtTheEntry(string path)
    {
        var cluster = await ClusterWith(path);
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ClusterCheckHandler(), new ClusterCheckOptions { Description = cluster });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains($"$.vpcConfigs[0]: error PC4003: '{path}' is not a configuration file (devices, FIFOs and files under /proc, /sys and /dev are refused)", test.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_DirectorySymlinkLoopAndAFileGivenTwice_EachObjectCountsOnce()
    {
        var tree = Path.Combine(_directory, "flows");
        var generate = new TestEnvironment();
        Assert.Equal(ExitCodes.Success, await generate.RunAsync(new FlowsGenerateHandler(), new FlowsGenerateOptions { Configs = [Paths.Config], Output = tree, Records = 1_000 }));

        // A link inside the tree back to its top: before, the walk went round until paths grew too long (41 times).
        Directory.CreateSymbolicLink(Path.Combine(tree, "loop"), tree);
        var file = Directory.EnumerateFiles(tree, "*.gz", SearchOption.AllDirectories).First();
        var replay = new TestEnvironment();
        replay.Environment.Verbose = true;

        var code = await replay.RunAsync(new FlowsReplayHandler(), new FlowsReplayOptions { Configs = [Paths.Config], Flows = [tree, file] });

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("Flow-log replay: 2 objects, 1,000 records", replay.Output, StringComparison.Ordinal);
        Assert.Contains("PC6109: the directory was listed already (a symbolic link loop, or a path given twice); it is not listed again", replay.Error, StringComparison.Ordinal);
        Assert.Contains($"{file}: note PC6109: the file was given more than once; it is read once", replay.Error, StringComparison.Ordinal);
    }

    private async Task<string> ClusterWith(string vpcConfig)
    {
        var text = await File.ReadAllTextAsync(Paths.Cluster, TestContext.Current.CancellationToken);
        var start = text.IndexOf("vpcConfigs:\n", StringComparison.Ordinal);
        var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
        var path = Path.Combine(_directory, "cluster.yaml");
        await File.WriteAllTextAsync(path, text[..start] + $"vpcConfigs:\n  - {vpcConfig}" + text[end..], TestContext.Current.CancellationToken);
        return path;
    }
}
