using Portcullis.Core.Diagnostics;
using Portcullis.Core.Topology;
using Portcullis.Flows.Formats.FlowLogs;
using Portcullis.Flows.Replay;
using Portcullis.Formats.IbmVpc;
using Portcullis.Testing;

namespace Portcullis.Flows.Formats.Tests.FlowLogs;

/// <summary>Replaying a tree on several workers counts what one worker counts: the merge loses and doubles nothing.</summary>
public sealed class FlowLogReplayTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 1, 6, 0, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-replay-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task RunAsync_ManyWorkers_CountsWhatOneWorkerCounts()
    {
        var engine = FlowReplayEngine.Build(Iks());
        new FlowLogGenerator(Iks(), seed: 5).WriteTree(_directory, 3_000, 200, Start, TestContext.Current.CancellationToken);

        var one = await FlowLogReplay.RunAsync(engine, [_directory], examples: 5, workers: 1, cancellationToken: TestContext.Current.CancellationToken);
        var four = await FlowLogReplay.RunAsync(engine, [_directory], examples: 5, workers: 4, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(4, four.Pipeline.Consumers.Length);
        var (single, merged) = (engine.Report(one.Tally), engine.Report(four.Tally));
        Assert.Equal((15L, 3_000L, 3_000L), (merged.Objects, merged.Records, merged.Evaluated));
        Assert.Equal((single.Objects, single.Records, single.Evaluated, single.NowRejected, single.NowAccepted), (merged.Objects, merged.Records, merged.Evaluated, merged.NowRejected, merged.NowAccepted));
        Assert.Equal(single.Rules.Select(r => r.Hits), merged.Rules.Select(r => r.Hits));
    }

    [Fact]
    public async Task RunAsync_Cancelled_Stops()
    {
        var engine = FlowReplayEngine.Build(Iks());
        new FlowLogGenerator(Iks(), seed: 5).WriteTree(_directory, 1_000, 200, Start, TestContext.Current.CancellationToken);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FlowLogReplay.RunAsync(engine, [_directory], 5, cancellationToken: cancellation.Token));
    }

    private static NetworkTopology Iks()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(RepositoryPaths.IksExample, diagnostics, out var configuration));
        return NetworkTopology.Build(configuration, TopologyFilter.None, diagnostics)!;
    }
}
