using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using Portcullis.Core.Diagnostics;
using Portcullis.Server.Configuration;
using Portcullis.Server.Hosting;
using Portcullis.Server.Questions;
using Portcullis.Storage;

namespace Portcullis.Server.Watching;

/// <summary>
/// What a new snapshot changed: the connectivity diff from the account's previous snapshot (drift), each watched
/// cluster's check, and lint; and the alerts that follow (a requirement that was open and is not any more, a lint
/// finding at the chosen severity that the previous snapshot did not have). Every answer comes from the same
/// questions the API answers, in JSON, so it is stored and the UI shows it at once.
/// </summary>
internal sealed class SnapshotEvaluator(IPortcullisStore store, QuestionRunner runner, ServerConfiguration configuration, ILogger logger)
{
    /// <summary>At most this many lint alerts per snapshot (a first snapshot of a messy account would otherwise flood the webhooks).</summary>
    public const int MostLintAlerts = 20;

    public async Task<SnapshotEvaluation> EvaluateAsync(SnapshotRecord snapshot, CancellationToken cancellationToken)
    {
        var previous = await store.GetPreviousSnapshotAsync(snapshot, cancellationToken).ConfigureAwait(false);
        var alerts = ImmutableArray.CreateBuilder<NewAlert>();
        DriftRecord? drift = null;
        if (previous is not null)
        {
            var diff = await runner.AnswerAsync(QuestionCatalog.Diff(Query(("format", "json"))), [previous, snapshot], null, cancellationToken).ConfigureAwait(false);
            if (diff.Succeeded)
            {
                using var document = JsonDocument.Parse(diff.Body);
                var types = document.RootElement.GetProperty("differences").EnumerateArray().Select(d => d.GetProperty("type").GetString()).ToList();
                drift = new DriftRecord(snapshot.Id, previous.Id, types.Count(t => t == "added"), types.Count(t => t == "removed"), types.Count(t => t is not ("added" or "removed")));
            }
        }

        var statuses = ImmutableArray.CreateBuilder<RequirementStatusRecord>();
        foreach (var cluster in configuration.Clusters.Where(c => c.Account == snapshot.Account))
        {
            var now = await ClusterStatusesAsync(cluster, snapshot, cancellationToken).ConfigureAwait(false);
            statuses.AddRange(now);
            if (previous is null)
            {
                continue;
            }

            var before = (await store.GetRequirementStatusesAsync(previous.Id, cluster.Name, cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Requirement, s => s.Status, StringComparer.Ordinal);
            foreach (var status in now.Where(s => s.Status is "blocked" or "partly open"))
            {
                if (before.TryGetValue(status.Requirement, out var was) && was == "open")
                {
                    alerts.Add(Alert(snapshot, AlertKind.RequirementRegressed, $"{cluster.Name}/{status.Requirement}", "error",
                        $"Cluster {cluster.Name}: requirement {status.Requirement} went from open to {status.Status} in snapshot {snapshot.Id} (previous: {previous.Id})"));
                }
            }
        }

        var findings = await LintFindingsAsync(snapshot, cancellationToken).ConfigureAwait(false);
        var known = previous is null ? [] : await LintFindingsAsync(previous, cancellationToken).ConfigureAwait(false);
        var seen = known.Select(f => (f.Linter, f.Message)).ToHashSet();
        foreach (var finding in findings.Where(f => f.Severity >= configuration.LintAlertSeverity && !seen.Contains((f.Linter, f.Message))).Take(MostLintAlerts))
        {
            alerts.Add(Alert(snapshot, AlertKind.LintFinding, finding.Linter, finding.Severity.ToString().ToLowerInvariant(), finding.Message));
        }

        var evaluation = new SnapshotEvaluation(snapshot.Id, drift, statuses.ToImmutable(), alerts.ToImmutable());
        ServerLog.Evaluated(logger, snapshot.Id, drift is null ? "none" : $"+{drift.Added} -{drift.Removed} ~{drift.Changed}", evaluation.Statuses.Length, evaluation.Alerts.Length);
        return evaluation;
    }

    private async Task<List<RequirementStatusRecord>> ClusterStatusesAsync(ClusterSettings cluster, SnapshotRecord snapshot, CancellationToken cancellationToken)
    {
        var answer = await runner.AnswerAsync(QuestionCatalog.ClusterCheck(Query(("format", "json")), cluster), [snapshot], null, cancellationToken).ConfigureAwait(false);
        if (!answer.Succeeded)
        {
            ServerLog.ClusterCheckFailed(logger, snapshot.Id, cluster.Name, string.Join("; ", Problems.Lines(answer.Messages)));
            return [];
        }

        using var document = JsonDocument.Parse(answer.Body);
        return [.. document.RootElement.GetProperty("requirements").EnumerateArray()
            .Select(r => new RequirementStatusRecord(snapshot.Id, cluster.Name, r.GetProperty("id").GetString()!, r.GetProperty("status").GetString()!))];
    }

    private async Task<List<(string Linter, Severity Severity, string Message)>> LintFindingsAsync(SnapshotRecord snapshot, CancellationToken cancellationToken)
    {
        var answer = await runner.AnswerAsync(QuestionCatalog.Lint(Query(("format", "json"))), [snapshot], null, cancellationToken).ConfigureAwait(false);
        if (!answer.Succeeded)
        {
            return [];
        }

        using var document = JsonDocument.Parse(answer.Body);
        return [.. document.RootElement.GetProperty("findings").EnumerateArray().Select(f => (
            f.GetProperty("linter").GetString()!,
            Enum.TryParse<Severity>(f.GetProperty("severity").GetString(), ignoreCase: true, out var severity) ? severity : Severity.Note,
            f.GetProperty("message").GetString()!))];
    }

    private NewAlert Alert(SnapshotRecord snapshot, AlertKind kind, string subject, string severity, string message) =>
        new(snapshot.Id, snapshot.Account, kind, subject, severity, message, [.. configuration.Webhooks.Where(w => w.Accepts(kind)).Select(w => w.Name)]);

    private static QueryReader Query(params (string Key, string Value)[] parameters) =>
        new(parameters.ToDictionary(p => p.Key, p => new StringValues(p.Value), StringComparer.Ordinal));
}
