using System.Collections.Immutable;
using System.Net;
using System.Text.Json.Nodes;
using Portcullis.Collect.Internal.Http;
using Portcullis.Collect.Internal.Resources;

namespace Portcullis.Collect;

/// <summary>
/// Reads an IBM Cloud account through its public APIs and assembles the VPC configuration JSON: the VPC resources
/// of each region in scope, the transit gateways that join them, and the Kubernetes Service clusters with their
/// workers. Authenticates with an API key (exchanged at IAM for bearer tokens), pages every list to its end, runs
/// calls concurrently within a bound, retries what is worth retrying, and leaves out (with a warning) what the key
/// may not read. Anything else that fails ends the collection with a <see cref="CollectException"/> naming the call.
/// </summary>
public sealed class AccountCollector : IDisposable
{
    /// <summary>The region asked for the list of regions when none is given.</summary>
    public const string BootstrapRegion = "us-south";

    private readonly IbmCloudEndpoints _endpoints;
    private readonly string _apiKey;
    private readonly CollectorSettings _settings;
    private readonly TimeProvider _time;
    private readonly HttpClient _http;
    private readonly SecretRedactor _redactor = new();

    /// <summary>Creates a collector.</summary>
    /// <param name="endpoints">The API endpoints.</param>
    /// <param name="apiKey">The IBM Cloud API key.</param>
    /// <param name="settings">Timeouts, retries, concurrency and API versions.</param>
    /// <param name="time">The clock for timeouts, waits and token lifetimes (the system's when <see langword="null"/>).</param>
    /// <param name="handler">The HTTP handler (a proxy-aware one of its own when <see langword="null"/>).</param>
    public AccountCollector(IbmCloudEndpoints endpoints, string apiKey, CollectorSettings settings, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        _endpoints = endpoints;
        _apiKey = apiKey;
        _settings = settings;
        _time = time ?? TimeProvider.System;
        _redactor.Add(apiKey);
        _http = new HttpClient(handler ?? new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            // Each attempt has its own timeout on the collector's clock.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("portcullis-collect");
    }

    /// <summary>The number of bearer tokens IAM issued to this collector.</summary>
    public int TokensIssued { get; private set; }

    /// <summary>
    /// Masks the API key and every token in <paramref name="text"/>, and replaces control characters: for any text
    /// about this collection that is shown or written.
    /// </summary>
    public string Redact(string text) => _redactor.Redact(text ?? string.Empty);

    /// <summary>Reads the account.</summary>
    /// <param name="scope">The regions, resource group and VPCs to read.</param>
    /// <param name="progress">Receives each step, for a display; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the collection (Ctrl+C): an <see cref="OperationCanceledException"/>, nothing written.</param>
    /// <returns>The configuration and its manifest.</returns>
    /// <exception cref="CollectException">A call failed for good, or the overall timeout passed.</exception>
    public async Task<CollectedConfiguration> CollectAsync(CollectScope scope, IProgress<CollectProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var started = _time.GetUtcNow();
        using var deadline = new CancellationTokenSource(_settings.OverallTimeout, _time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        using var client = new ApiClient(_http, _settings, _time, _redactor, progress, started + _settings.OverallTimeout, random: null, deadline.Token);
        using var tokens = new IamTokenSource(client, _endpoints.IamToken, _apiKey, _time, _redactor);
        client.Tokens = tokens;
        var run = new CollectionRun(client, _endpoints, scope, progress);
        var failures = new FirstFailure(stop);
        var pending = new List<Task>();
        try
        {
            var regions = await failures.Watch(RegionsAsync(run, scope, stop.Token)).ConfigureAwait(false);
            var transit = new TransitCollector(run, stop.Token);
            var clusters = new ClusterCollector(run, regions, stop.Token);
            transit.Start();
            clusters.Start();
            var regionTasks = regions.Select(region => failures.Watch(new RegionCollector(run, region, stop.Token).CollectAsync())).ToList();
            pending.AddRange(regionTasks);
            var results = await Task.WhenAll(regionTasks).ConfigureAwait(false);

            var vpcNetworks = results.SelectMany(r => r.Vpcs).SelectMany(v => new[] { Json.Text(v, "crn"), Json.Text(v, "id") }).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var subnets = results.SelectMany(r => r.Subnets).Select(s => Json.Text(s, "id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var transitTask = failures.Watch(transit.FinishAsync(vpcNetworks));
            var clusterTask = failures.Watch(clusters.FinishAsync(subnets));
            pending.Add(transitTask);
            pending.Add(clusterTask);
            var (gateways, connections) = await transitTask.ConfigureAwait(false);
            var clusterList = await clusterTask.ConfigureAwait(false);

            TokensIssued = tokens.Issued;
            var manifest = new CollectManifest(
                started,
                _time.GetUtcNow(),
                [.. regions],
                scope,
                _settings.VpcApiVersion,
                _settings.TransitApiVersion,
                _endpoints,
                client.Calls,
                ConfigurationDocument.Counts(results, connections, gateways, clusterList),
                [.. run.Warnings.OrderBy(w => w.Scope, StringComparer.Ordinal).ThenBy(w => w.Resource, StringComparer.Ordinal)]);
            var document = ConfigurationDocument.Build(results, connections, gateways, clusterList, manifest.ToJson());
            return new CollectedConfiguration(document, manifest);
        }
        catch (Exception) when (failures.First is { } first && !cancellationToken.IsCancellationRequested)
        {
            // Other parts stopped because the first failure stopped them: report that one.
            TokensIssued = tokens.Issued;
            await Settle(pending).ConfigureAwait(false);
            throw first;
        }
        catch
        {
            TokensIssued = tokens.Issued;
            await Settle(pending).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Disposes the HTTP client.</summary>
    public void Dispose() => _http.Dispose();

    /// <summary>
    /// The regions to read: those asked for (checked against the account's list, when the VPC URL names the region),
    /// else every region the account lists as available.
    /// </summary>
    private static async Task<ImmutableArray<string>> RegionsAsync(CollectionRun run, CollectScope scope, CancellationToken cancellationToken)
    {
        var asked = scope.Regions.IsDefault ? [] : scope.Regions.Distinct(StringComparer.Ordinal).ToImmutableArray();
        if (!run.Endpoints.VpcUrlHasRegion)
        {
            // One endpoint serves one region: the one asked for (the command insists on exactly one).
            return asked;
        }

        var url = ApiUrl.Build(run.Endpoints.Vpc(asked.IsEmpty ? BootstrapRegion : asked[0]), "regions", ("version", run.Settings.VpcApiVersion), ("generation", "2"));
        List<JsonObject> listed;
        try
        {
            listed = await run.Client.GetListAsync(url, "regions", "regions", cancellationToken).ConfigureAwait(false);
        }
        catch (CollectException e) when (e.Failure == CollectFailure.Forbidden && !asked.IsEmpty)
        {
            run.Warn("regions", "the check of the region names", e, "the regions asked for are read unchecked");
            return asked;
        }

        var names = listed.Select(r => Json.Text(r, "name")).OfType<string>().ToList();
        if (asked.IsEmpty)
        {
            return [.. listed.Where(r => Json.Text(r, "status") is null or "available").Select(r => Json.Text(r, "name")).OfType<string>()];
        }

        var unknown = asked.Where(r => !names.Contains(r, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new CollectException(CollectFailure.Rejected, ApiRequest.Get(url).Call, $"{string.Join(", ", unknown.Select(u => $"'{SecretRedactor.Printable(u)}'"))} {(unknown.Count == 1 ? "is not a VPC region" : "are not VPC regions")}; the regions are: {string.Join(", ", names.Order(StringComparer.Ordinal))}");
        }

        return asked;
    }

    private static async Task Settle(List<Task> pending)
    {
        try
        {
            await Task.WhenAll(pending).ConfigureAwait(false);
        }
        catch (Exception e) when (e is CollectException or OperationCanceledException)
        {
            // Already reported (the first failure) or stopped because of it.
        }
    }

    /// <summary>Keeps the first failure of a run and stops the other parts, so that the run ends promptly with it.</summary>
    private sealed class FirstFailure(CancellationTokenSource stop)
    {
        private CollectException? _first;

        public CollectException? First => Volatile.Read(ref _first);

        public async Task<T> Watch<T>(Task<T> task)
        {
            try
            {
                return await task.ConfigureAwait(false);
            }
            catch (CollectException e)
            {
                if (Interlocked.CompareExchange(ref _first, e, null) is null)
                {
                    await stop.CancelAsync().ConfigureAwait(false);
                }

                throw;
            }
        }
    }
}
