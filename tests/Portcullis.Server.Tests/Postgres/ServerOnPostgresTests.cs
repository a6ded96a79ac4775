using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Portcullis.Server.Configuration;
using Portcullis.Server.Tests.Support;
using Portcullis.Storage;
using Portcullis.Testing;

namespace Portcullis.Server.Tests.Postgres;

/// <summary>
/// The server over PostgreSQL (<c>--database</c>), as over SQLite: answers are the command line's, identical uploads
/// are one snapshot, a read-only or anonymous client changes nothing, and replicas sharing the database collect each
/// period once. The store's own contract runs on both in Portcullis.Storage.Tests; these run the server on it.
/// </summary>
public sealed class ServerOnPostgresTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly DateTimeOffset Start = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReportEndpoints_IsTheCommandLinesReport_AndTheSameUploadIsOneSnapshot()
    {
        await using var harness = await ServerHarness.StartAsync(store: await PostgresFixture.OpenAsync(postgres.NewDatabase()));
        var id = await harness.UploadAsync(ServerHarness.Example);
        Assert.Equal(id, await harness.UploadAsync(ServerHarness.Example));

        using var response = await harness.Reader.GetAsync($"/api/v1/snapshots/{id}/report/endpoints?format=json", TestContext.Current.CancellationToken);
        var served = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var cli = await PortcullisProcess.RunAsync("report", "endpoints", "--config", RepositoryPaths.IksExample, "--format", "json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, cli.Code);
        Assert.Equal(cli.Output, served);
        Assert.Single(await harness.Store.ListSnapshotsAsync(new SnapshotQuery(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ReadOnlyAndAnonymousClients_CannotChangeAnything()
    {
        await using var harness = await ServerHarness.StartAsync(store: await PostgresFixture.OpenAsync(postgres.NewDatabase()));
        await harness.UploadAsync(ServerHarness.Example);

        foreach (var (client, expected) in new[] { (harness.Reader, HttpStatusCode.Forbidden), (harness.Anonymous, HttpStatusCode.Unauthorized) })
        {
            using var upload = await client.PostAsync("/api/v1/snapshots?account=other", new ByteArrayContent(ServerHarness.ExampleWithoutIaasInbound()), TestContext.Current.CancellationToken);
            using var token = await client.PostAsync("/api/v1/tokens", JsonContent.Create(new { name = "mine", role = "admin" }), TestContext.Current.CancellationToken);
            using var revoke = await client.DeleteAsync("/api/v1/tokens/1", TestContext.Current.CancellationToken);
            Assert.Equal((expected, expected, expected), (upload.StatusCode, token.StatusCode, revoke.StatusCode));
        }

        Assert.Single(await harness.Store.ListSnapshotsAsync(new SnapshotQuery(), TestContext.Current.CancellationToken));
        Assert.Equal(2, (await harness.Store.ListTokensAsync(TestContext.Current.CancellationToken)).Count);
        using var health = await harness.Anonymous.GetAsync("/api/v1/health", TestContext.Current.CancellationToken);
        Assert.Equal("postgresql", (string?)JsonNode.Parse(await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["store"]);
    }

    [Fact]
    public async Task TwoReplicasOnOneDatabase_CollectEachPeriodOnce()
    {
        var database = postgres.NewDatabase();
        var time = new FakeTimeProvider(Start);
        var source = new FakeAccountSource();
        var configuration = ServerConfiguration.Empty with
        {
            Accounts = [new AccountSettings("prod", new SourceSettings("collect", null, null, new SecretReference(null, "IBMCLOUD_API_KEY"), ImmutableDictionary<string, string>.Empty), TimeSpan.FromMinutes(15))],
        };
        await using var first = await ServerHarness.StartAsync(configuration, time, _ => source, await PostgresFixture.OpenAsync(database), "a");
        await using var second = await ServerHarness.StartAsync(configuration, time, _ => source, await PostgresFixture.OpenAsync(database), "b");

        for (var minute = 0; minute < 60; minute += 5)
        {
            await Task.WhenAll(
                Task.Run(() => first.Watcher.TickAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken),
                Task.Run(() => second.Watcher.TickAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken));
            time.Advance(TimeSpan.FromMinutes(5));
        }

        // Minutes 0, 15, 30 and 45: four periods, four reads, whichever replica made them; one snapshot (the content never changed).
        Assert.Equal(4, source.Reads);
        Assert.Single(await first.Store.ListSnapshotsAsync(new SnapshotQuery("prod"), TestContext.Current.CancellationToken));
    }
}
