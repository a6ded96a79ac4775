namespace Portcullis.Storage;

public abstract partial class SqlStore
{
    /// <inheritdoc />
    public async Task<StoredResult?> GetResultAsync(string key, CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT exit_code, content_type, body, messages, created_at FROM results WHERE result_key = @key",
            r => new StoredResult((int)Int64(r, 0), r.GetString(1), (byte[])r.GetValue(2), r.GetString(3), Time(r, 4)), cancellationToken, ("key", key)).ConfigureAwait(false))
        .FirstOrDefault();

    /// <inheritdoc />
    public Task SaveResultAsync(string key, StoredResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ExecuteAsync(
            "INSERT INTO results (result_key, exit_code, content_type, body, messages, created_at) VALUES (@key, @code, @type, @body, @messages, @at) ON CONFLICT (result_key) DO NOTHING",
            cancellationToken, ("key", key), ("code", (long)result.ExitCode), ("type", result.ContentType), ("body", result.Body), ("messages", result.Messages), ("at", Millis(result.CreatedAt)));
    }

    /// <inheritdoc />
    public Task SaveJobAsync(JobRecord job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return ExecuteAsync(
            "INSERT INTO jobs (id, question, state, progress, stage, result_key, error, created_at, updated_at) VALUES (@id, @question, @state, @progress, @stage, @result, @error, @created, @updated) "
            + "ON CONFLICT (id) DO UPDATE SET state = excluded.state, progress = excluded.progress, stage = excluded.stage, result_key = excluded.result_key, error = excluded.error, updated_at = excluded.updated_at",
            cancellationToken, ("id", job.Id), ("question", job.Question), ("state", job.State.ToString()), ("progress", job.Progress), ("stage", job.Stage),
            ("result", job.ResultKey), ("error", job.Error), ("created", Millis(job.CreatedAt)), ("updated", Millis(job.UpdatedAt)));
    }

    /// <inheritdoc />
    public async Task<JobRecord?> GetJobAsync(string id, CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT id, question, state, progress, stage, result_key, error, created_at, updated_at FROM jobs WHERE id = @id",
            r => new JobRecord(r.GetString(0), r.GetString(1), Enum.Parse<JobState>(r.GetString(2)), Convert.ToDouble(r.GetValue(3), System.Globalization.CultureInfo.InvariantCulture),
                NullableString(r, 4), NullableString(r, 5), NullableString(r, 6), Time(r, 7), Time(r, 8)), cancellationToken, ("id", id)).ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc />
    public async Task<bool> TryAcquireLeaseAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);

        // One statement: it inserts the lease, renews it for its holder, or takes it over once expired; otherwise it
        // changes nothing, and the count of changed rows says who holds it.
        var changed = await ExecuteAsync(
            "INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @expires) "
            + "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at WHERE leases.holder = excluded.holder OR leases.expires_at <= @now",
            cancellationToken, ("name", name), ("holder", holder), ("expires", Millis(now + duration)), ("now", Millis(now))).ConfigureAwait(false);
        return changed > 0;
    }

    /// <inheritdoc />
    public Task ReleaseLeaseAsync(string name, string holder, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM leases WHERE name = @name AND holder = @holder", cancellationToken, ("name", name), ("holder", holder));

    /// <inheritdoc />
    public async Task<ScheduleRecord?> GetScheduleAsync(string name, CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT name, last_run_at, last_outcome FROM schedules WHERE name = @name",
            r => new ScheduleRecord(r.GetString(0), Time(r, 1), r.GetString(2)), cancellationToken, ("name", name)).ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc />
    public Task SaveScheduleAsync(ScheduleRecord schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return ExecuteAsync(
            "INSERT INTO schedules (name, last_run_at, last_outcome) VALUES (@name, @at, @outcome) ON CONFLICT (name) DO UPDATE SET last_run_at = excluded.last_run_at, last_outcome = excluded.last_outcome",
            cancellationToken, ("name", schedule.Name), ("at", Millis(schedule.LastRunAt)), ("outcome", schedule.LastOutcome));
    }
}
