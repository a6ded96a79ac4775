using System.Net;
using Portcullis.Application.Hosting;
using Portcullis.Collect;
using Portcullis.Probing;

namespace Portcullis.Application.Collect;

/// <summary>
/// Runs <c>collect</c>: checks the options, finds the API key (in the file named, else in the environment's
/// <see cref="ApiKeySource.Variable"/>), reads the account (with a live table on a terminal), and writes the
/// configuration whole or not at all; says what it wrote and what it left out. The key and its tokens never reach
/// anything it prints or writes.
/// </summary>
public sealed partial class CollectHandler : ICommandHandler<CollectOptions>
{
    private const string HelpHint = "Run 'portcullis collect --help' for usage and examples.";

    /// <inheritdoc />
    public async Task<int> RunAsync(CollectOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (Check(options) is { } problem)
        {
            return environment.UsageError(problem, HelpHint);
        }

        if (!IbmCloudEndpoints.TryCreate(options.IamUrl, options.VpcUrl, options.TransitUrl, options.ContainersUrl, out var endpoints, out var endpointError))
        {
            return environment.UsageError(endpointError, HelpHint);
        }

        if (!endpoints.VpcUrlHasRegion && options.Regions.Length != 1)
        {
            return environment.UsageError($"--vpc-url {endpoints.VpcTemplate} has no {IbmCloudEndpoints.RegionPlaceholder}, so it reaches one region: name that region with exactly one --region", HelpHint);
        }

        if (!ProxySettings.TryFromEnvironment(environment.Variables, out var proxy, out var proxyError))
        {
            return environment.UsageError(proxyError);
        }

        if (!ApiKeySource.TryRead(options.ApiKeyFile, environment.Variables, out var apiKey, out var keyProblem))
        {
            environment.Report([keyProblem]);
            return ExitCodes.BadInput;
        }

        var settings = new CollectorSettings
        {
            Timeout = options.Timeout,
            OverallTimeout = options.OverallTimeout,
            Concurrency = options.Concurrency,
            Retries = options.Retries,
            VpcApiVersion = options.VpcApiVersion,
        };
        var http = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            Proxy = new CollectProxy(proxy),
            UseProxy = !proxy.IsEmpty,
        };
        using var collector = new AccountCollector(endpoints, apiKey, settings, environment.Clock, http);
        var started = environment.Clock.GetTimestamp();
        CollectedConfiguration configuration;
        try
        {
            configuration = await CollectAsync(collector, new CollectScope(options.Regions, options.ResourceGroup, options.Vpcs), environment, cancellationToken).ConfigureAwait(false);
        }
        catch (CollectException e)
        {
            environment.Report([CollectDiagnostics.ApiCallFailed.Create(null, collector.Redact(e.Call), collector.Redact(e.Detail))]);
            environment.Error.WriteLine("Nothing was written. " + Hint(e.Failure));
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            environment.Error.WriteLine("portcullis: collect interrupted; nothing was written");
            return ExitCodes.Interrupted;
        }

        environment.Report(configuration.Manifest.Warnings.Select(w => CollectDiagnostics.PartLeftOut.Create(
            null, collector.Redact(w.Scope), collector.Redact(w.Resource), collector.Redact(w.Call), collector.Redact(w.Message))));
        var written = await environment.WriteAsync(options.Output, options.ApiKeyFile is { } keyFile ? [keyFile] : [], configuration.WriteTo, cancellationToken).ConfigureAwait(false);
        if (written != ExitCodes.Success)
        {
            return written;
        }

        environment.Output.WriteLine(Summary(options.Output, configuration.Manifest, environment.Clock.GetElapsedTime(started)));
        return ExitCodes.Success;
    }

    // The live table goes to a terminal only: where standard error is redirected (or a test captures it), nothing is drawn.
    private static Task<CollectedConfiguration> CollectAsync(AccountCollector collector, CollectScope scope, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        if (environment.ErrorTerminal is not { } terminal)
        {
            return collector.CollectAsync(scope, progress: null, cancellationToken);
        }

        var table = new CollectProgressTable(collector.Redact);
        return terminal.ShowTableAsync(CollectProgressTable.Headers, collector.CollectAsync(scope, table, cancellationToken), table.Rows);
    }
}
