using System.Text;

namespace Portcullis.Storage.Tests;

/// <summary>
/// What every store must do, the same on SQLite and PostgreSQL: each concrete class opens its kind of store, and
/// the tests here are run on each.
/// </summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    protected IPortcullisStore Store { get; private set; } = null!;

    /// <summary>Opens a new, empty store of the kind under test (migrated).</summary>
    protected abstract Task<IPortcullisStore> CreateStoreAsync();

    /// <summary>Opens a second handle on the same store, as a second replica would.</summary>
    protected abstract Task<IPortcullisStore> OpenSameStoreAsync();

    public async ValueTask InitializeAsync()
    {
        Store = await CreateStoreAsync();
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (Store is not null)
        {
            await Store.DisposeAsync();
        }
    }

    private static NewSnapshot Upload(string account, string text, SnapshotSource source = SnapshotSource.FileUpload) =>
        new(account, source, "config.json", Encoding.UTF8.GetBytes(text), "token ci");

    [Fact]
    public async Task SaveSnapshot_NewContent_KeepsTheBytesExactlyAndTheirHash()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"vpcs\": [] }\r\n\u00e9");
        var saved = await Store.SaveSnapshotAsync(new NewSnapshot("prod", SnapshotSource.Collect, "prod.json", bytes, null), T0, TestContext.Current.CancellationToken);

        Assert.True(saved.Created);
        var read = await Store.GetSnapshotAsync(saved.Snapshot.Id, TestContext.Current.CancellationToken);
        Assert.NotNull(read);
        Assert.Equal(saved.Snapshot, read);
        Assert.Equal(SnapshotSource.Collect, read.Source);
        Assert.Equal(T0, read.CreatedAt);
        // The hash is SHA-256 of the bytes as sent (independently: the .NET SHA-256 of the same array).
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), read.ContentHash);
        Assert.Equal(bytes, await Store.GetContentAsync(read.ContentHash, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SaveSnapshot_SameContentAsTheAccountsLatest_IsNotANewSnapshot()
    {
        var first = await Store.SaveSnapshotAsync(Upload("prod", "{\"vpcs\":[1]}"), T0, TestContext.Current.CancellationToken);
        var again = await Store.SaveSnapshotAsync(Upload("prod", "{\"vpcs\":[1]}"), T0.AddHours(1), TestContext.Current.CancellationToken);

        Assert.False(again.Created);
        Assert.Equal(first.Snapshot.Id, again.Snapshot.Id);
        Assert.Equal(T0.AddHours(1), (await Store.GetSnapshotAsync(first.Snapshot.Id, TestContext.Current.CancellationToken))!.LastSeenAt);
        Assert.Single(await Store.ListSnapshotsAsync(new SnapshotQuery("prod"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SaveSnapshot_ChangeAndRevert_IsThreeSnapshotsOnTheTimelineSharingContent()
    {
        var a = await Store.SaveSnapshotAsync(Upload("prod", "A"), T0, TestContext.Current.CancellationToken);
        var b = await Store.SaveSnapshotAsync(Upload("prod", "B"), T0.AddMinutes(1), TestContext.Current.CancellationToken);
        var back = await Store.SaveSnapshotAsync(Upload("prod", "A"), T0.AddMinutes(2), TestContext.Current.CancellationToken);
        var otherAccount = await Store.SaveSnapshotAsync(Upload("dev", "A"), T0.AddMinutes(3), TestContext.Current.CancellationToken);

        Assert.True(back.Created);
        Assert.True(otherAccount.Created);
        Assert.Equal(a.Snapshot.ContentHash, back.Snapshot.ContentHash);
        var timeline = await Store.ListSnapshotsAsync(new SnapshotQuery("prod"), TestContext.Current.CancellationToken);
        Assert.Equal([back.Snapshot.Id, b.Snapshot.Id, a.Snapshot.Id], timeline.Select(s => s.Id));
        Assert.Equal(b.Snapshot.Id, (await Store.GetPreviousSnapshotAsync(back.Snapshot, TestContext.Current.CancellationToken))!.Id);
        Assert.Null(await Store.GetPreviousSnapshotAsync(a.Snapshot, TestContext.Current.CancellationToken));
        var page = await Store.ListSnapshotsAsync(new SnapshotQuery(null, BeforeId: back.Snapshot.Id, Limit: 1), TestContext.Current.CancellationToken);
        Assert.Equal([b.Snapshot.Id], page.Select(s => s.Id));
    }

    [Fact]
    public async Task SaveSnapshot_ConcurrentIdenticalUploads_MakeOneSnapshot()
    {
        // Ten clients upload the same file at once: the account's timeline gets it once.
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => Store.SaveSnapshotAsync(Upload("prod", "same"), T0, TestContext.Current.CancellationToken))));

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Snapshot.Id).Distinct());
    }

    [Fact]
    public async Task SaveEvaluation_SavesAllAtOnceAndOnlyOnce()
    {
        var a = (await Store.SaveSnapshotAsync(Upload("prod", "A"), T0, TestContext.Current.CancellationToken)).Snapshot;
        var b = (await Store.SaveSnapshotAsync(Upload("prod", "B"), T0, TestContext.Current.CancellationToken)).Snapshot;
        Assert.Equal([a.Id, b.Id], (await Store.ListUnevaluatedAsync(10, TestContext.Current.CancellationToken)).Select(s => s.Id));
        var alert = new NewAlert(b.Id, "prod", AlertKind.RequirementRegressed, "iks/registry", "error", "registry went from open to blocked", ["ops", "chat"]);
        var evaluation = new SnapshotEvaluation(b.Id, new DriftRecord(b.Id, a.Id, 1, 2, 3),
            [new RequirementStatusRecord(b.Id, "iks", "registry", "blocked"), new RequirementStatusRecord(b.Id, "iks", "dns", "open")], [alert]);

        Assert.True(await Store.SaveEvaluationAsync(evaluation, T0, TestContext.Current.CancellationToken));
        Assert.False(await Store.SaveEvaluationAsync(evaluation, T0, TestContext.Current.CancellationToken));

        Assert.Equal([a.Id], (await Store.ListUnevaluatedAsync(10, TestContext.Current.CancellationToken)).Select(s => s.Id));
        Assert.Equal(new DriftRecord(b.Id, a.Id, 1, 2, 3), await Store.GetDriftAsync(b.Id, TestContext.Current.CancellationToken));
        Assert.Equal(["dns open", "registry blocked"], (await Store.GetRequirementStatusesAsync(b.Id, "iks", TestContext.Current.CancellationToken)).Select(s => $"{s.Requirement} {s.Status}"));
        var alerts = await Store.ListAlertsAsync("prod", null, 10, TestContext.Current.CancellationToken);
        Assert.Equal("registry went from open to blocked", Assert.Single(alerts).Message);
        var due = await Store.ListDueDeliveriesAsync(T0, 10, TestContext.Current.CancellationToken);
        Assert.Equal(["chat", "ops"], due.Select(d => d.Webhook).Order(StringComparer.Ordinal));
        Assert.All(due, d => Assert.Equal(alerts[0], d.Alert));
    }

    [Fact]
    public async Task RequirementHistory_IsTheLatestSnapshotsNewestFirst()
    {
        var ids = new List<long>();
        foreach (var (text, status) in new[] { ("A", "open"), ("B", "blocked"), ("C", "partly open") })
        {
            var s = (await Store.SaveSnapshotAsync(Upload("prod", text), T0, TestContext.Current.CancellationToken)).Snapshot;
            ids.Add(s.Id);
            await Store.SaveEvaluationAsync(new SnapshotEvaluation(s.Id, null, [new RequirementStatusRecord(s.Id, "iks", "registry", status)], []), T0, TestContext.Current.CancellationToken);
        }

        var history = await Store.GetRequirementHistoryAsync("iks", 2, TestContext.Current.CancellationToken);
        Assert.Equal([(ids[2], "partly open"), (ids[1], "blocked")], history.Select(h => (h.SnapshotId, h.Status)));
    }

    [Fact]
    public async Task Deliveries_AttemptsAndBackoff_AreKept()
    {
        var alert = await Store.RaiseAlertAsync(new NewAlert(null, "prod", AlertKind.CollectionFailed, "prod", "error", "collection failed", ["ops"]), T0, TestContext.Current.CancellationToken);
        var delivery = Assert.Single(await Store.ListDueDeliveriesAsync(T0, 10, TestContext.Current.CancellationToken));
        Assert.Equal(alert.Id, delivery.Alert.Id);

        await Store.UpdateDeliveryAsync(delivery.Id, DeliveryState.Pending, 1, T0.AddSeconds(30), "HTTP 503", TestContext.Current.CancellationToken);
        Assert.Empty(await Store.ListDueDeliveriesAsync(T0.AddSeconds(29), 10, TestContext.Current.CancellationToken));
        var retry = Assert.Single(await Store.ListDueDeliveriesAsync(T0.AddSeconds(30), 10, TestContext.Current.CancellationToken));
        Assert.Equal((1, "HTTP 503"), (retry.Attempts, retry.LastError));

        await Store.UpdateDeliveryAsync(delivery.Id, DeliveryState.Delivered, 2, T0.AddSeconds(30), null, TestContext.Current.CancellationToken);
        Assert.Empty(await Store.ListDueDeliveriesAsync(T0.AddDays(1), 10, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Results_FirstKeptStays()
    {
        var key = new string('a', 64);
        Assert.Null(await Store.GetResultAsync(key, TestContext.Current.CancellationToken));
        await Store.SaveResultAsync(key, new StoredResult(1, "text/plain", [1, 2, 3], "warning", T0), TestContext.Current.CancellationToken);
        await Store.SaveResultAsync(key, new StoredResult(0, "text/plain", [9], "", T0), TestContext.Current.CancellationToken);

        var stored = await Store.GetResultAsync(key, TestContext.Current.CancellationToken);
        Assert.NotNull(stored);
        Assert.Equal((1, "text/plain", "warning", T0), (stored.ExitCode, stored.ContentType, stored.Messages, stored.CreatedAt));
        Assert.Equal([1, 2, 3], stored.Body);
    }

    [Fact]
    public async Task Tokens_SeedOnlyIntoAnEmptyStore_FindByHash_Revoke()
    {
        Assert.True(await Store.SeedAdminTokenAsync("bootstrap", "h1", T0, TestContext.Current.CancellationToken));
        Assert.False(await Store.SeedAdminTokenAsync("bootstrap", "h2", T0, TestContext.Current.CancellationToken));
        var reader = await Store.AddTokenAsync("alice", TokenRole.ReadOnly, "h3", T0, TestContext.Current.CancellationToken);

        Assert.Equal(TokenRole.Admin, (await Store.FindTokenAsync("h1", TestContext.Current.CancellationToken))!.Role);
        Assert.Null(await Store.FindTokenAsync("h2", TestContext.Current.CancellationToken));
        Assert.Equal(["bootstrap", "alice"], (await Store.ListTokensAsync(TestContext.Current.CancellationToken)).Select(t => t.Name));

        Assert.True(await Store.RevokeTokenAsync(reader.Id, TestContext.Current.CancellationToken));
        Assert.False(await Store.RevokeTokenAsync(reader.Id, TestContext.Current.CancellationToken));
        Assert.Null(await Store.FindTokenAsync("h3", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Jobs_SaveAndUpdate()
    {
        var job = new JobRecord("j1", "report/endpoints?format=txt", JobState.Queued, 0, "queued", null, null, T0, T0);
        await Store.SaveJobAsync(job, TestContext.Current.CancellationToken);
        var done = job with { State = JobState.Succeeded, Progress = 1, Stage = "done", ResultKey = "k", UpdatedAt = T0.AddSeconds(3) };
        await Store.SaveJobAsync(done, TestContext.Current.CancellationToken);

        Assert.Equal(done, await Store.GetJobAsync("j1", TestContext.Current.CancellationToken));
        Assert.Null(await Store.GetJobAsync("j2", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Lease_HeldByOneReplicaUntilReleasedOrExpired()
    {
        await using var other = await OpenSameStoreAsync();
        var minute = TimeSpan.FromMinutes(1);

        Assert.True(await Store.TryAcquireLeaseAsync("watch", "a", T0, minute, TestContext.Current.CancellationToken));
        Assert.False(await other.TryAcquireLeaseAsync("watch", "b", T0.AddSeconds(30), minute, TestContext.Current.CancellationToken));
        Assert.True(await Store.TryAcquireLeaseAsync("watch", "a", T0.AddSeconds(30), minute, TestContext.Current.CancellationToken)); // renewed to T0+90s
        Assert.False(await other.TryAcquireLeaseAsync("watch", "b", T0.AddSeconds(89), minute, TestContext.Current.CancellationToken));
        Assert.True(await other.TryAcquireLeaseAsync("watch", "b", T0.AddSeconds(90), minute, TestContext.Current.CancellationToken)); // expired: taken over
        Assert.False(await Store.TryAcquireLeaseAsync("watch", "a", T0.AddSeconds(91), minute, TestContext.Current.CancellationToken));

        await Store.ReleaseLeaseAsync("watch", "a", TestContext.Current.CancellationToken); // not a's to release: no effect
        Assert.False(await Store.TryAcquireLeaseAsync("watch", "a", T0.AddSeconds(92), minute, TestContext.Current.CancellationToken));
        await other.ReleaseLeaseAsync("watch", "b", TestContext.Current.CancellationToken);
        Assert.True(await Store.TryAcquireLeaseAsync("watch", "a", T0.AddSeconds(93), minute, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Lease_ContendedAtOnce_HasExactlyOneHolder()
    {
        var handles = new List<IPortcullisStore> { Store };
        for (var i = 0; i < 3; i++)
        {
            handles.Add(await OpenSameStoreAsync());
        }

        try
        {
            var won = await Task.WhenAll(handles.Select((h, i) => Task.Run(() => h.TryAcquireLeaseAsync("collect:prod", $"replica-{i}", T0, TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken))));
            Assert.Single(won, w => w);
        }
        finally
        {
            foreach (var h in handles.Skip(1))
            {
                await h.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Schedules_LastRunIsSharedByReplicas()
    {
        await using var other = await OpenSameStoreAsync();
        Assert.Null(await Store.GetScheduleAsync("collect:prod", TestContext.Current.CancellationToken));
        await Store.SaveScheduleAsync(new ScheduleRecord("collect:prod", T0, "new snapshot 3"), TestContext.Current.CancellationToken);
        await Store.SaveScheduleAsync(new ScheduleRecord("collect:prod", T0.AddMinutes(15), "unchanged"), TestContext.Current.CancellationToken);

        Assert.Equal(new ScheduleRecord("collect:prod", T0.AddMinutes(15), "unchanged"), await other.GetScheduleAsync("collect:prod", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Migrate_AgainAndFromASecondReplica_ChangesNothing()
    {
        await using var other = await OpenSameStoreAsync();
        var version = await other.MigrateAsync(TestContext.Current.CancellationToken);
        Assert.Equal(version, await Store.MigrateAsync(TestContext.Current.CancellationToken));
        Assert.True(version >= 1);
    }
}
