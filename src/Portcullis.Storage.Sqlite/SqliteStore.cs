using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Portcullis.Storage.Sqlite;

/// <summary>
/// The store in one SQLite file: write-ahead logging (readers never wait for the writer), full sync (a committed
/// transaction survives the process being killed, and the machine losing power), foreign keys on, and writers that
/// take the lock when they begin so that concurrent writers queue instead of failing.
/// </summary>
public sealed class SqliteStore : SqlStore
{
    private readonly string _connectionString;

    private SqliteStore(string connectionString)
        : base(Migration.FromResources(typeof(SqliteStore).Assembly))
    {
        _connectionString = connectionString;
    }

    /// <summary>The file the store is in.</summary>
    public string Path { get; private init; } = string.Empty;

    /// <inheritdoc />
    public override string Kind => "sqlite";

    /// <summary>Opens (creating it if needed) the store in <paramref name="path"/>, in write-ahead-log mode; call <see cref="SqlStore.MigrateAsync"/> next.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static async Task<SqliteStore> OpenAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = System.IO.Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        };
        var store = new SqliteStore(builder.ToString()) { Path = builder.DataSource };
        var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // The journal mode is kept in the file: set once, it holds for every later connection.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);
        }

        return store;
    }

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, null, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000", cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    protected override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);

        // BEGIN IMMEDIATE: the write lock is taken now, so a transaction that reads before it writes never fails to upgrade.
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(IsolationLevel.Serializable, deferred: false));
    }

    /// <inheritdoc />
    protected override Task LockAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken) =>

        // SQLite has one writer at a time: the immediate transaction already holds the only lock there is.
        Task.CompletedTask;

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; a closed store lets it be moved, backed up or deleted.
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        return ValueTask.CompletedTask;
    }
}
