using System.Data.Common;
using Npgsql;

namespace Portcullis.Storage.Postgres;

/// <summary>
/// The store in PostgreSQL, which several replicas of the server can share: writes that must not interleave (a
/// snapshot against its account's latest, an evaluation, the schema) take a transaction-scoped advisory lock.
/// </summary>
public sealed class PostgresStore : SqlStore
{
    private readonly NpgsqlDataSource _dataSource;

    private PostgresStore(NpgsqlDataSource dataSource)
        : base(Migration.FromResources(typeof(PostgresStore).Assembly))
    {
        _dataSource = dataSource;
    }

    /// <inheritdoc />
    public override string Kind => "postgresql";

    /// <summary>The store at <paramref name="connectionString"/> (an Npgsql connection string); call <see cref="SqlStore.MigrateAsync"/> next.</summary>
    /// <param name="connectionString">Such as <c>Host=db;Database=portcullis;Username=portcullis;Password=...</c>.</param>
    /// <exception cref="ArgumentException">The connection string is malformed.</exception>
    public static PostgresStore Open(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "portcullis" };
        return new PostgresStore(NpgsqlDataSource.Create(builder));
    }

    /// <summary>The connection string with its password removed, to show or log.</summary>
    /// <param name="connectionString">The connection string.</param>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Remove("Password");
        return $"Host={builder.Host};Port={builder.Port};Database={builder.Database};Username={builder.Username}";
    }

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task LockAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))", ("key", key));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
