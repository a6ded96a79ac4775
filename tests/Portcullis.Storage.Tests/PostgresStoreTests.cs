using Portcullis.Storage.Postgres;

namespace Portcullis.Storage.Tests;

/// <summary>The store contract on PostgreSQL (a database of its own per test on the run's throwaway server).</summary>
public sealed class PostgresStoreTests(PostgresFixture postgres) : StoreContractTests
{
    private string? _connectionString;

    protected override async Task<IPortcullisStore> CreateStoreAsync()
    {
        Assert.SkipWhen(postgres.Server is null, postgres.SkipReason ?? "no PostgreSQL");
        _connectionString = postgres.NewDatabase();
        return await OpenSameStoreAsync();
    }

    protected override async Task<IPortcullisStore> OpenSameStoreAsync()
    {
        var store = PostgresStore.Open(_connectionString!);
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        return store;
    }

    [Fact]
    public void Describe_LeavesThePasswordOut()
    {
        var text = PostgresStore.Describe("Host=db;Database=pc;Username=pc;Password=hunter2");
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.Contains("Host=db", text, StringComparison.Ordinal);
    }
}
