using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portcullis.Testing.IbmCloud;

/// <summary>
/// The IBM Cloud APIs the collector reads, served by Kestrel on 127.0.0.1 from a <see cref="FakeAccount"/>: IAM's
/// token endpoint (<see cref="IamUrl"/>), the VPC API of every region (<see cref="VpcUrl"/>, with <c>{region}</c>),
/// the Transit Gateway API (<see cref="TransitUrl"/>) and the Kubernetes Service API (<see cref="ContainersUrl"/>).
/// Lists are paged as the APIs page them (<c>limit</c>, <c>start</c>, <c>next.href</c> at the public host), every
/// call but the token request needs a token IAM issued, the VPC API needs <c>version</c> and <c>generation=2</c>,
/// and <see cref="AddFault"/> makes chosen requests fail. It records every request.
/// </summary>
public sealed partial class FakeIbmCloud : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeAccount _account;
    private readonly FakeIbmCloudOptions _options;
    private readonly ConcurrentQueue<FakeFault> _faults = new();
    private readonly ConcurrentQueue<FakeRequest> _requests = new();
    private readonly ConcurrentDictionary<string, bool> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _completed = new(StringComparer.Ordinal);
    private int _inFlight;
    private int _maxInFlight;

    private FakeIbmCloud(WebApplication app, FakeAccount account, FakeIbmCloudOptions options)
    {
        _app = app;
        _account = account;
        _options = options;
    }

    /// <summary>The port on 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>The IAM base URL (tokens at <c>/identity/token</c>).</summary>
    public string IamUrl => $"http://127.0.0.1:{Port}";

    /// <summary>The VPC API base URL, with <c>{region}</c>.</summary>
    public string VpcUrl => $"http://127.0.0.1:{Port}/{{region}}/v1";

    /// <summary>The Transit Gateway API base URL.</summary>
    public string TransitUrl => $"http://127.0.0.1:{Port}/transit/v1";

    /// <summary>The Kubernetes Service API base URL.</summary>
    public string ContainersUrl => $"http://127.0.0.1:{Port}/containers/global";

    /// <summary>The API key IAM accepts.</summary>
    public string ApiKey => _options.ApiKey;

    /// <summary>Every request so far, in the order they ended.</summary>
    public IReadOnlyCollection<FakeRequest> Requests => _requests;

    /// <summary>Every token IAM issued.</summary>
    public IReadOnlyCollection<string> IssuedTokens => [.. _tokens.Keys];

    /// <summary>The most requests that were in progress at once.</summary>
    public int MaxConcurrentRequests => Volatile.Read(ref _maxInFlight);

    /// <summary>
    /// The collections that no client read to their end (a region without VPCs counts only its <c>vpcs</c>; each as <c>region path</c>, <c>transit path</c> or
    /// <c>clusters</c>/<c>workers ID</c>): empty when every list, and every page of it, was asked for.
    /// </summary>
    public IReadOnlyList<string> UnreadCollections()
    {
        // A region without VPCs holds nothing else worth a call.
        var all = _account.Regions.SelectMany(region => (_account.VpcCollection(region, "vpcs")!.Count == 0 ? ["vpcs"] : _account.VpcPaths(region)).Select(path => $"{region} {path}"))
            .Concat(_account.TransitPaths.Select(path => $"transit {path}"))
            .Concat(_account.Clusters.Count == 0 ? [] : ["clusters"])
            .Concat(_account.ClusterIds.Select(id => $"workers {id}"));
        return [.. all.Where(c => !_completed.ContainsKey(c)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Starts the fake on an ephemeral port of 127.0.0.1.</summary>
    public static async Task<FakeIbmCloud> StartAsync(FakeAccount account, FakeIbmCloudOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeIbmCloud(app, account, options ?? new FakeIbmCloudOptions());
        app.Run(fake.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        fake.Port = new Uri(address).Port;
        return fake;
    }

    /// <summary>Makes the requests the fault names fail (faults are tried in the order they were added).</summary>
    public FakeFault AddFault(FakeFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        _faults.Enqueue(fault);
        return fault;
    }

    /// <summary>Makes every token issued so far expire: the next call with one is answered 401.</summary>
    public void ExpireTokens()
    {
        foreach (var token in _tokens.Keys)
        {
            _tokens[token] = false;
        }
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        var max = Volatile.Read(ref _maxInFlight);
        while (now > max && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
        {
            max = Volatile.Read(ref _maxInFlight);
        }

        var path = context.Request.Path.Value ?? "/";
        try
        {
            var (api, relative, answer) = await RouteAsync(context, path).ConfigureAwait(false);
            var fault = answer.Status is 200 && api is not null ? _faults.FirstOrDefault(f => f.TryApply(relative)) : null;
            await WriteAsync(context, answer, fault).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            var authorization = context.Request.Headers.Authorization.ToString();
            _requests.Enqueue(new FakeRequest(context.Request.Method, path, context.Request.QueryString.Value ?? string.Empty, authorization.Length == 0 ? null : authorization, context.RequestAborted.IsCancellationRequested ? 0 : context.Response.StatusCode));
        }
    }

    /// <summary>The API (or <see langword="null"/> for an unknown path), the path within it, and the answer without faults.</summary>
    private async Task<(string? Api, string Relative, Answer Answer)> RouteAsync(HttpContext context, string path)
    {
        if (path == "/identity/token")
        {
            return ("iam", "identity/token", await TokenAsync(context).ConfigureAwait(false));
        }

        var segments = path.Split('/', 4, StringSplitOptions.None);
        if (segments is ["", "transit", "v1", var transitPath])
        {
            return ("transit", transitPath, Authorized(context) ?? Transit(context, transitPath));
        }

        if (path.StartsWith("/containers/global/", StringComparison.Ordinal))
        {
            var relative = path["/containers/global/".Length..];
            return ("containers", relative, Authorized(context) ?? Containers(context, relative));
        }

        if (segments is ["", var region, "v1", var vpcPath])
        {
            return ("vpc", vpcPath, Authorized(context) ?? Vpc(context, region, vpcPath));
        }

        return (null, path, Answer.Error(404, "not_found", $"no API at {path}"));
    }

    private async Task<Answer> TokenAsync(HttpContext context)
    {
        if (context.Request.Method != "POST" || !context.Request.HasFormContentType)
        {
            return Answer.Iam(400, "BXNIM0109E", "Property missing or empty. Operation not allowed.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (form["grant_type"] != "urn:ibm:params:oauth:grant-type:apikey")
        {
            return Answer.Iam(400, "BXNIM0308E", "Grant type not supported.");
        }

        if (form["apikey"] != _options.ApiKey)
        {
            return Answer.Iam(400, "BXNIM0415E", "Provided API key could not be found.");
        }

        var token = "fake-token-" + Guid.NewGuid().ToString("N");
        _tokens[token] = true;
        var lifetime = (long)_options.TokenLifetime.TotalSeconds;
        return Answer.Ok(new JsonObject
        {
            ["access_token"] = token,
            ["refresh_token"] = "not_supported",
            ["token_type"] = "Bearer",
            ["expires_in"] = lifetime,
            ["expiration"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + lifetime,
            ["scope"] = "ibm openid",
        });
    }

    /// <summary><see langword="null"/> when the request carries a valid token, else the 401 answer.</summary>
    private Answer? Authorized(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Answer.Error(401, "not_authorized", "The request has no bearer token.");
        }

        return _tokens.TryGetValue(header["Bearer ".Length..], out var valid) && valid ? null : Answer.Error(401, "not_authorized", "The token is invalid or has expired.");
    }

    private static async Task WriteAsync(HttpContext context, Answer answer, FakeFault? fault)
    {
        var response = context.Response;
        if (fault is null)
        {
            await WriteBodyAsync(context, answer).ConfigureAwait(false);
            return;
        }

        switch (fault.Kind)
        {
            case FaultKind.TooManyRequests:
                if (fault.RetryAfter is { } wait)
                {
                    response.Headers.RetryAfter = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await WriteBodyAsync(context, Answer.Error(429, "too_many_requests", "Rate limit exceeded.")).ConfigureAwait(false);
                break;
            case FaultKind.ServerError:
                await WriteBodyAsync(context, Answer.Error(500, "internal_error", "Internal error.")).ConfigureAwait(false);
                break;
            case FaultKind.Unauthorized:
                await WriteBodyAsync(context, Answer.Error(401, "not_authorized", "The token is invalid or has expired.")).ConfigureAwait(false);
                break;
            case FaultKind.Forbidden:
                await WriteBodyAsync(context, Answer.Error(403, "forbidden", "You are not authorized to list these resources.")).ConfigureAwait(false);
                break;
            case FaultKind.EchoToken:
                await WriteBodyAsync(context, Answer.Error(400, "bad_request", $"Bad request with \u001b[31m{context.Request.Headers.Authorization}")).ConfigureAwait(false);
                break;
            case FaultKind.NotFound:
                await WriteBodyAsync(context, Answer.Error(404, "not_found", "The resource was not found.")).ConfigureAwait(false);
                break;
            case FaultKind.Slow:
                try
                {
                    await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                await WriteBodyAsync(context, answer).ConfigureAwait(false);
                break;
            case FaultKind.Html:
                var page = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>corporate proxy login</form></body></html>");
                response.StatusCode = 200;
                response.ContentType = "text/html; charset=utf-8";
                response.ContentLength = page.Length;
                await response.Body.WriteAsync(page, context.RequestAborted).ConfigureAwait(false);
                break;
            case FaultKind.Truncated:
                var full = answer.Bytes();
                response.StatusCode = answer.Status;
                response.ContentType = "application/json";
                response.ContentLength = full.Length;
                await response.Body.WriteAsync(full.AsMemory(0, full.Length / 2), context.RequestAborted).ConfigureAwait(false);
                await response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                context.Abort();
                break;
            case FaultKind.MalformedJson:
                var bytes = answer.Bytes();
                await WriteRawAsync(context, answer.Status, bytes.AsMemory(0, bytes.Length / 2)).ConfigureAwait(false);
                break;
        }
    }

    private static Task WriteBodyAsync(HttpContext context, Answer answer) => WriteRawAsync(context, answer.Status, answer.Bytes());

    private static async Task WriteRawAsync(HttpContext context, int status, ReadOnlyMemory<byte> body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}
