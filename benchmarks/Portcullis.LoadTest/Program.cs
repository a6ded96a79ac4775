using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

// A bounded load test of `portcullis serve` on loopback (never another address): it starts the server on a SQLite
// store in a temporary folder, runs N clients for D seconds, each looping over a mix of requests (uploads of a new
// variant of the example, the endpoint report of a random snapshot, an explain between two random endpoints, the
// snapshot list), and prints each kind's count, errors and p50/p99 latency, and the server's resident memory.
//   dotnet run -c Release --project benchmarks/Portcullis.LoadTest -- [--clients 50] [--seconds 120]
var clients = Option("--clients", 50);
var seconds = Option("--seconds", 120);
var root = FindRoot();
var example = File.ReadAllText(Path.Combine(root, "examples", "iks-multizone", "config.json"));
var data = Directory.CreateTempSubdirectory("pc-load-").FullName;
var config = Path.Combine(data, "server.yaml");
File.WriteAllText(config, "limits:\n  requestsPerMinute: 1000000\n");
const string Token = "load-test-admin-token-0123456789abcdef";
var port = FreePort();
var url = $"http://127.0.0.1:{port}";

var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "portcullis.dll"), "serve", "--data", data, "--urls", url, "--config", config, "--log-format", "none" })
{
    start.ArgumentList.Add(argument);
}

start.Environment["PORTCULLIS_BOOTSTRAP_TOKEN"] = Token;
start.Environment["DOTNET_gcServer"] = "0";
using var server = Process.Start(start)!;
_ = server.StandardOutput.ReadToEndAsync();
var serverErrors = server.StandardError.ReadToEndAsync();
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2 }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(120) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
await WaitHealthyAsync(http);

// A few snapshots to ask about, and the endpoints to explain between.
var snapshots = new ConcurrentBag<long>();
for (var i = 0; i < 5; i++)
{
    snapshots.Add(await UploadAsync(http, Variant(example, $"seed{i}")));
}

string[] endpoints = ["bastion", "10.240.0.4", "10.240.64.5", "10.240.128.4", "145.40.7.9", "161.26.0.10", "8.8.8.8", "iks-prod-workers-1"];
var latencies = new ConcurrentDictionary<string, ConcurrentBag<double>>();
var errors = new ConcurrentDictionary<string, int>();
var statuses = new ConcurrentDictionary<string, int>();
var peakRss = 0L;
using var sampler = new Timer(_ => peakRss = Math.Max(peakRss, Rss(server.Id)), null, 0, 250);
var stopAt = Stopwatch.GetTimestamp() + (long)(seconds * (double)Stopwatch.Frequency);
var counter = 0;
var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
{
    var random = new Random(client);
    while (Stopwatch.GetTimestamp() < stopAt)
    {
        var roll = random.Next(100);
        var ids = snapshots.ToArray();
        var id = ids[random.Next(ids.Length)];
        var (kind, request) = roll switch
        {
            < 15 => ("upload", (Func<Task<HttpResponseMessage>>)(() => http.PostAsync("/api/v1/snapshots?account=load", new StringContent(Variant(example, $"c{client}-{Interlocked.Increment(ref counter)}"))))),
            < 55 => ("report", () => http.GetAsync($"/api/v1/snapshots/{id}/report/endpoints?format={(random.Next(2) == 0 ? "json" : "txt")}")),
            < 90 => ("explain", () => http.GetAsync($"/api/v1/snapshots/{id}/explain?src={endpoints[random.Next(endpoints.Length)]}&dst={endpoints[random.Next(endpoints.Length)]}&protocol=tcp&dstPorts={random.Next(1, 65536)}")),
            _ => ("list", () => http.GetAsync("/api/v1/snapshots?limit=20")),
        };
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await request();
            var body = await response.Content.ReadAsStringAsync();
            watch.Stop();
            statuses.AddOrUpdate($"{kind} {(int)response.StatusCode}", 1, (_, n) => n + 1);
            // An explain between an endpoint and itself (or two externals) is refused as the command line refuses it: 400 is its answer, not an error.
            var ok = response.IsSuccessStatusCode || (kind == "explain" && response.StatusCode == HttpStatusCode.BadRequest);
            if (!ok)
            {
                errors.AddOrUpdate($"{kind} {(int)response.StatusCode}", 1, (_, n) => n + 1);
            }
            else if (kind == "upload" && response.StatusCode == HttpStatusCode.Created)
            {
                snapshots.Add(long.Parse(body.Split("\"id\":")[1].Split(',')[0], CultureInfo.InvariantCulture));
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            watch.Stop();
            errors.AddOrUpdate($"{kind} {e.GetType().Name}", 1, (_, n) => n + 1);
        }

        latencies.GetOrAdd(kind, _ => []).Add(watch.Elapsed.TotalMilliseconds);
    }
})).ToList();
await Task.WhenAll(workers);
var finalRss = Rss(server.Id);
peakRss = Math.Max(peakRss, finalRss);
server.Kill();
await server.WaitForExitAsync();

Console.WriteLine($"portcullis serve load test: {clients} clients for {seconds} s on {url}, SQLite store; {Environment.ProcessorCount} cores, {Memory()}");
Console.WriteLine($"{"request",-8} {"count",8} {"errors",7} {"p50 ms",9} {"p99 ms",9} {"max ms",9}");
var total = 0;
foreach (var (kind, values) in latencies.OrderBy(p => p.Key, StringComparer.Ordinal))
{
    var sorted = values.Order().ToArray();
    var failed = errors.Where(e => e.Key.StartsWith(kind + " ", StringComparison.Ordinal)).Sum(e => e.Value);
    total += sorted.Length;
    Console.WriteLine($"{kind,-8} {sorted.Length,8} {failed,7} {Percentile(sorted, 0.50),9:0.0} {Percentile(sorted, 0.99),9:0.0} {sorted[^1],9:0.0}");
}

var all = latencies.Values.SelectMany(v => v).Order().ToArray();
Console.WriteLine($"{"all",-8} {total,8} {errors.Values.Sum(),7} {Percentile(all, 0.50),9:0.0} {Percentile(all, 0.99),9:0.0} {all[^1],9:0.0}");
Console.WriteLine($"throughput {total / (double)seconds:0.0} requests/s; server memory (RSS) peak {peakRss / 1048576.0:0} MiB, at the end {finalRss / 1048576.0:0} MiB; {snapshots.Count} snapshots");
// How many of each kind were answered and how many refused: a 400 explain is a refusal, which is cheap.
Console.WriteLine($"answers: {string.Join(", ", statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}: {s.Value}"))}");
foreach (var (what, count) in errors)
{
    Console.WriteLine($"error: {what}: {count}");
}

Directory.Delete(data, recursive: true);
return errors.IsEmpty ? 0 : 1;

static string Variant(string example, string tag) => example.Replace("\"iks-prod-bastion-sg\"", $"\"iks-prod-bastion-sg-{tag}\"", StringComparison.Ordinal);

static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

static long Rss(int pid)
{
    try
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
    catch (IOException)
    {
        return 0;
    }
}

static string Memory()
{
    var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").First() : "MemTotal: ? kB";
    return $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1048576.0:0} GiB memory";
}

static async Task<long> UploadAsync(HttpClient http, string content)
{
    using var response = await http.PostAsync("/api/v1/snapshots?account=load", new StringContent(content));
    var body = await response.Content.ReadAsStringAsync();
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"upload failed: {(int)response.StatusCode} {body}");
    }

    return long.Parse(body.Split("\"id\":")[1].Split(',')[0], CultureInfo.InvariantCulture);
}

static async Task WaitHealthyAsync(HttpClient http)
{
    for (var i = 0; i < 600; i++)
    {
        try
        {
            using var response = await http.GetAsync("/api/v1/health");
            if (response.IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
        }

        await Task.Delay(100);
    }

    throw new TimeoutException("the server did not start");
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

static string FindRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Portcullis.slnx")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Cannot find the repository root.");
}
