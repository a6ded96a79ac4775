using Portcullis.Application.Flows;
using Portcullis.Application.Hosting;
using Portcullis.Application.Tests.Support;

namespace Portcullis.Application.Tests.Flows;

/// <summary>Generating flow logs for the example and replaying them: its own decisions change nothing.</summary>
public sealed class FlowsHandlersTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-flows-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Tree => Path.Combine(_directory, "flows");

    [Fact]
    public async Task GenerateThenReplay_OwnConfiguration_ChangesNothing()
    {
        var generate = new TestEnvironment();
        Assert.Equal(ExitCodes.Success, await generate.RunAsync(new FlowsGenerateHandler(), new FlowsGenerateOptions { Configs = [Paths.Config], Output = Tree, Records = 1_000 }));
        Assert.Equal($"wrote 1,000 records in 2 objects for 7 vNICs under {Tree}\n", generate.Output);

        var progress = new RecordingProgressTerminal();
        var replay = new TestEnvironment(errorTerminal: progress);
        var code = await replay.RunAsync(new FlowsReplayHandler(), new FlowsReplayOptions { Configs = [Paths.Config], Flows = [Tree], Workers = 2 });

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("Flow-log replay: 2 objects, 1,000 records, 1,000 decided against the configuration\n", replay.Output, StringComparison.Ordinal);
        Assert.Equal("replaying flow logs", progress.Title);
        Assert.Equal(new ProgressReading(progress.Last!.Value.MaxValue, progress.Last.Value.MaxValue, "replaying flow logs: 2/2 files, 1,000 records"), progress.Last);
    }

    [Fact]
    public async Task Replay_AgainstAConfigurationWithNoneOfTheVnics_IsAnErrorSayingWhy()
    {
        var generate = new TestEnvironment();
        Assert.Equal(ExitCodes.Success, await generate.RunAsync(new FlowsGenerateHandler(), new FlowsGenerateOptions { Configs = [Paths.Config], Output = Tree, Records = 500 }));

        // The same VPC collected again with new interface ids: the logs name vNICs it does not have.
        var other = Path.Combine(_directory, "other.json");
        await File.WriteAllTextAsync(other, (await File.ReadAllTextAsync(Paths.Config, TestContext.Current.CancellationToken)).Replace("\"0717-", "\"0718-", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var replay = new TestEnvironment();
        var code = await replay.RunAsync(new FlowsReplayHandler(), new FlowsReplayOptions { Configs = [other], Flows = [Tree] });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("portcullis: error: none of the 500 records was decided: no record's vNIC is in the configuration", replay.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_NoSuchPath_IsAUsageError()
    {
        var test = new TestEnvironment();
        var missing = Path.Combine(_directory, "missing");

        var code = await test.RunAsync(new FlowsReplayHandler(), new FlowsReplayOptions { Configs = [Paths.Config], Flows = [missing] });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"portcullis: error: --flows {missing}: no such file or directory\n", test.Error);
    }

    [Fact]
    public async Task Replay_EmptyDirectory_SaysThereAreNoObjects()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new FlowsReplayHandler(), new FlowsReplayOptions { Configs = [Paths.Config], Flows = [_directory] });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"portcullis: error: --flows {_directory}: no flow-log objects (*.gz or *.json) found\n", test.Error);
    }

    [Theory]
    [InlineData("9999-12-31T23:59:00Z", 1_000)] // the second window would end after the year 9999: before, an exception and exit 70
    [InlineData("9999-12-31T23:50:00Z", 100_000)]
    public async Task Generate_StartTooLateForItsWindows_IsAUsageError(string start, long records)
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new FlowsGenerateHandler(), new FlowsGenerateOptions { Configs = [Paths.Config], Output = Tree, Records = records, Start = start });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith($"portcullis: error: --start '{start}' leaves no room for the capture windows", test.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Tree));
    }

    [Fact]
    public async Task Generate_MoreRecordsThanTheCap_IsAUsageErrorNamingIt()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new FlowsGenerateHandler(), new FlowsGenerateOptions { Configs = [Paths.Config], Output = Tree, Records = 100_000_000_000_000 });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("is more than the generator writes in one run (1,000,000,000)", test.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_IntoANonEmptyDirectory_IsRefused()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "keep.txt"), "x", TestContext.Current.CancellationToken);
        var test = new TestEnvironment();

        var code = await test.RunAsync(new FlowsGenerateHandler(), new FlowsGenerateOptions { Configs = [Paths.Config], Output = _directory });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("the directory is not empty", test.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_Cancelled_StopsBetweenObjects()
    {
        var test = new TestEnvironment();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            test.RunAsync(new FlowsGenerateHandler(), new FlowsGenerateOptions { Configs = [Paths.Config], Output = Tree, Records = 1_000 }, cancellation.Token));
        Assert.False(Directory.Exists(Tree) && Directory.EnumerateFiles(Tree, "*", SearchOption.AllDirectories).Any());
    }
}
