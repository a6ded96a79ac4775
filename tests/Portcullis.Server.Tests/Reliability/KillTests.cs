using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Portcullis.Server.Tests.Support;

namespace Portcullis.Server.Tests.Reliability;

/// <summary>
/// <c>kill -9</c> in the middle of uploads: the server, a process of its own, is killed while clients upload; after a
/// restart on the same data folder every upload it had acknowledged is there, byte for byte, and the file is sound.
/// </summary>
public sealed class KillTests : IDisposable
{
    private const string Token = "kill-test-admin-token-0123456789";
    private readonly string _data = Directory.CreateTempSubdirectory("pc-kill-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task KillDuringUploads_LosesNothingAcknowledged()
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var acknowledged = new ConcurrentDictionary<long, byte[]>();
        using (var server = Start(url))
        {
            await WaitHealthyAsync(url);
            using var stop = new CancellationTokenSource();
            var uploads = Enumerable.Range(0, 8).Select(client => Task.Run(async () =>
            {
                using var http = Client(url);
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    // Each upload differs (a new VPC name), so each is a new snapshot and a new content row.
                    var content = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(ServerHarness.Example).Replace("iks-prod-vpc", $"vpc-{client}-{i}", StringComparison.Ordinal));
                    try
                    {
                        using var response = await http.PostAsync($"/api/v1/snapshots?account=a{client}", new ByteArrayContent(content));
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            acknowledged[(long)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!] = content;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the server is gone
                    }
                }
            })).ToList();

            // Let uploads run, then kill without warning while they are in flight.
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (acknowledged.Count < 40 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }

            server.Kill();
            await server.WaitForExitAsync(TestContext.Current.CancellationToken);
            stop.Cancel();
            await Task.WhenAll(uploads);
        }

        Assert.True(acknowledged.Count >= 10, $"only {acknowledged.Count} uploads were acknowledged before the kill");
        using (var restarted = Start(url))
        {
            await WaitHealthyAsync(url);
            using var http = Client(url);
            foreach (var (id, content) in acknowledged)
            {
                Assert.Equal(content, await http.GetByteArrayAsync($"/api/v1/snapshots/{id}/content", TestContext.Current.CancellationToken));
            }

            restarted.Kill();
            await restarted.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "portcullis.db")}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", (string?)await check.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        check.CommandText = "SELECT COUNT(*) FROM snapshots s LEFT JOIN contents c ON c.hash = s.content_hash WHERE c.hash IS NULL";
        Assert.Equal(0L, (long)(await check.ExecuteScalarAsync(TestContext.Current.CancellationToken))!);
    }

    private Process Start(string url)
    {
        var start = PortcullisProcess.StartInfo("serve", "--data", _data, "--urls", url, "--log-format", "none");
        start.Environment["PORTCULLIS_BOOTSTRAP_TOKEN"] = Token;
        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    private static HttpClient Client(string url)
    {
        var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    private static async Task WaitHealthyAsync(string url)
    {
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await client.GetAsync("/api/v1/health", TestContext.Current.CancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
            }

            Assert.True(DateTime.UtcNow < deadline, "the server did not answer its health check within 60 s");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
