using System.Diagnostics;
using System.Text.Json.Nodes;
using Portcullis.Testing;
using Portcullis.Testing.IbmCloud;
using Portcullis.Testing.Network;

namespace Portcullis.Collect.Tests;

/// <summary>
/// The collector when the APIs misbehave, each fault injected by the fake: what is retried (and how long it
/// waits), what is left out with a warning, and what ends the run with a message naming the call. Waits and
/// timeouts run on a clock twenty times faster than real time.
/// </summary>
public sealed class AccountCollectorFaultTests : IAsyncLifetime, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("portcullis-collect-");
    private FakeIbmCloud _fake = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _fake = await FakeIbmCloud.StartAsync(FakeAccount.FromFile(RepositoryPaths.IksExample), cancellationToken: Cancel);

    public async ValueTask DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task TooManyRequests_WithRetryAfter_WaitsAsLongAsAskedThenReads()
    {
        var fault = _fake.AddFault(new FakeFault(FaultKind.TooManyRequests, "subnets") { RetryAfter = TimeSpan.FromSeconds(7) });
        var bench = new CollectBench(_fake);
        var started = bench.Time.GetTimestamp();

        var collected = await bench.CollectAsync(cancellationToken: Cancel);

        Assert.Equal(1, fault.Hits);
        Assert.Contains(bench.Progress, p => p.Kind == CollectProgressKind.Retrying && p.Detail!.Contains("429", StringComparison.Ordinal) && p.Detail.EndsWith("retrying in 7s", StringComparison.Ordinal));
        Assert.True(bench.Time.GetElapsedTime(started) >= TimeSpan.FromSeconds(7), "the retry came before the Retry-After passed");
        AssertAnalysedAsInput(collected);
    }

    [Fact]
    public async Task TooManyRequests_RetryAfterLongerThanTheCollectorWaits_EndsTheRunNamingTheCall()
    {
        _fake.AddFault(new FakeFault(FaultKind.TooManyRequests, "network_acls", times: null) { RetryAfter = TimeSpan.FromMinutes(10) });

        var failure = await Assert.ThrowsAsync<CollectException>(() => new CollectBench(_fake).CollectAsync(cancellationToken: Cancel));

        Assert.Equal(CollectFailure.Unavailable, failure.Failure);
        Assert.Equal($"GET http://127.0.0.1:{_fake.Port}/us-south/v1/network_acls", failure.Call);
        Assert.Contains("retry after 10m (Retry-After), longer than the 2m the collector waits", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerError_Twice_IsRetriedWithBackoffThenRead()
    {
        var fault = _fake.AddFault(new FakeFault(FaultKind.ServerError, "security_groups", times: 2));
        var bench = new CollectBench(_fake);

        var collected = await bench.CollectAsync(cancellationToken: Cancel);

        Assert.Equal(2, fault.Hits);
        Assert.Equal(2, bench.Progress.Count(p => p.Kind == CollectProgressKind.Retrying && p.Detail!.Contains("500", StringComparison.Ordinal)));
        AssertAnalysedAsInput(collected);
    }

    [Fact]
    public async Task ServerError_Always_EndsTheRunAfterTheRetriesNamingTheCall()
    {
        var fault = _fake.AddFault(new FakeFault(FaultKind.ServerError, "network_acls", times: null));

        var failure = await Assert.ThrowsAsync<CollectException>(() => new CollectBench(_fake).CollectAsync(cancellationToken: Cancel));

        Assert.Equal(CollectFailure.Unavailable, failure.Failure);
        Assert.Equal(500, failure.StatusCode);
        Assert.Equal($"GET http://127.0.0.1:{_fake.Port}/us-south/v1/network_acls: 500 Internal Server Error: internal_error Internal error. (5 attempts)", failure.Message);
        Assert.Equal(5, fault.Hits);
    }

    [Fact]
    public async Task SlowAnswer_BeyondTheTimeout_IsAbandonedAndRetried()
    {
        var fault = _fake.AddFault(new FakeFault(FaultKind.Slow, "endpoint_gateways"));
        var bench = new CollectBench(_fake);

        var collected = await bench.CollectAsync(cancellationToken: Cancel);

        Assert.Equal(1, fault.Hits);
        Assert.Contains(bench.Progress, p => p.Kind == CollectProgressKind.Retrying && p.Detail!.Contains("no complete answer within 20s (--timeout)", StringComparison.Ordinal));
        AssertAnalysedAsInput(collected);
    }

    [Fact]
    public async Task SlowAnswer_Always_EndsTheRunAsTimedOut()
    {
        _fake.AddFault(new FakeFault(FaultKind.Slow, "public_gateways", times: null));
        var bench = new CollectBench(_fake, new CollectorSettings { Timeout = TimeSpan.FromSeconds(20), Retries = 1 });
        var watch = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<CollectException>(() => bench.CollectAsync(cancellationToken: Cancel));

        Assert.Equal(CollectFailure.TimedOut, failure.Failure);
        Assert.Equal($"GET http://127.0.0.1:{_fake.Port}/us-south/v1/public_gateways: no complete answer within 20s (--timeout) (2 attempts)", failure.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"two timeouts of 20s on a clock 20 times fast took {watch.Elapsed}");
    }

    [Fact]
    public async Task TruncatedBody_Once_IsRetried()
    {
        var fault = _fake.AddFault(new FakeFault(FaultKind.Truncated, "instances"));
        var bench = new CollectBench(_fake);

        var collected = await bench.CollectAsync(cancellationToken: Cancel);

        Assert.Equal(1, fault.Hits);
        Assert.Contains(bench.Progress, p => p.Kind == CollectProgressKind.Retrying && p.Detail!.Contains("cut off", StringComparison.Ordinal));
        AssertAnalysedAsInput(collected);
    }

    [Fact]
    public async Task TruncatedBody_Always_EndsTheRunAsCutOff()
    {
        _fake.AddFault(new FakeFault(FaultKind.Truncated, "floating_ips", times: null));

        var failure = await Assert.ThrowsAsync<CollectException>(() => new CollectBench(_fake).CollectAsync(cancellationToken: Cancel));

        Assert.Equal(CollectFailure.CutOff, failure.Failure);
        Assert.StartsWith($"GET http://127.0.0.1:{_fake.Port}/us-south/v1/floating_ips: the answer was cut off before its end", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJson_Once_IsRetried()
    {
        var fault = _fake.AddFault(new FakeFault(FaultKind.MalformedJson, "reserved_ips"));

        var collected = await new CollectBench(_fake).CollectAsync(cancellationToken: Cancel);

        Assert.Equal(1, fault.Hits);
        AssertAnalysedAsInput(collected);
    }

    [Fact]
    public async Task HtmlInsteadOfJson_EndsTheRunAtOnce()
    {
        var fault = _fake.AddFault(new FakeFault(FaultKind.Html, "regions", times: null));

        var failure = await Assert.ThrowsAsync<CollectException>(() => new CollectBench(_fake).CollectAsync(cancellationToken: Cancel));

        Assert.Equal(CollectFailure.NotJson, failure.Failure);
        Assert.Equal($"GET http://127.0.0.1:{_fake.Port}/us-south/v1/regions: answered HTML (200), not JSON: is the URL right, or did a proxy or login page answer?", failure.Message);
        Assert.Equal(1, fault.Hits);
    }

    [Fact]
    public async Task ExpiredToken_IsReplacedOnceAndTheCallRetried()
    {
        var fault = _fake.AddFault(new FakeFault(FaultKind.Unauthorized, "subnets"));

        var collected = await new CollectBench(_fake).CollectAsync(cancellationToken: Cancel);

        Assert.Equal(1, fault.Hits);
        Assert.Equal(2, _fake.IssuedTokens.Count);
        AssertAnalysedAsInput(collected);
    }

    [Fact]
    public async Task ExpiredTokens_AllOfThem_AreReplacedMidRun()
    {
        // Every token issued so far expires while the run is under way: each call that meets a 401 gets a fresh one.
        _fake.AddFault(new FakeFault(FaultKind.Slow, "vpcs") { Delay = TimeSpan.FromMilliseconds(200) });
        var bench = new CollectBench(_fake);
        var run = bench.CollectAsync(cancellationToken: Cancel);
        while (_fake.IssuedTokens.Count == 0)
        {
            await Task.Delay(10, Cancel);
        }

        _fake.ExpireTokens();
        var collected = await run;

        Assert.True(_fake.IssuedTokens.Count >= 2);
        Assert.Contains(_fake.Requests, r => r.Status == 401);
        AssertAnalysedAsInput(collected);
    }

    [Fact]
    public async Task RefusedToken_EvenAFreshOne_EndsTheRun()
    {
        var fault = _fake.AddFault(new FakeFault(FaultKind.Unauthorized, "network_acls", times: null));

        var failure = await Assert.ThrowsAsync<CollectException>(() => new CollectBench(_fake).CollectAsync(cancellationToken: Cancel));

        Assert.Equal(CollectFailure.TokenRefused, failure.Failure);
        Assert.StartsWith($"GET http://127.0.0.1:{_fake.Port}/us-south/v1/network_acls: the API refused the IAM token, even a fresh one (401", failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, fault.Hits);
    }

    [Fact]
    public async Task RefusedApiKey_EndsTheRunAtOnceWithIamsMessage()
    {
        var failure = await Assert.ThrowsAsync<CollectException>(() => new CollectBench(_fake, apiKey: "wrong-key-6f1d2a9c8e7b4d3f").CollectAsync(cancellationToken: Cancel));

        Assert.Equal(CollectFailure.KeyRefused, failure.Failure);
        Assert.Equal($"POST http://127.0.0.1:{_fake.Port}/identity/token: IAM refused the API key (400 Bad Request: BXNIM0415E Provided API key could not be found.); check IBMCLOUD_API_KEY or --api-key-file", failure.Message);
        Assert.DoesNotContain("wrong-key", failure.ToString(), StringComparison.Ordinal);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task ServerEchoingTheToken_ErrorShowsItMaskedAndWithoutEscapeSequences()
    {
        _fake.AddFault(new FakeFault(FaultKind.EchoToken, "load_balancers", times: null));

        // CollectBench fails the test if the token reaches the exception; here the masking is also visible.
        var failure = await Assert.ThrowsAsync<CollectException>(() => new CollectBench(_fake).CollectAsync(cancellationToken: Cancel));

        Assert.Equal(CollectFailure.Rejected, failure.Failure);
        Assert.EndsWith("400 Bad Request: bad_request Bad request with ?[31mBearer [redacted]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IamServerError_Once_IsRetried()
    {
        var fault = _fake.AddFault(new FakeFault(FaultKind.ServerError, "identity/token"));

        var collected = await new CollectBench(_fake).CollectAsync(cancellationToken: Cancel);

        Assert.Equal(1, fault.Hits);
        AssertAnalysedAsInput(collected);
    }

    [Fact]
    public async Task Forbidden_OneResourceType_IsLeftOutWithAWarningAndTheRestAnalysed()
    {
        _fake.AddFault(new FakeFault(FaultKind.Forbidden, "floating_ips", times: null));
        var bench = new CollectBench(_fake);

        var collected = await bench.CollectAsync(cancellationToken: Cancel);

        var warning = Assert.Single(collected.Manifest.Warnings);
        Assert.Equal(new CollectWarning("us-south", "floating_ips", $"GET http://127.0.0.1:{_fake.Port}/us-south/v1/floating_ips", 403, "the API key may not read this (403 Forbidden: forbidden You are not authorized to list these resources.)"), warning);
        Assert.False(collected.Manifest.Complete);
        Assert.Empty(collected.Document["floating_ips"]!.AsArray());
        Assert.Contains(bench.Progress, p => p.Kind == CollectProgressKind.Warning && p.Resource == "floating_ips");
        var manifestWarning = collected.Document[CollectManifest.Key]!["warnings"]![0]!;
        Assert.Equal("floating_ips", manifestWarning["resource"]!.GetValue<string>());
        Assert.Equal(403, manifestWarning["status"]!.GetValue<int>());

        // What was read analyses as the input without its floating IPs.
        var input = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryPaths.IksExample, Cancel))!.AsObject();
        input["floating_ips"] = new JsonArray();
        var withoutFloatingIps = Path.Combine(_folder.FullName, "without-fips.json");
        await File.WriteAllTextAsync(withoutFloatingIps, input.ToJsonString(), Cancel);
        Assert.Equal(CollectBench.EndpointsReport(withoutFloatingIps), CollectBench.EndpointsReport(CollectBench.Save(collected, _folder.FullName)));
        Assert.NotEqual(CollectBench.EndpointsReport(RepositoryPaths.IksExample), CollectBench.EndpointsReport(withoutFloatingIps));
    }

    [Fact]
    public async Task Forbidden_TheDetailsOfOneResource_KeepsWhatTheListingGave()
    {
        _fake.AddFault(new FakeFault(FaultKind.Forbidden, "/targets", times: null));

        var collected = await new CollectBench(_fake).CollectAsync(cancellationToken: Cancel);

        Assert.Equal(4, collected.Manifest.Warnings.Length);
        Assert.All(collected.Manifest.Warnings, w => Assert.StartsWith("targets of security group ", w.Resource, StringComparison.Ordinal));
        Assert.All(collected.Manifest.Warnings, w => Assert.EndsWith("; kept as the listing gave them", w.Message, StringComparison.Ordinal));
        // The group's own listing names its targets too, so nothing is lost for the analysis.
        AssertAnalysedAsInput(collected);
    }

    [Fact]
    public async Task NotFound_TheDetailsOfAnInstanceDeletedWhileRead_LeavesItOut()
    {
        _fake.AddFault(new FakeFault(FaultKind.NotFound, "/network_interfaces", times: null));

        var collected = await new CollectBench(_fake).CollectAsync(cancellationToken: Cancel);

        var warning = Assert.Single(collected.Manifest.Warnings);
        Assert.Equal("instance bastion (0717_b8000000-0000-4000-8000-000000000001)", warning.Resource);
        Assert.EndsWith("; it was deleted while being read", warning.Message, StringComparison.Ordinal);
        Assert.Empty(collected.Document["instances"]!.AsArray());
    }

    [Fact]
    public async Task Forbidden_TheRegionList_WithRegionsGiven_ReadsThemUnchecked_WithoutThem_EndsTheRun()
    {
        _fake.AddFault(new FakeFault(FaultKind.Forbidden, "regions", times: null));

        var collected = await new CollectBench(_fake).CollectAsync(new CollectScope(["us-south"], null, []), Cancel);
        var failure = await Assert.ThrowsAsync<CollectException>(() => new CollectBench(_fake).CollectAsync(cancellationToken: Cancel));

        Assert.Equal("the check of the region names", Assert.Single(collected.Manifest.Warnings).Resource);
        AssertAnalysedAsInput(collected);
        Assert.Equal(CollectFailure.Forbidden, failure.Failure);
        Assert.Equal($"GET http://127.0.0.1:{_fake.Port}/us-south/v1/regions", failure.Call);
    }

    [Fact]
    public async Task UnknownRegion_EndsTheRunListingTheRegions()
    {
        var failure = await Assert.ThrowsAsync<CollectException>(() => new CollectBench(_fake).CollectAsync(new CollectScope(["us-sout"], null, []), Cancel));

        Assert.Equal($"GET http://127.0.0.1:{_fake.Port}/us-sout/v1/regions: 'us-sout' is not a VPC region; the regions are: us-south", failure.Message);
    }

    [Fact]
    public async Task UnreachableEndpoint_EndsWithinTheOverallTimeoutNamingTheCall()
    {
        using var hole = new BlackHole();
        Assert.True(IbmCloudEndpoints.TryCreate(_fake.IamUrl, $"http://127.0.0.1:{hole.Port}/{{region}}/v1", _fake.TransitUrl, _fake.ContainersUrl, out var blackHoled, out _));
        var settings = new CollectorSettings { Timeout = TimeSpan.FromSeconds(10), OverallTimeout = TimeSpan.FromSeconds(40) };
        using var collector = new AccountCollector(blackHoled, _fake.ApiKey, settings, new AcceleratedTimeProvider(CollectBench.ClockFactor));
        var watch = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<CollectException>(() => collector.CollectAsync(CollectScope.Everything, null, Cancel));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(6), $"an overall timeout of 40s at 20 times speed (2s) took {watch.Elapsed}");
        Assert.Contains(failure.Failure, new[] { CollectFailure.Deadline, CollectFailure.TimedOut });
        Assert.Equal($"GET http://127.0.0.1:{hole.Port}/us-south/v1/regions", failure.Call);
        Assert.Contains("no complete answer within 10s", failure.Message, StringComparison.Ordinal);
        CollectBench.AssertNoSecret(_fake, failure.ToString());
    }

    [Fact]
    public async Task RefusedConnection_EndsTheRunAsUnreachable()
    {
        int closedPort;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        Assert.True(IbmCloudEndpoints.TryCreate(_fake.IamUrl, _fake.VpcUrl, $"http://127.0.0.1:{closedPort}/v1", _fake.ContainersUrl, out var endpoints, out _));
        using var collector = new AccountCollector(endpoints, _fake.ApiKey, new CollectorSettings { Retries = 1 }, new AcceleratedTimeProvider(CollectBench.ClockFactor));

        var failure = await Assert.ThrowsAsync<CollectException>(() => collector.CollectAsync(CollectScope.Everything, null, Cancel));

        Assert.Equal(CollectFailure.Unreachable, failure.Failure);
        Assert.StartsWith($"GET http://127.0.0.1:{closedPort}/v1/", failure.Message, StringComparison.Ordinal);
        Assert.Contains("cannot reach the API: Connection refused", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_StopsTheRunPromptly()
    {
        _fake.AddFault(new FakeFault(FaultKind.Slow, "subnets", times: null) { Delay = TimeSpan.FromSeconds(30) });
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new CollectBench(_fake).CollectAsync(cancellationToken: cancel.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"cancelling took {watch.Elapsed}");
    }

    private void AssertAnalysedAsInput(CollectedConfiguration collected) =>
        Assert.Equal(CollectBench.EndpointsReport(RepositoryPaths.IksExample), CollectBench.EndpointsReport(CollectBench.Save(collected, _folder.FullName)));
}
