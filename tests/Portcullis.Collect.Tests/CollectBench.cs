using System.Collections.Concurrent;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Topology;
using Portcullis.Formats.IbmVpc;
using Portcullis.Formats.Reports;
using Portcullis.Formats.Wording;
using Portcullis.Testing.IbmCloud;

namespace Portcullis.Collect.Tests;

/// <summary>
/// A collector pointed at a running fake, on a clock twenty times faster than real time (so that a Retry-After of
/// seconds or a timeout passes in a fraction of one), recording every progress report, and the checks the tests
/// share: the analysis of a file, and that no secret reached anything the run produced.
/// </summary>
internal sealed class CollectBench(FakeIbmCloud fake, CollectorSettings? settings = null, string? apiKey = null)
{
    public const double ClockFactor = 20;

    public ConcurrentQueue<CollectProgress> Progress { get; } = new();

    public AcceleratedTimeProvider Time { get; } = new(ClockFactor);

    public CollectorSettings Settings { get; } = settings ?? new CollectorSettings { Timeout = TimeSpan.FromSeconds(20), OverallTimeout = TimeSpan.FromMinutes(10) };

    public IbmCloudEndpoints Endpoints { get; } = EndpointsOf(fake);

    public static IbmCloudEndpoints EndpointsOf(FakeIbmCloud fake) =>
        IbmCloudEndpoints.TryCreate(fake.IamUrl, fake.VpcUrl, fake.TransitUrl, fake.ContainersUrl, out var endpoints, out var error) ? endpoints : throw new InvalidOperationException(error);

    /// <summary>Collects; the texts the run produced (progress, the document or the failure) are checked for secrets.</summary>
    public async Task<CollectedConfiguration> CollectAsync(CollectScope? scope = null, CancellationToken cancellationToken = default)
    {
        using var collector = new AccountCollector(Endpoints, apiKey ?? fake.ApiKey, Settings, Time);
        try
        {
            var result = await collector.CollectAsync(scope ?? CollectScope.Everything, new SyncProgress(Progress), cancellationToken);
            AssertNoSecret(fake, ProgressText(), Text(result));
            return result;
        }
        catch (Exception e)
        {
            AssertNoSecret(fake, ProgressText(), e.ToString());
            throw;
        }
    }

    public string ProgressText() => string.Join('\n', Progress.Select(p => $"{p.Kind} {p.Scope} {p.Resource} {p.Count} {p.Detail}"));

    public static string Text(CollectedConfiguration configuration)
    {
        using var writer = new StringWriter();
        configuration.WriteTo(writer);
        return writer.ToString();
    }

    /// <summary>Writes the configuration to a file in <paramref name="folder"/>.</summary>
    public static string Save(CollectedConfiguration configuration, string folder, string name = "collected.json")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, Text(configuration));
        return path;
    }

    /// <summary>The text report of <c>report endpoints</c> for a file (as the command prints it), or the diagnostics when it does not read.</summary>
    public static string EndpointsReport(string file, TopologyFilter? filter = null)
    {
        var diagnostics = new DiagnosticBag();
        if (!IbmVpcConfigReader.TryReadFile(file, diagnostics, out var configuration))
        {
            return "unreadable: " + string.Join('\n', diagnostics.ToImmutable());
        }

        var topology = NetworkTopology.Build(configuration, filter ?? TopologyFilter.None, diagnostics);
        if (topology is null)
        {
            return "no topology: " + string.Join('\n', diagnostics.ToImmutable());
        }

        var analyzer = new ConnectivityAnalyzer(topology);
        var report = analyzer.StreamEndpoints(TextOrder.Report.Nodes); // as 'report endpoints' writes it
        using var writer = new StringWriter();
        ConnectivityReportWriter.Write(report, ReportFormat.Txt, writer);
        return writer.ToString();
    }

    /// <summary>Fails when the API key or a token the fake issued appears in any of <paramref name="texts"/>.</summary>
    public static void AssertNoSecret(FakeIbmCloud fake, params string[] texts)
    {
        var secrets = fake.IssuedTokens.Append(fake.ApiKey).ToList();
        foreach (var text in texts)
        {
            foreach (var secret in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"a secret ({secret[..12]}...) appears in: {text[..Math.Min(text.Length, 300)]}");
            }
        }
    }

    /// <summary>Progress delivered on the reporting thread, in order (Progress&lt;T&gt; posts to the thread pool, out of order).</summary>
    private sealed class SyncProgress(ConcurrentQueue<CollectProgress> sink) : IProgress<CollectProgress>
    {
        public void Report(CollectProgress value) => sink.Enqueue(value);
    }
}
