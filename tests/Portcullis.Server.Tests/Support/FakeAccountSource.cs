using Portcullis.Server.Watching;
using Portcullis.Storage;

namespace Portcullis.Server.Tests.Support;

/// <summary>An account source that serves whatever the test puts in it, counts its reads, and fails when told to.</summary>
internal sealed class FakeAccountSource : IAccountSource
{
    private int _reads;

    public byte[] Content { get; set; } = ServerHarness.Example;

    public string? Failure { get; set; }

    public int Reads => _reads;

    public Task<AccountSnapshot> FetchAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return Failure is { } why
            ? Task.FromException<AccountSnapshot>(new AccountSourceException(why))
            : Task.FromResult(new AccountSnapshot(Content, "prod.json", SnapshotSource.Collect, "fake collector run"));
    }
}
