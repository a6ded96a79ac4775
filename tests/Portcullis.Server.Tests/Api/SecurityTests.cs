using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Portcullis.Server.Configuration;
using Portcullis.Server.Tests.Support;

namespace Portcullis.Server.Tests.Api;

/// <summary>No anonymous access but the health check; a read-only token reads and cannot change anything; tokens are kept hashed.</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task Health_NeedsNoToken()
    {
        await using var harness = await ServerHarness.StartAsync();
        var health = await harness.Anonymous.GetFromJsonAsync<JsonObject>("/api/v1/health", TestContext.Current.CancellationToken);
        Assert.Equal("ok", (string?)health!["status"]);
        Assert.Equal("sqlite", (string?)health["store"]);
    }

    [Theory]
    [InlineData("/api/v1/snapshots")]
    [InlineData("/api/v1/snapshots/1/report/endpoints")]
    [InlineData("/api/v1/alerts")]
    [InlineData("/api/v1/tokens")]
    [InlineData("/api/v1/openapi.json")]
    [InlineData("/metrics")]
    public async Task Anything_ButHealth_RefusesAnonymousAndUnknownTokens(string path)
    {
        await using var harness = await ServerHarness.StartAsync();
        using var anonymous = await harness.Anonymous.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType!.MediaType);

        using var forged = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { "Authorization", "Bearer not-a-token-of-this-server" } } };
        using var refused = await harness.Anonymous.SendAsync(forged, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task ReadOnlyToken_ReadsButCannotChangeAnything()
    {
        await using var harness = await ServerHarness.StartAsync();
        var id = await harness.UploadAsync(ServerHarness.Example);

        using var read = await harness.Reader.GetAsync($"/api/v1/snapshots/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);

        var attempts = new (HttpMethod Method, string Path, HttpContent? Body)[]
        {
            (HttpMethod.Post, "/api/v1/snapshots", new ByteArrayContent(ServerHarness.Example)),
            (HttpMethod.Post, "/api/v1/tokens", JsonContent.Create(new { name = "mine", role = "admin" })),
            (HttpMethod.Get, "/api/v1/tokens", null),
            (HttpMethod.Delete, "/api/v1/tokens/1", null),
            (HttpMethod.Post, "/api/v1/accounts/prod/collect", null),
        };
        foreach (var (method, path, body) in attempts)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body };
            using var response = await harness.Reader.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {response.StatusCode}");
        }

        Assert.Single(await harness.Store.ListSnapshotsAsync(new Storage.SnapshotQuery(), TestContext.Current.CancellationToken));
        Assert.Equal(2, (await harness.Store.ListTokensAsync(TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task Tokens_CreatedTokenWorksOnce_StoredOnlyAsItsHash_RevokedStopsWorking()
    {
        await using var harness = await ServerHarness.StartAsync();
        using var created = await harness.Admin.PostAsJsonAsync("/api/v1/tokens", new { name = "ci", role = "read-only" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        var token = (string)body!["token"]!;
        Assert.StartsWith("pc_", token, StringComparison.Ordinal);
        Assert.True(token.Length >= 45);

        using var client = new HttpClient { BaseAddress = harness.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var me = await client.GetFromJsonAsync<JsonObject>("/api/v1/whoami", TestContext.Current.CancellationToken);
        Assert.Equal("read-only", (string?)me!["role"]);

        // The database file holds the token's SHA-256, never the token.
        await harness.Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = await File.ReadAllBytesAsync(Path.Combine(harness.Directory, "portcullis.db"), TestContext.Current.CancellationToken);
        var wal = Path.Combine(harness.Directory, "portcullis.db-wal");
        var all = System.Text.Encoding.Latin1.GetString(file) + (File.Exists(wal) ? System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(wal, TestContext.Current.CancellationToken)) : "");
        Assert.DoesNotContain(token, all, StringComparison.Ordinal);
        Assert.Contains(Portcullis.Server.Security.Tokens.Hash(token), all, StringComparison.Ordinal);

        var list = await harness.Admin.GetFromJsonAsync<JsonObject>("/api/v1/tokens", TestContext.Current.CancellationToken);
        Assert.DoesNotContain(token, list!.ToJsonString(), StringComparison.Ordinal);
        using var revoked = await harness.Admin.DeleteAsync($"/api/v1/tokens/{(long)body["id"]!}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        using var after = await client.GetAsync("/api/v1/whoami", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task RateLimit_BeyondTheTokensShare_Answers429WithRetryAfter()
    {
        await using var harness = await ServerHarness.StartAsync(ServerConfiguration.Empty with { Limits = new LimitSettings(RequestsPerMinute: 5) });
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await harness.Reader.GetAsync("/api/v1/whoami", TestContext.Current.CancellationToken);
            codes.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Equal(5, codes.Count(c => c == HttpStatusCode.OK));
        Assert.Contains(HttpStatusCode.TooManyRequests, codes);
        // Another token has its own share.
        using var admin = await harness.Admin.GetAsync("/api/v1/whoami", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Upload_LargerThanTheLimit_Is413AndNothingStored()
    {
        await using var harness = await ServerHarness.StartAsync(ServerConfiguration.Empty with { Limits = new LimitSettings(MaxUploadBytes: 4096) });
        using var response = await harness.Admin.PostAsync("/api/v1/snapshots", new ByteArrayContent(ServerHarness.Example), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await harness.Store.ListSnapshotsAsync(new Storage.SnapshotQuery(), TestContext.Current.CancellationToken));
    }
}
