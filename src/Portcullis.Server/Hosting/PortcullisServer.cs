using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portcullis.Server.Api;
using Portcullis.Server.Jobs;
using Portcullis.Server.Questions;
using Portcullis.Server.Security;
using Portcullis.Server.Ui;
using Portcullis.Server.Watching;
using Prometheus;

namespace Portcullis.Server.Hosting;

/// <summary>The server's composition: services, middleware (errors, metrics, authentication, rate limits, authorization) and endpoints.</summary>
internal sealed class PortcullisServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PortcullisServer(WebApplication app)
    {
        _app = app;
    }

    public ServerContext Context => _app.Services.GetRequiredService<ServerContext>();

    /// <summary>The addresses it listens on (with the ports chosen, where port 0 was asked).</summary>
    public IReadOnlyList<string> Urls => [.. _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses];

    public static async Task<PortcullisServer> StartAsync(ServerSettings settings, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "Portcullis.Server", ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        settings.Logging?.Invoke(builder.Logging);
        builder.WebHost.UseUrls(settings.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = settings.Configuration.Limits.MaxUploadBytes + 1;
        });
        ConfigureServices(builder.Services, settings);
        var app = builder.Build();
        ConfigurePipeline(app);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var server = new PortcullisServer(app);
        ServerLog.Started(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Portcullis.Server"), string.Join(", ", server.Urls), settings.Store.Kind, settings.StoreDescription);
        return server;
    }

    /// <summary>Waits until the server stops: <paramref name="cancellationToken"/> (Ctrl+C) or a SIGTERM.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static void ConfigureServices(IServiceCollection services, ServerSettings settings)
    {
        var configuration = settings.Configuration;
        var http = settings.HttpClient ?? new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        services.AddSingleton(settings.Store);
        services.AddSingleton(settings.Time);
        services.AddSingleton(sp => new TokenCache(settings.Store, settings.Time));
        services.AddSingleton(sp =>
        {
            var logs = sp.GetRequiredService<ILoggerFactory>();
            var stopping = sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            var files = new SnapshotFiles(settings.Store, settings.FilesRoot);
            var runner = new QuestionRunner(settings.Store, files, settings.Time, settings.GraphLayout, configuration.Limits.EffectiveConcurrentComputations, logs.CreateLogger("Portcullis.Server.Questions"), stopping);
            var jobs = new JobService(settings.Store, runner, settings.Time, logs.CreateLogger("Portcullis.Server.Jobs"), stopping);
            var sources = settings.Sources ?? (account => AccountSources.BuiltIn(http, settings.Variables, configuration.Limits.MaxUploadBytes).Create(account.Source));
            var watcher = new Watcher(settings.Store, configuration, sources, SnapshotUploads.Validate,
                new SnapshotEvaluator(settings.Store, runner, configuration, logs.CreateLogger("Portcullis.Server.Evaluation")),
                new WebhookSender(http, configuration, settings.Variables, settings.Time), settings.Time, settings.Replica, logs.CreateLogger("Portcullis.Server.Watching"));
            return new ServerContext(settings.Store, configuration, runner, jobs, watcher, sp.GetRequiredService<TokenCache>(), settings.Time);
        });
        if (settings.RunWatcher)
        {
            services.AddHostedService(sp => new WatchService(sp.GetRequiredService<ServerContext>().Watcher, settings.WatchInterval, settings.Time, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Portcullis.Server.Watching")));
        }

        services.AddAuthentication(Roles.Scheme).AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(Roles.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.ReadPolicy, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Roles.AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        var perMinute = configuration.Limits.RequestsPerMinute;
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetTokenBucketLimiter(
                context.User.FindFirstValue(Roles.TokenIdClaim) is { } token ? "token:" + token : "address:" + context.Connection.RemoteIpAddress,
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perMinute,
                    TokensPerPeriod = Math.Max(1, perMinute / 60),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await Problems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"This server allows {perMinute} requests a minute per token; slow down.").ConfigureAwait(false);
            };
        });
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new Microsoft.OpenApi.OpenApiInfo
            {
                Title = "Portcullis",
                Version = "v1",
                Description = "Snapshots of cloud firewalls and the questions asked of them. Every request but /api/v1/health needs 'Authorization: Bearer TOKEN'.",
            };
            return Task.CompletedTask;
        }));
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.WriteIndented = false);
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseExceptionHandler(errors => errors.Run(context =>
            Problems.WriteAsync(context, StatusCodes.Status500InternalServerError, "Internal error", "The server failed to answer; this is a bug. The server's log has the details.")));
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseHttpMetrics();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        var api = app.MapGroup("/api/v1");
        api.MapGet("/health", async (ServerContext server, CancellationToken cancellationToken) =>
        {
            try
            {
                await server.Store.ListSnapshotsAsync(new Storage.SnapshotQuery(Limit: 1), cancellationToken).ConfigureAwait(false);
                return Results.Ok(new Dictionary<string, object?> { ["status"] = "ok", ["store"] = server.Store.Kind, ["version"] = Version() });
            }
            catch (Exception e) when (e is System.Data.Common.DbException or Storage.StoreException)
            {
                return Problems.Of(StatusCodes.Status503ServiceUnavailable, "The store is not reachable", e.GetType().Name);
            }
        }).AllowAnonymous().WithSummary("Whether the server and its store answer (no token needed)");

        var secured = api.MapGroup(string.Empty).RequireAuthorization(Roles.ReadPolicy);
        SnapshotEndpoints.Map(secured);
        QuestionEndpoints.Map(secured);
        JobEndpoints.Map(secured);
        WatchEndpoints.Map(secured);
        TokenEndpoints.Map(secured);
        app.MapOpenApi("/api/v1/openapi.json").RequireAuthorization(Roles.ReadPolicy);
        app.MapMetrics("/metrics").RequireAuthorization(Roles.ReadPolicy);
        UiEndpoints.Map(app);
    }

    private static string Version() =>
        typeof(PortcullisServer).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0";
}
