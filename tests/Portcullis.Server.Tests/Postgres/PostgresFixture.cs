using Npgsql;
using Portcullis.Storage;
using Portcullis.Storage.Postgres;
using Portcullis.Testing.Postgres;

namespace Portcullis.Server.Tests.Postgres;

/// <summary>A throwaway PostgreSQL server for the class's tests (a database per test), or the reason there is none.</summary>
public sealed class PostgresFixture : IDisposable
{
    private int _databases;

    public PostgresFixture()
    {
        Server = PostgresServer.TryStart(out var reason);
        SkipReason = reason;
    }

    public PostgresServer? Server { get; }

    public string? SkipReason { get; }

    /// <summary>A new, empty database's connection string; the test skips with the reason when there is no server.</summary>
    public string NewDatabase()
    {
        Assert.SkipWhen(Server is null, SkipReason ?? "no PostgreSQL");
        var name = $"server{Interlocked.Increment(ref _databases)}";
        using var connection = new NpgsqlConnection(Server.ConnectionString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name}";
        command.ExecuteNonQuery();
        return Server.ConnectionString(name);
    }

    /// <summary>A migrated store on <paramref name="connectionString"/>, as <c>portcullis serve --database</c> opens it.</summary>
    public static async Task<IPortcullisStore> OpenAsync(string connectionString)
    {
        var store = PostgresStore.Open(connectionString);
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        return store;
    }

    public void Dispose() => Server?.Dispose();
}
