using System.Data.Common;

namespace Portcullis.Storage;

public abstract partial class SqlStore
{
    private const string SnapshotColumns = "id, account, source, name, content_hash, size, created_at, last_seen_at, origin, evaluated";

    /// <inheritdoc />
    public Task<SnapshotSaveResult> SaveSnapshotAsync(NewSnapshot snapshot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentException.ThrowIfNullOrWhiteSpace(snapshot.Account);
        var hash = ContentHash.Of(snapshot.Content.Span);
        return WriteAsync(async (connection, transaction) =>
        {
            await LockAsync(connection, transaction, "account:" + snapshot.Account, cancellationToken).ConfigureAwait(false);
            var latest = (await QueryAsync(connection, transaction, $"SELECT {SnapshotColumns} FROM snapshots WHERE account = @account ORDER BY id DESC LIMIT 1",
                ReadSnapshot, cancellationToken, ("account", snapshot.Account)).ConfigureAwait(false)).FirstOrDefault();
            if (latest is not null && latest.ContentHash == hash)
            {
                await using var seen = Command(connection, transaction, "UPDATE snapshots SET last_seen_at = @now WHERE id = @id", ("now", Millis(now)), ("id", latest.Id));
                await seen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return new SnapshotSaveResult(latest with { LastSeenAt = now }, Created: false);
            }

            await using (var content = Command(connection, transaction, "INSERT INTO contents (hash, size, data) VALUES (@hash, @size, @data) ON CONFLICT (hash) DO NOTHING",
                ("hash", hash), ("size", (long)snapshot.Content.Length), ("data", snapshot.Content.ToArray())))
            {
                await content.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var insert = Command(connection, transaction,
                "INSERT INTO snapshots (account, source, name, content_hash, size, created_at, last_seen_at, origin, evaluated) "
                + "VALUES (@account, @source, @name, @hash, @size, @now, @now, @origin, 0) RETURNING id",
                ("account", snapshot.Account), ("source", SnapshotSourceNames.Name(snapshot.Source)), ("name", snapshot.Name), ("hash", hash),
                ("size", (long)snapshot.Content.Length), ("now", Millis(now)), ("origin", snapshot.Origin));
            var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            var record = new SnapshotRecord(id, snapshot.Account, snapshot.Source, snapshot.Name, hash, snapshot.Content.Length,
                DateTimeOffset.FromUnixTimeMilliseconds(Millis(now)), DateTimeOffset.FromUnixTimeMilliseconds(Millis(now)), snapshot.Origin, Evaluated: false);
            return new SnapshotSaveResult(record, Created: true);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SnapshotRecord?> GetSnapshotAsync(long id, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {SnapshotColumns} FROM snapshots WHERE id = @id", ReadSnapshot, cancellationToken, ("id", id)).ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc />
    public async Task<byte[]?> GetContentAsync(string hash, CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT data FROM contents WHERE hash = @hash", r => (byte[])r.GetValue(0), cancellationToken, ("hash", hash)).ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<SnapshotRecord>> ListSnapshotsAsync(SnapshotQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var conditions = new List<string>();
        var parameters = new List<(string, object?)> { ("limit", (long)Math.Clamp(query.Limit, 1, 1000)) };
        if (query.Account is { } account)
        {
            conditions.Add("account = @account");
            parameters.Add(("account", account));
        }

        if (query.BeforeId is { } before)
        {
            conditions.Add("id < @before");
            parameters.Add(("before", before));
        }

        var where = conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);
        return await QueryAsync($"SELECT {SnapshotColumns} FROM snapshots{where} ORDER BY id DESC LIMIT @limit", ReadSnapshot, cancellationToken, [.. parameters]).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<SnapshotRecord?> GetPreviousSnapshotAsync(SnapshotRecord snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return (await QueryAsync($"SELECT {SnapshotColumns} FROM snapshots WHERE account = @account AND id < @id ORDER BY id DESC LIMIT 1",
            ReadSnapshot, cancellationToken, ("account", snapshot.Account), ("id", snapshot.Id)).ConfigureAwait(false)).FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SnapshotRecord>> ListUnevaluatedAsync(int limit, CancellationToken cancellationToken) =>
        await QueryAsync($"SELECT {SnapshotColumns} FROM snapshots WHERE evaluated = 0 ORDER BY id LIMIT @limit", ReadSnapshot, cancellationToken, ("limit", (long)limit)).ConfigureAwait(false);

    private static SnapshotRecord ReadSnapshot(DbDataReader r) => new(
        Int64(r, 0), r.GetString(1), SnapshotSourceNames.TryParse(r.GetString(2), out var source) ? source : SnapshotSource.FileUpload, r.GetString(3), r.GetString(4),
        Int64(r, 5), Time(r, 6), Time(r, 7), NullableString(r, 8), Int64(r, 9) != 0);
}
