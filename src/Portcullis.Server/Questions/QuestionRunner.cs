using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Portcullis.Application.Hosting;
using Portcullis.Server.Hosting;
using Portcullis.Storage;

namespace Portcullis.Server.Questions;

/// <summary>
/// Answers questions with the command line's handlers: from the store when the same question was answered on the
/// same content before; otherwise computed once (concurrent askers share the computation), at most a few at a time,
/// and stored. The key is the question, the snapshots' content hashes and the engine's build.
/// </summary>
internal sealed class QuestionRunner : IDisposable
{
    private static readonly string EngineVersion = ComputeEngineVersion();

    private readonly IPortcullisStore _store;
    private readonly SnapshotFiles _files;
    private readonly TimeProvider _time;
    private readonly IGraphLayout _graphLayout;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _slots;
    private readonly CancellationToken _stopping;
    private readonly ConcurrentDictionary<string, Lazy<Task<QuestionAnswer>>> _running = new(StringComparer.Ordinal);

    public QuestionRunner(IPortcullisStore store, SnapshotFiles files, TimeProvider time, IGraphLayout graphLayout, int concurrency, ILogger logger, CancellationToken stopping)
    {
        _store = store;
        _files = files;
        _time = time;
        _graphLayout = graphLayout;
        _logger = logger;
        _slots = new SemaphoreSlim(concurrency, concurrency);
        _stopping = stopping;
    }

    public void Dispose() => _slots.Dispose();

    /// <summary>The key of the answer to <paramref name="question"/> on <paramref name="snapshots"/>.</summary>
    public string Key(Question question, IReadOnlyList<SnapshotRecord> snapshots)
    {
        var text = new StringBuilder("portcullis-answer-v1\n").Append(EngineVersion).Append('\n').Append(question).Append('\n').Append(question.ExtraKey).Append('\n').Append(_files.Root);
        foreach (var snapshot in snapshots)
        {
            text.Append('\n').Append(snapshot.ContentHash).Append(' ').Append(SnapshotFiles.SafeName(snapshot.Name));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The stored answer with <paramref name="key"/>, if any.</summary>
    public async Task<QuestionAnswer?> StoredAsync(string key, CancellationToken cancellationToken) =>
        await _store.GetResultAsync(key, cancellationToken).ConfigureAwait(false) is { } stored
            ? new QuestionAnswer(key, stored.ExitCode, stored.ContentType, stored.Body, stored.Messages, Cached: true)
            : null;

    /// <summary>Answers <paramref name="question"/> on <paramref name="snapshots"/> (their files in that order).</summary>
    /// <param name="question">The question.</param>
    /// <param name="snapshots">The snapshots.</param>
    /// <param name="stage">Told what the work is doing, for a job's progress.</param>
    /// <param name="cancellationToken">Stops waiting (the computation goes on for others and is stored).</param>
    public async Task<QuestionAnswer> AnswerAsync(Question question, IReadOnlyList<SnapshotRecord> snapshots, Action<string, double>? stage, CancellationToken cancellationToken)
    {
        var key = Key(question, snapshots);
        if (await StoredAsync(key, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            ServerMetrics.Answers.WithLabels(Label(question), "true").Inc();
            ServerLog.QuestionAnswered(_logger, question.ToString(), Ids(snapshots), 0, true, stored.ExitCode);
            return stored;
        }

        var lazy = _running.GetOrAdd(key, k => new Lazy<Task<QuestionAnswer>>(() => Task.Run(() => ComputeAsync(k, question, snapshots, stage))));
        return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<QuestionAnswer> ComputeAsync(string key, Question question, IReadOnlyList<SnapshotRecord> snapshots, Action<string, double>? stage)
    {
        try
        {
            stage?.Invoke("waiting for a free slot", 0.05);
            ServerMetrics.ComputationsWaiting.Inc();
            try
            {
                await _slots.WaitAsync(_stopping).ConfigureAwait(false);
            }
            finally
            {
                ServerMetrics.ComputationsWaiting.Dec();
            }

            try
            {
                stage?.Invoke("reading the snapshots", 0.1);
                var files = new List<string>();
                foreach (var snapshot in snapshots)
                {
                    files.Add(await _files.PathForAsync(snapshot, _stopping).ConfigureAwait(false));
                }

                stage?.Invoke("analysing", 0.2);
                var watch = Stopwatch.StartNew();
                using var output = new StringWriter();
                using var error = new StringWriter();
                var environment = new CommandEnvironment(output, error) { Clock = _time, GraphLayout = _graphLayout };
                var code = await question.Run(files, environment, _stopping).ConfigureAwait(false);
                watch.Stop();
                ServerMetrics.ComputeSeconds.WithLabels(Label(question)).Observe(watch.Elapsed.TotalSeconds);
                ServerMetrics.Answers.WithLabels(Label(question), "false").Inc();
                ServerLog.QuestionAnswered(_logger, question.ToString(), Ids(snapshots), watch.ElapsedMilliseconds, false, code);
                var answer = new QuestionAnswer(key, code, question.ContentType, Encoding.UTF8.GetBytes(output.ToString()), error.ToString(), Cached: false);
                if (answer.Succeeded)
                {
                    stage?.Invoke("storing the result", 0.95);
                    await _store.SaveResultAsync(key, new StoredResult(code, answer.ContentType, answer.Body, answer.Messages, _time.GetUtcNow()), _stopping).ConfigureAwait(false);
                }

                return answer;
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            _running.TryRemove(key, out _);
        }
    }

    private static string Label(Question question) => question.Path.StartsWith("clusters/", StringComparison.Ordinal) ? "clusters/" + question.Path[(question.Path.LastIndexOf('/') + 1)..] : question.Path;

    private static string Ids(IReadOnlyList<SnapshotRecord> snapshots) => string.Join(',', snapshots.Select(s => s.Id));

    private static string ComputeEngineVersion()
    {
        // The answers depend on the engine, its formats and the handlers: a new build is a new key.
        Type[] parts =
        [
            typeof(Portcullis.Application.Reports.EndpointsReportHandler), typeof(Portcullis.Core.Analysis.ConnectivityAnalyzer),
            typeof(Portcullis.Formats.Reports.ConnectivityReportWriter), typeof(Portcullis.Cluster.Check.ClusterChecker), typeof(Portcullis.Cluster.Formats.Check.ClusterCheckWriter),
        ];
        return string.Join(',', parts.Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")));
    }
}
