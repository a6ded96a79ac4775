using System.Data.Common;

namespace Portcullis.Storage;

/// <summary>
/// The store in a SQL database, over ADO.NET: the statements every supported database understands alike (<c>RETURNING</c>,
/// <c>ON CONFLICT</c>, <c>LIMIT</c>, times as Unix milliseconds), with what differs (connections, how a writer locks,
/// the schema's types) left to each provider.
/// </summary>
public abstract partial class SqlStore : IPortcullisStore
{
    private readonly IReadOnlyList<Migration> _migrations;

    /// <summary>A store whose schema is made by <paramref name="migrations"/>.</summary>
    /// <param name="migrations">The provider's migrations, in order.</param>
    protected SqlStore(IReadOnlyList<Migration> migrations)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        _migrations = migrations;
    }

    /// <inheritdoc />
    public abstract string Kind { get; }

    /// <summary>The newest schema version this provider knows.</summary>
    public int LatestVersion => _migrations.Count;

    /// <summary>Opens a connection, set up for use.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Begins a transaction that will write (SQLite takes the write lock at once, so that it never has to upgrade a read lock).</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    protected abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Serialises transactions on <paramref name="key"/> until this one ends (where the database does not already serialise writers).</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="transaction">The transaction.</param>
    /// <param name="key">What is locked.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    protected abstract Task LockAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();

    /// <inheritdoc />
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // Two replicas starting at once: the second waits here, then finds the schema current.
                await LockAsync(connection, transaction, "schema", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)", cancellationToken).ConfigureAwait(false);
                var current = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
                if (current > _migrations.Count)
                {
                    throw new StoreException($"The {Kind} store has schema version {current}, newer than this version of Portcullis knows ({_migrations.Count}): run a newer Portcullis, or restore a backup made for this one.");
                }

                foreach (var migration in _migrations.Where(m => m.Version > current))
                {
                    foreach (var statement in migration.Statements())
                    {
                        await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
                    }

                    await using var record = Command(connection, transaction, "INSERT INTO schema_version (version, applied_at) VALUES (@version, @at)",
                        ("version", migration.Version), ("at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return _migrations.Count;
            }
        }
    }

    /// <summary>A command with named parameters (<c>@name</c>); a <see langword="null"/> value is sent as SQL NULL.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="transaction">The transaction, or <see langword="null"/>.</param>
    /// <param name="sql">The statement.</param>
    /// <param name="parameters">The parameters.</param>
    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // The statements are this class's constants; values go in parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Runs a statement.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="transaction">The transaction, or <see langword="null"/>.</param>
    /// <param name="sql">The statement.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    protected static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    private async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await QueryAsync(connection, null, sql, read, cancellationToken, parameters).ConfigureAwait(false);
        }
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
    }

    /// <summary>Runs <paramref name="work"/> in a write transaction, committed when it returns.</summary>
    private async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(connection, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = Command(connection, null, sql, parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static long Int64(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    private static long? NullableInt64(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Int64(reader, ordinal);

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset Time(DbDataReader reader, int ordinal) => DateTimeOffset.FromUnixTimeMilliseconds(Int64(reader, ordinal));

    private static long Millis(DateTimeOffset time) => time.ToUnixTimeMilliseconds();
}
