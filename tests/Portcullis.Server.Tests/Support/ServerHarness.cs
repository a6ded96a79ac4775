using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Portcullis.Server.Configuration;
using Portcullis.Server.Hosting;
using Portcullis.Server.Security;
using Portcullis.Server.Watching;
using Portcullis.Storage;
using Portcullis.Storage.Sqlite;
using Portcullis.Testing;

namespace Portcullis.Server.Tests.Support;

/// <summary>A server on 127.0.0.1 (a free port) over a SQLite store in a temporary folder, with an admin and a read-only client.</summary>
internal sealed class ServerHarness : IAsyncDisposable
{
    public const string AdminToken = "admin-token-for-tests-0123456789";
    public const string ReaderToken = "reader-token-for-tests-012345678";

    private ServerHarness(PortcullisServer server, IPortcullisStore store, string directory, FakeTimeProvider? time)
    {
        Server = server;
        Store = store;
        Directory = directory;
        Time = time;
        BaseAddress = new Uri(server.Urls[0]);
        Admin = Client(AdminToken);
        Reader = Client(ReaderToken);
        Anonymous = Client(null);
    }

    public PortcullisServer Server { get; }

    public IPortcullisStore Store { get; }

    public string Directory { get; }

    public FakeTimeProvider? Time { get; }

    public Uri BaseAddress { get; }

    public HttpClient Admin { get; }

    public HttpClient Reader { get; }

    public HttpClient Anonymous { get; }

    public Watcher Watcher => Server.Context.Watcher;

    public static byte[] Example => File.ReadAllBytes(RepositoryPaths.IksExample);

    public static string ClusterDescription => Path.Combine(RepositoryPaths.Examples, "iks-multizone", "cluster.yaml");

    /// <summary>The example without the workers' ACL rule that admits the IaaS service network (161.26.0.0/16): the cluster's acl-iaas-inbound requirement is then blocked.</summary>
    public static byte[] ExampleWithoutIaasInbound()
    {
        var root = JsonNode.Parse(Example)!;
        foreach (var acl in root["network_acls"]!.AsArray())
        {
            var rules = acl!["rules"]!.AsArray();
            foreach (var rule in rules.Where(r => (string?)r!["name"] == "allow-ibm-private-network-inbound1").ToList())
            {
                rules.Remove(rule);
            }
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    public static async Task<ServerHarness> StartAsync(
        ServerConfiguration? configuration = null, FakeTimeProvider? time = null, Func<AccountSettings, IAccountSource>? sources = null, IPortcullisStore? store = null, string? replica = null)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("pc-server-").FullName;
        if (store is null)
        {
            store = await SqliteStore.OpenAsync(Path.Combine(directory, "portcullis.db"), TestContext.Current.CancellationToken);
            await store.MigrateAsync(TestContext.Current.CancellationToken);
        }

        var now = (time ?? TimeProvider.System).GetUtcNow();
        if (await store.SeedAdminTokenAsync("admin", Tokens.Hash(AdminToken), now, TestContext.Current.CancellationToken))
        {
            await store.AddTokenAsync("reader", TokenRole.ReadOnly, Tokens.Hash(ReaderToken), now, TestContext.Current.CancellationToken);
        }

        var settings = new ServerSettings
        {
            Store = store,
            FilesRoot = Path.Combine(directory, "files"),
            Urls = "http://127.0.0.1:0",
            Configuration = configuration ?? ServerConfiguration.Empty,
            Time = (TimeProvider?)time ?? TimeProvider.System,
            Sources = sources,
            RunWatcher = false,
            Replica = replica ?? Guid.NewGuid().ToString("N"),
            Variables = name => name == "PORTCULLIS_TEST_WEBHOOK_SECRET" ? "webhook-secret" : null,
        };
        var server = await PortcullisServer.StartAsync(settings, TestContext.Current.CancellationToken);
        return new ServerHarness(server, store, directory, time);
    }

    private HttpClient Client(string? token)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async Task<long> UploadAsync(byte[] content, string account = "default", string name = "config.json")
    {
        using var response = await Admin.PostAsync($"/api/v1/snapshots?account={account}&name={name}", new ByteArrayContent(content), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, body);
        return (long)JsonNode.Parse(body)!["id"]!;
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        Reader.Dispose();
        Anonymous.Dispose();
        await Server.DisposeAsync();
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
