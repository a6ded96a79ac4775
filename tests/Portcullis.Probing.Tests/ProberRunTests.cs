using System.Collections.Concurrent;
using System.Diagnostics;
using Portcullis.Testing.Network;

namespace Portcullis.Probing.Tests;

/// <summary>Runs of many targets: order, bounded concurrency, the overall timeout, cancellation and progress.</summary>
public sealed class ProberRunTests
{
    /// <summary>Progress that counts the targets in flight (it is called from several tasks at once).</summary>
    private sealed class InFlight : IProgress<ProbeProgress>
    {
        private readonly ConcurrentDictionary<int, bool> _running = new();
        private int _max;

        public ConcurrentQueue<ProbeProgress> Reports { get; } = new();

        public int Max => Volatile.Read(ref _max);

        public void Report(ProbeProgress value)
        {
            Reports.Enqueue(value);
            if (value.Result is not null)
            {
                _running.TryRemove(value.Index, out _);
                return;
            }

            _running[value.Index] = true;
            var count = _running.Count;
            int seen;
            while (count > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, count, seen) != seen)
            {
            }
        }
    }

    [Fact]
    public async Task ProbeAll_Results_AreInTheTargetsOrder()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);
        var closed = LoopbackServer.ClosedPort();
        ProbeTarget[] targets = [ProbeTarget.ForTcp("127.0.0.1", closed), ProbeTarget.ForTcp("127.0.0.1", server.Port), ProbeTarget.ForDns("x.invalid")];

        var results = await new Prober().ProbeAllAsync(targets, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(targets, results.Select(r => r.Target));
        Assert.Equal([ProbeStatus.Blocked, ProbeStatus.Open, ProbeStatus.Blocked], results.Select(r => r.Status));
    }

    [Fact]
    public async Task ProbeAll_Concurrency_NeverExceedsTheLimit()
    {
        await using var server = LoopbackServer.Silent();
        var targets = Enumerable.Range(0, 6).Select(_ => ProbeTarget.ForTls("127.0.0.1", server.Port)).ToArray();
        var progress = new InFlight();
        // Each target waits out its TLS timeout, long enough for the two workers to overlap even on a busy machine.
        var options = new ProberOptions { MaxConcurrency = 2, StepTimeout = TimeSpan.FromMilliseconds(500) };

        var results = await new Prober(options).ProbeAllAsync(targets, progress, TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.Equal(ProbeReason.Timeout, r.Failure!.Reason));
        Assert.Equal(2, progress.Max);
    }

    [Fact]
    public async Task ProbeAll_OverallTimeout_EndsEveryTargetAsATimeout()
    {
        await using var server = LoopbackServer.Silent();
        var targets = Enumerable.Range(0, 4).Select(_ => ProbeTarget.ForTls("127.0.0.1", server.Port)).ToArray();
        var options = new ProberOptions { MaxConcurrency = 1, StepTimeout = TimeSpan.FromSeconds(30), OverallTimeout = TimeSpan.FromMilliseconds(300) };
        var clock = Stopwatch.StartNew();

        var results = await new Prober(options).ProbeAllAsync(targets, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(ProbeStep.Tls, results[0].Failure!.Step);
        Assert.Equal($"the overall timeout of 300ms ran out during the TLS handshake with {server.Endpoint}", results[0].Failure!.Message);
        Assert.All(results.Skip(1), r => Assert.Equal(new ProbeFinding(ProbeStep.Dns, ProbeReason.Timeout, "the overall timeout of 300ms ran out before the dns step of this target could run"), r.Failure));
    }

    [Fact]
    public async Task ProbeAll_CallerCancels_Throws()
    {
        await using var server = LoopbackServer.Silent();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new Prober(new ProberOptions { StepTimeout = TimeSpan.FromSeconds(30) }).ProbeAsync(ProbeTarget.ForTls("127.0.0.1", server.Port), cancel.Token));
    }

    [Fact]
    public async Task ProbeAll_Progress_ReportsEachStepThenTheResult()
    {
        using var certificate = TestCertificates.SelfSigned();
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes, certificate);
        var target = ProbeTarget.ForHttp("127.0.0.1", server.Port, useTls: true, HttpCheck.Default) with { AllowUntrustedCertificate = true };
        var progress = new InFlight();

        var results = await new Prober().ProbeAllAsync([target], progress, TestContext.Current.CancellationToken);

        Assert.Equal<ProbeStep?>([ProbeStep.Dns, ProbeStep.Tcp, ProbeStep.Tls, ProbeStep.Http, null], progress.Reports.Select(r => r.Step));
        Assert.Same(results[0], progress.Reports.Last().Result);
    }
}
