using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Portcullis.Collect.Command;
using Portcullis.Core.Probing;

namespace Portcullis.Collect;

/// <summary>
/// <c>portcullis collect</c>: checks the request, finds the API key, reads the account (with a live display on a
/// terminal), writes the configuration atomically and says what it wrote and what it left out.
/// </summary>
public static partial class CollectHandler
{
    /// <summary>The code of an API call that failed for good.</summary>
    public const string FailedCode = "PC8010";

    /// <summary>The code of a resource left out (the key may not read it, or it was deleted while being read).</summary>
    public const string LeftOutCode = "PC8020";

    /// <summary>The code of an output file that cannot be written.</summary>
    public const string OutputCode = "PC8030";

    /// <summary>The most retries that may be asked for.</summary>
    public const int MaxRetries = 10;

    /// <summary>Runs the command; returns its exit code (see <see cref="CollectExitCodes"/>).</summary>
    public static async Task<int> RunAsync(CollectRequest request, CollectConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(console);
        if (Check(request) is { } problem)
        {
            return Usage(console, problem);
        }

        if (!IbmCloudEndpoints.TryCreate(request.IamUrl, request.VpcUrl, request.TransitUrl, request.ContainersUrl, out var endpoints, out var endpointError))
        {
            return Usage(console, endpointError);
        }

        if (!endpoints.VpcUrlHasRegion && request.Regions.Length != 1)
        {
            return Usage(console, $"--vpc-url {endpoints.VpcTemplate} has no {IbmCloudEndpoints.RegionPlaceholder}, so it reaches one region: name that region with exactly one --region");
        }

        if (!ApiKeySource.TryRead(request.ApiKeyFile, console.Environment, out var apiKey, out var keyError))
        {
            console.Error.WriteLine($"portcullis: error PC8001: {keyError}");
            return CollectExitCodes.Failed;
        }

        var settings = new CollectorSettings
        {
            Timeout = request.Timeout,
            OverallTimeout = request.OverallTimeout,
            Concurrency = request.Concurrency,
            Retries = request.Retries,
            VpcApiVersion = request.VpcApiVersion,
        };
        var scope = new CollectScope(request.Regions, request.ResourceGroup, request.Vpcs);
        using var collector = new AccountCollector(endpoints, apiKey, settings, console.Time);
        var started = console.Time.GetTimestamp();
        CollectedConfiguration configuration;
        try
        {
            configuration = console.Terminal is { } terminal
                ? await new CollectLiveDisplay().RunAsync(terminal, progress => collector.CollectAsync(scope, progress, cancellationToken)).ConfigureAwait(false)
                : await collector.CollectAsync(scope, progress: null, cancellationToken).ConfigureAwait(false);
        }
        catch (CollectException e)
        {
            console.Error.WriteLine($"portcullis: error {FailedCode}: {collector.Redact(e.Message)}");
            console.Error.WriteLine("Nothing was written. " + Hint(e.Failure));
            return CollectExitCodes.Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Error.WriteLine("portcullis: collect interrupted; nothing was written");
            return CollectExitCodes.Interrupted;
        }

        foreach (var warning in configuration.Manifest.Warnings)
        {
            console.Error.WriteLine($"portcullis: warning {LeftOutCode}: {collector.Redact(warning.ToString())}");
        }

        try
        {
            ConfigurationFileWriter.Write(request.Output, configuration);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"portcullis: error {OutputCode}: cannot write --output {request.Output}: {collector.Redact(e.Message)}; nothing was written");
            return CollectExitCodes.Failed;
        }

        console.Output.WriteLine(Summary(request.Output, configuration.Manifest, console.Time.GetElapsedTime(started)));
        return CollectExitCodes.Success;
    }

    /// <summary>What is wrong with the request that no API call is needed to tell, or <see langword="null"/>.</summary>
    private static string? Check(CollectRequest request)
    {
        var badRegion = request.Regions.FirstOrDefault(r => !RegionName().IsMatch(r));
        if (badRegion is not null)
        {
            return $"--region '{badRegion}' is not a region name such as us-south or eu-de";
        }

        if (request.Vpcs.Any(string.IsNullOrWhiteSpace) || request.ResourceGroup is { Length: 0 })
        {
            return "--vpc and --resource-group need a name or id";
        }

        if (request.Concurrency is < 1 or > CollectorSettings.MaxConcurrency)
        {
            return $"--concurrency must be 1-{CollectorSettings.MaxConcurrency}";
        }

        if (request.Retries is < 0 or > MaxRetries)
        {
            return $"--retries must be 0-{MaxRetries}";
        }

        if (!DateOnly.TryParseExact(request.VpcApiVersion, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return $"--api-version '{request.VpcApiVersion}' is not a date such as {CollectorSettings.DefaultVpcApiVersion}";
        }

        if (request.Timeout <= TimeSpan.Zero || request.OverallTimeout <= TimeSpan.Zero)
        {
            return "--timeout and --overall-timeout must be positive";
        }

        var output = Path.GetFullPath(request.Output);
        if (request.ApiKeyFile is { } keyFile && string.Equals(Path.GetFullPath(keyFile), output, StringComparison.Ordinal))
        {
            return $"--output {request.Output} is the --api-key-file; choose another file so the key is not overwritten";
        }

        if (Directory.Exists(output))
        {
            return $"--output {request.Output} is a directory; name a file";
        }

        var directory = Path.GetDirectoryName(output);
        return directory is not null && !Directory.Exists(directory) ? $"--output {request.Output}: the directory {directory} does not exist" : null;
    }

    private static int Usage(CollectConsole console, string message)
    {
        console.Error.WriteLine($"portcullis: error: {message}");
        console.Error.WriteLine("Run 'portcullis collect --help' for usage and examples.");
        return CollectExitCodes.Failed;
    }

    private static string Hint(CollectFailure failure) => failure switch
    {
        CollectFailure.KeyRefused => "Check the API key ('ibmcloud iam api-keys' lists yours; a deleted key, or one of another account, is refused), and --iam-url.",
        CollectFailure.TokenRefused => "The key's token was refused: is the key of the account that owns these resources, and --iam-url the IAM of these APIs?",
        CollectFailure.Unreachable or CollectFailure.TimedOut or CollectFailure.Deadline =>
            "Check the network path to the endpoint (behind a proxy, set HTTPS_PROXY) and the --iam-url, --vpc-url, --transit-url and --containers-url options; --timeout and --overall-timeout set the limits.",
        CollectFailure.NotJson or CollectFailure.BadJson or CollectFailure.NotFound =>
            "Check that the --iam-url, --vpc-url, --transit-url and --containers-url options name the APIs' base URLs (such as https://{region}.iaas.cloud.ibm.com/v1).",
        CollectFailure.Unavailable => "The API kept failing or throttling; try again later, or with a lower --concurrency.",
        CollectFailure.Forbidden => "The key may not list the regions: name them with --region, or give the key Viewer access to VPC Infrastructure Services.",
        _ => "See the API's message above.",
    };

    private static string Summary(string output, CollectManifest manifest, TimeSpan elapsed)
    {
        static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
        var counts = manifest.Counts;
        var regions = manifest.Regions.IsEmpty ? "no region" : $"{Count(manifest.Regions.Length, "region", "regions")} ({string.Join(", ", manifest.Regions)})";
        var parts = new[]
        {
            Count(counts.GetValueOrDefault("vpcs"), "VPC", "VPCs"),
            Count(counts.GetValueOrDefault("subnets"), "subnet", "subnets"),
            Count(counts.GetValueOrDefault("network_acls"), "network ACL", "network ACLs"),
            Count(counts.GetValueOrDefault("security_groups"), "security group", "security groups"),
            Count(counts.GetValueOrDefault("instances"), "instance", "instances"),
            Count(counts.GetValueOrDefault("load_balancers"), "load balancer", "load balancers"),
            Count(counts.GetValueOrDefault("transit_gateways"), "transit gateway", "transit gateways"),
            Count(counts.GetValueOrDefault("iks_clusters"), "cluster", "clusters"),
        };
        var left = manifest.Warnings.IsEmpty ? string.Empty : $"; {Count(manifest.Warnings.Length, "part", "parts")} left out (see the warnings, and the manifest's \"warnings\")";
        return $"Wrote {output}: {regions}, {string.Join(", ", parts)}; {manifest.ApiCalls} API calls in {ProbeDuration.Format(TimeSpan.FromMilliseconds(Math.Max(1, Math.Round(elapsed.TotalMilliseconds))))}{left}.";
    }

    [GeneratedRegex("^[a-z]{2,}-[a-z0-9]+$")]
    private static partial Regex RegionName();
}
