using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Portcullis.Server.Configuration;
using Portcullis.Server.Tests.Support;
using Portcullis.Server.Watching;
using Portcullis.Storage;

namespace Portcullis.Server.Tests.Watching;

/// <summary>The watcher: scheduled collection, drift, cluster checks and lint on each new snapshot, alerts and signed webhooks with backoff.</summary>
public sealed class WatcherTests
{
    private static readonly DateTimeOffset Start = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    private static ServerConfiguration Watching(Uri? webhook = null) => ServerConfiguration.Empty with
    {
        Accounts = [new AccountSettings("prod", new SourceSettings("collect", null, null, new SecretReference(null, "IBMCLOUD_API_KEY"), ImmutableDictionary<string, string>.Empty), TimeSpan.FromMinutes(15))],
        Clusters = [new ClusterSettings("iks-prod", "prod", ServerHarness.ClusterDescription, null)],
        Webhooks = webhook is null ? [] : [new WebhookSettings("ops", webhook, new SecretReference(null, "PORTCULLIS_TEST_WEBHOOK_SECRET"), [])],
    };

    [Fact]
    public async Task Schedule_CollectsWhenDue_AndKeepsUnchangedContentAsOneSnapshot()
    {
        var time = new FakeTimeProvider(Start);
        var source = new FakeAccountSource();
        await using var harness = await ServerHarness.StartAsync(Watching(), time, _ => source);

        await harness.Watcher.TickAsync(TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMinutes(14));
        await harness.Watcher.TickAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, source.Reads);

        time.Advance(TimeSpan.FromMinutes(1));
        await harness.Watcher.TickAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, source.Reads);

        var snapshots = await harness.Store.ListSnapshotsAsync(new SnapshotQuery("prod"), TestContext.Current.CancellationToken);
        var only = Assert.Single(snapshots);
        Assert.Equal((SnapshotSource.Collect, "fake collector run", Start, Start.AddMinutes(15)), (only.Source, only.Origin, only.CreatedAt, only.LastSeenAt));
        Assert.True(only.Evaluated);
    }

    [Fact]
    public async Task NewSnapshot_ThatBlocksARequirement_RaisesAnAlertAndDeliversASignedWebhook()
    {
        var time = new FakeTimeProvider(Start);
        var source = new FakeAccountSource();
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var harness = await ServerHarness.StartAsync(Watching(receiver.Url), time, _ => source);

        await harness.Watcher.TickAsync(TestContext.Current.CancellationToken);
        Assert.Empty(await harness.Store.ListAlertsAsync(null, null, 10, TestContext.Current.CancellationToken));

        source.Content = ServerHarness.ExampleWithoutIaasInbound();
        time.Advance(TimeSpan.FromMinutes(15));
        await harness.Watcher.TickAsync(TestContext.Current.CancellationToken);

        var snapshots = await harness.Store.ListSnapshotsAsync(new SnapshotQuery("prod"), TestContext.Current.CancellationToken);
        Assert.Equal(2, snapshots.Count);
        var drift = await harness.Store.GetDriftAsync(snapshots[0].Id, TestContext.Current.CancellationToken);
        Assert.NotNull(drift);
        Assert.Equal(snapshots[1].Id, drift.PreviousSnapshotId);
        Assert.True(drift.HasChanges);

        var history = await harness.Store.GetRequirementHistoryAsync("iks-prod", 2, TestContext.Current.CancellationToken);
        var iaas = history.Where(h => h.Requirement == "acl-iaas-inbound").Select(h => h.Status).ToList();
        Assert.Equal("open", iaas[1]);
        Assert.NotEqual("open", iaas[0]);

        // Both the requirement and the outbound one whose TCP replies came back through the removed rule regress.
        var alerts = await harness.Store.ListAlertsAsync("prod", null, 10, TestContext.Current.CancellationToken);
        Assert.All(alerts, a => Assert.Equal(AlertKind.RequirementRegressed, a.Kind));
        var alert = Assert.Single(alerts, a => a.Subject == "iks-prod/acl-iaas-inbound");
        Assert.Contains($"went from open to {iaas[0]} in snapshot {snapshots[0].Id}", alert.Message, StringComparison.Ordinal);

        Assert.Equal(alerts.Count, receiver.Requests.Count);
        foreach (var received in receiver.Requests)
        {
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("webhook-secret"), received.Body));
            Assert.Equal(expected, received.Headers["X-Portcullis-Signature"]);
        }

        var request = receiver.Requests.Single(r => (string?)JsonNode.Parse(r.Body)!["alert"]!["subject"] == "iks-prod/acl-iaas-inbound");
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("requirement-regressed", (string?)body["alert"]!["kind"]);
        Assert.Equal(snapshots[0].Id, (long)body["alert"]!["snapshot"]!);
        Assert.DoesNotContain("webhook-secret", Encoding.UTF8.GetString(request.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_Failures_AreRetriedWithGrowingBackoffThenDelivered()
    {
        var time = new FakeTimeProvider(Start);
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Statuses.Enqueue(503);
        receiver.Statuses.Enqueue(500);
        var source = new FakeAccountSource { Failure = "the account API answered 401" };
        await using var harness = await ServerHarness.StartAsync(Watching(receiver.Url), time, _ => source);

        await harness.Watcher.TickAsync(TestContext.Current.CancellationToken); // collection fails: alert, first attempt answered 503
        Assert.Single(receiver.Requests);
        var pending = await harness.Store.ListDueDeliveriesAsync(Start.AddDays(1), 10, TestContext.Current.CancellationToken);
        Assert.Equal((1, "HTTP 503 Service Unavailable"), (pending[0].Attempts, pending[0].LastError));
        Assert.Equal(Start + WebhookSender.FirstWait, pending[0].NextAttemptAt);

        time.Advance(WebhookSender.FirstWait - TimeSpan.FromSeconds(1));
        await harness.Watcher.DeliverDueAsync(TestContext.Current.CancellationToken);
        Assert.Single(receiver.Requests); // not due yet

        time.Advance(TimeSpan.FromSeconds(1));
        await harness.Watcher.DeliverDueAsync(TestContext.Current.CancellationToken); // second attempt: 500, waits twice as long
        Assert.Equal(2, receiver.Requests.Count);
        var again = Assert.Single(await harness.Store.ListDueDeliveriesAsync(Start.AddDays(1), 10, TestContext.Current.CancellationToken));
        Assert.Equal(time.GetUtcNow() + (2 * WebhookSender.FirstWait), again.NextAttemptAt);

        time.Advance(2 * WebhookSender.FirstWait);
        await harness.Watcher.DeliverDueAsync(TestContext.Current.CancellationToken);
        Assert.Equal(3, receiver.Requests.Count);
        Assert.Empty(await harness.Store.ListDueDeliveriesAsync(Start.AddDays(1), 10, TestContext.Current.CancellationToken));
        // The same delivery id each time, so a receiver can drop duplicates.
        Assert.Single(receiver.Requests.Select(r => r.Headers["X-Portcullis-Delivery"]).Distinct());

        // A collection that keeps failing raises no second alert.
        time.Advance(TimeSpan.FromMinutes(15));
        await harness.Watcher.TickAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, source.Reads);
        Assert.Single(await harness.Store.ListAlertsAsync("prod", null, 10, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(1, null, 30)]
    [InlineData(2, null, 60)]
    [InlineData(3, null, 120)]
    [InlineData(8, null, -1)] // the last attempt: abandoned
    [InlineData(1, 300, 300)] // Retry-After longer than the backoff is honoured
    [InlineData(1, 10, 30)]   // shorter is not
    [InlineData(1, 86400, 3600)] // but never beyond the longest wait
    [InlineData(7, null, 1920)]
    public void NextAttempt_BacksOffExponentiallyAndHonoursRetryAfter(int attempts, int? retryAfterSeconds, int expectedSeconds)
    {
        var next = WebhookSender.NextAttempt(Start, attempts, retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : null);
        Assert.Equal(expectedSeconds < 0 ? null : Start.AddSeconds(expectedSeconds), next);
    }

    [Fact]
    public async Task TwoReplicasOnOneStore_CollectEachPeriodOnce()
    {
        var time = new FakeTimeProvider(Start);
        var source = new FakeAccountSource();
        await using var first = await ServerHarness.StartAsync(Watching(), time, _ => source, replica: "a");
        await using var second = await ServerHarness.StartAsync(Watching(), time, _ => source, store: await OpenSameAsync(first), replica: "b");

        for (var minute = 0; minute < 60; minute += 5)
        {
            // Both replicas' rounds at once, as their timers would fire.
            await Task.WhenAll(Task.Run(() => first.Watcher.TickAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken), Task.Run(() => second.Watcher.TickAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken));
            time.Advance(TimeSpan.FromMinutes(5));
        }

        // Minutes 0, 15, 30 and 45: four periods, four reads, whichever replica made them.
        Assert.Equal(4, source.Reads);
    }

    private static async Task<IPortcullisStore> OpenSameAsync(ServerHarness harness)
    {
        var store = await Storage.Sqlite.SqliteStore.OpenAsync(Path.Combine(harness.Directory, "portcullis.db"), TestContext.Current.CancellationToken);
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        return store;
    }
}
