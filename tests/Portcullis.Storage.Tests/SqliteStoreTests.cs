using Portcullis.Storage.Sqlite;

namespace Portcullis.Storage.Tests;

/// <summary>The store contract on a SQLite file.</summary>
public sealed class SqliteStoreTests : StoreContractTests, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pc-sqlite-").FullName;

    private string File => Path.Combine(_directory, "portcullis.db");

    protected override async Task<IPortcullisStore> CreateStoreAsync() => await OpenSameStoreAsync();

    protected override async Task<IPortcullisStore> OpenSameStoreAsync()
    {
        var store = await SqliteStore.OpenAsync(File, TestContext.Current.CancellationToken);
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        return store;
    }

    [Fact]
    public async Task Open_PutsTheFileInWriteAheadLogMode()
    {
        await Store.SaveSnapshotAsync(new NewSnapshot("a", SnapshotSource.FileUpload, "c.json", new byte[] { 1 }, null), DateTimeOffset.UnixEpoch, TestContext.Current.CancellationToken);
        // The header's bytes 18 and 19 are 2 in WAL mode (1 for the rollback journal): read from the file, not asked of SQLite.
        using var stream = new FileStream(File, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var header = new byte[20];
        stream.ReadExactly(header);
        Assert.Equal((2, 2), (header[18], header[19]));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
