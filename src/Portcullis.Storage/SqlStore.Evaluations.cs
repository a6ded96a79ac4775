using System.Data.Common;

namespace Portcullis.Storage;

public abstract partial class SqlStore
{
    private const string AlertColumns = "a.id, a.snapshot_id, a.account, a.kind, a.subject, a.severity, a.message, a.created_at";

    /// <inheritdoc />
    public Task<bool> SaveEvaluationAsync(SnapshotEvaluation evaluation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return WriteAsync(async (connection, transaction) =>
        {
            await LockAsync(connection, transaction, "evaluate:" + evaluation.SnapshotId, cancellationToken).ConfigureAwait(false);
            var evaluated = await ScalarAsync(connection, transaction, "SELECT evaluated FROM snapshots WHERE id = @id", cancellationToken, ("id", evaluation.SnapshotId)).ConfigureAwait(false);
            if (evaluated is null || Convert.ToInt64(evaluated, System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                return false;
            }

            if (evaluation.Drift is { } drift)
            {
                await using var command = Command(connection, transaction,
                    "INSERT INTO drift (snapshot_id, previous_snapshot_id, added, removed, changed) VALUES (@id, @previous, @added, @removed, @changed)",
                    ("id", evaluation.SnapshotId), ("previous", drift.PreviousSnapshotId), ("added", (long)drift.Added), ("removed", (long)drift.Removed), ("changed", (long)drift.Changed));
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            foreach (var status in evaluation.Statuses)
            {
                await using var command = Command(connection, transaction,
                    "INSERT INTO requirement_statuses (snapshot_id, cluster, requirement, status) VALUES (@id, @cluster, @requirement, @status) ON CONFLICT DO NOTHING",
                    ("id", evaluation.SnapshotId), ("cluster", status.Cluster), ("requirement", status.Requirement), ("status", status.Status));
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            foreach (var alert in evaluation.Alerts)
            {
                await InsertAlertAsync(connection, transaction, alert, now, cancellationToken).ConfigureAwait(false);
            }

            await using var mark = Command(connection, transaction, "UPDATE snapshots SET evaluated = 1 WHERE id = @id", ("id", evaluation.SnapshotId));
            await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<AlertRecord> RaiseAlertAsync(NewAlert alert, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return WriteAsync((connection, transaction) => InsertAlertAsync(connection, transaction, alert, now, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DriftRecord?> GetDriftAsync(long snapshotId, CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT snapshot_id, previous_snapshot_id, added, removed, changed FROM drift WHERE snapshot_id = @id",
            r => new DriftRecord(Int64(r, 0), Int64(r, 1), (int)Int64(r, 2), (int)Int64(r, 3), (int)Int64(r, 4)), cancellationToken, ("id", snapshotId)).ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<RequirementStatusRecord>> GetRequirementStatusesAsync(long snapshotId, string? cluster, CancellationToken cancellationToken) =>
        cluster is null
            ? await QueryAsync("SELECT snapshot_id, cluster, requirement, status FROM requirement_statuses WHERE snapshot_id = @id ORDER BY cluster, requirement",
                ReadStatus, cancellationToken, ("id", snapshotId)).ConfigureAwait(false)
            : await QueryAsync("SELECT snapshot_id, cluster, requirement, status FROM requirement_statuses WHERE snapshot_id = @id AND cluster = @cluster ORDER BY requirement",
                ReadStatus, cancellationToken, ("id", snapshotId), ("cluster", cluster)).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<RequirementStatusRecord>> GetRequirementHistoryAsync(string cluster, int snapshots, CancellationToken cancellationToken) =>
        await QueryAsync(
            "SELECT snapshot_id, cluster, requirement, status FROM requirement_statuses WHERE cluster = @cluster AND snapshot_id IN "
            + "(SELECT DISTINCT snapshot_id FROM requirement_statuses WHERE cluster = @cluster ORDER BY snapshot_id DESC LIMIT @limit) ORDER BY snapshot_id DESC, requirement",
            ReadStatus, cancellationToken, ("cluster", cluster), ("limit", (long)Math.Clamp(snapshots, 1, 1000))).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<AlertRecord>> ListAlertsAsync(string? account, long? snapshotId, int limit, CancellationToken cancellationToken)
    {
        var conditions = new List<string>();
        var parameters = new List<(string, object?)> { ("limit", (long)Math.Clamp(limit, 1, 1000)) };
        if (account is not null)
        {
            conditions.Add("a.account = @account");
            parameters.Add(("account", account));
        }

        if (snapshotId is { } id)
        {
            conditions.Add("a.snapshot_id = @snapshot");
            parameters.Add(("snapshot", id));
        }

        var where = conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);
        return await QueryAsync($"SELECT {AlertColumns} FROM alerts a{where} ORDER BY a.id DESC LIMIT @limit", r => ReadAlert(r, 0), cancellationToken, [.. parameters]).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WebhookDelivery>> ListDueDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            $"SELECT d.id, d.webhook, d.state, d.attempts, d.next_attempt_at, d.last_error, {AlertColumns} FROM deliveries d JOIN alerts a ON a.id = d.alert_id "
            + "WHERE d.state = @pending AND d.next_attempt_at <= @now ORDER BY d.next_attempt_at, d.id LIMIT @limit",
            r => new WebhookDelivery(Int64(r, 0), ReadAlert(r, 6), r.GetString(1), Enum.Parse<DeliveryState>(r.GetString(2)), (int)Int64(r, 3), Time(r, 4), NullableString(r, 5)),
            cancellationToken, ("pending", nameof(DeliveryState.Pending)), ("now", Millis(now)), ("limit", (long)limit)).ConfigureAwait(false);

    /// <inheritdoc />
    public Task UpdateDeliveryAsync(long id, DeliveryState state, int attempts, DateTimeOffset nextAttemptAt, string? lastError, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE deliveries SET state = @state, attempts = @attempts, next_attempt_at = @next, last_error = @error WHERE id = @id", cancellationToken,
            ("state", state.ToString()), ("attempts", (long)attempts), ("next", Millis(nextAttemptAt)), ("error", lastError), ("id", id));

    private static async Task<AlertRecord> InsertAlertAsync(DbConnection connection, DbTransaction transaction, NewAlert alert, DateTimeOffset now, CancellationToken cancellationToken)
    {
        long id;
        await using (var command = Command(connection, transaction,
            "INSERT INTO alerts (snapshot_id, account, kind, subject, severity, message, created_at) VALUES (@snapshot, @account, @kind, @subject, @severity, @message, @now) RETURNING id",
            ("snapshot", alert.SnapshotId), ("account", alert.Account), ("kind", alert.Kind.ToString()), ("subject", alert.Subject), ("severity", alert.Severity),
            ("message", alert.Message), ("now", Millis(now))))
        {
            id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var webhook in alert.Webhooks)
        {
            await using var delivery = Command(connection, transaction,
                "INSERT INTO deliveries (alert_id, webhook, state, attempts, next_attempt_at, last_error) VALUES (@alert, @webhook, @state, 0, @now, NULL)",
                ("alert", id), ("webhook", webhook), ("state", nameof(DeliveryState.Pending)), ("now", Millis(now)));
            await delivery.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return new AlertRecord(id, alert.SnapshotId, alert.Account, alert.Kind, alert.Subject, alert.Severity, alert.Message, DateTimeOffset.FromUnixTimeMilliseconds(Millis(now)));
    }

    private static RequirementStatusRecord ReadStatus(DbDataReader r) => new(Int64(r, 0), r.GetString(1), r.GetString(2), r.GetString(3));

    private static AlertRecord ReadAlert(DbDataReader r, int at) => new(
        Int64(r, at), NullableInt64(r, at + 1), r.GetString(at + 2), Enum.Parse<AlertKind>(r.GetString(at + 3)), r.GetString(at + 4), r.GetString(at + 5), r.GetString(at + 6), Time(r, at + 7));
}
