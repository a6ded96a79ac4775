using Portcullis.Testing.Postgres;

[assembly: AssemblyFixture(typeof(Portcullis.Storage.Tests.PostgresFixture))]

namespace Portcullis.Storage.Tests;

/// <summary>One PostgreSQL server for the whole test run (a database per test), or the reason there is none.</summary>
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

    /// <summary>A new, empty database's connection string.</summary>
    public string NewDatabase()
    {
        // CREATE DATABASE over the connection is much faster than a createdb process per test.
        var name = $"test{Interlocked.Increment(ref _databases)}";
        using var connection = new Npgsql.NpgsqlConnection(Server!.ConnectionString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name}";
        command.ExecuteNonQuery();
        return Server.ConnectionString(name);
    }

    public void Dispose() => Server?.Dispose();
}
