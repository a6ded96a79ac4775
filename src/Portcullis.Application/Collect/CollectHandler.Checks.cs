using System.Globalization;
using System.Text.RegularExpressions;
using Portcullis.Collect;
using Portcullis.Probing;

namespace Portcullis.Application.Collect;

/// <summary>The checks that need no API call, and the words the handler prints.</summary>
public sealed partial class CollectHandler
{
    /// <summary>What is wrong with the options that no API call is needed to tell, or <see langword="null"/>.</summary>
    private static string? Check(CollectOptions options)
    {
        var badRegion = options.Regions.FirstOrDefault(r => !RegionName().IsMatch(r));
        if (badRegion is not null)
        {
            return $"--region '{badRegion}' is not a region name such as us-south or eu-de";
        }

        if (options.Vpcs.Any(string.IsNullOrWhiteSpace) || options.ResourceGroup is { Length: 0 })
        {
            return "--vpc and --resource-group need a name or id";
        }

        if (options.Concurrency is < 1 or > CollectorSettings.MaxConcurrency)
        {
            return $"--concurrency must be 1-{CollectorSettings.MaxConcurrency}";
        }

        if (options.Retries is < 0 or > CollectOptions.MaxRetries)
        {
            return $"--retries must be 0-{CollectOptions.MaxRetries}";
        }

        if (!DateOnly.TryParseExact(options.VpcApiVersion, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return $"--api-version '{options.VpcApiVersion}' is not a date such as {CollectorSettings.DefaultVpcApiVersion}";
        }

        if (options.Timeout <= TimeSpan.Zero || options.OverallTimeout <= TimeSpan.Zero)
        {
            return "--timeout and --overall-timeout must be positive";
        }

        var output = Path.GetFullPath(options.Output);
        if (options.ApiKeyFile is { } keyFile && string.Equals(Path.GetFullPath(keyFile), output, StringComparison.Ordinal))
        {
            return $"--output {options.Output} is the --api-key-file; choose another file so the key is not overwritten";
        }

        if (Directory.Exists(output))
        {
            return $"--output {options.Output} is a directory; name a file";
        }

        var directory = Path.GetDirectoryName(output);
        return directory is not null && !Directory.Exists(directory) ? $"--output {options.Output}: the directory {directory} does not exist" : null;
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
