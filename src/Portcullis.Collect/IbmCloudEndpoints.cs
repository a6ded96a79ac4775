using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace Portcullis.Collect;

/// <summary>
/// The base URLs of the APIs the collector reads: IAM (tokens), VPC (per region, <c>{region}</c> in the URL),
/// Transit Gateway and Kubernetes Service. Each is HTTPS, or plain HTTP to a loopback address (a local fake or a
/// tunnel): a bearer token is never sent in the clear over a network.
/// </summary>
public sealed record IbmCloudEndpoints
{
    /// <summary>The placeholder in the VPC URL that each region's name replaces.</summary>
    public const string RegionPlaceholder = "{region}";

    /// <summary>The public IAM endpoint.</summary>
    public const string DefaultIam = "https://iam.cloud.ibm.com";

    /// <summary>The public regional VPC endpoints.</summary>
    public const string DefaultVpc = "https://{region}.iaas.cloud.ibm.com/v1";

    /// <summary>The public Transit Gateway endpoint.</summary>
    public const string DefaultTransit = "https://transit.cloud.ibm.com/v1";

    /// <summary>The public (global) Kubernetes Service endpoint.</summary>
    public const string DefaultContainers = "https://containers.cloud.ibm.com/global";

    private IbmCloudEndpoints(Uri iam, string vpcTemplate, Uri transit, Uri containers)
    {
        Iam = iam;
        VpcTemplate = vpcTemplate;
        Transit = transit;
        Containers = containers;
    }

    /// <summary>The public endpoints.</summary>
    public static IbmCloudEndpoints Public { get; } = Create(DefaultIam, DefaultVpc, DefaultTransit, DefaultContainers);

    /// <summary>The IAM base URL; tokens are requested at <c>/identity/token</c> below it.</summary>
    public Uri Iam { get; }

    /// <summary>The VPC base URL, with <see cref="RegionPlaceholder"/> where the region goes (or without, for one region's endpoint).</summary>
    public string VpcTemplate { get; }

    /// <summary>Whether <see cref="VpcTemplate"/> names the region, so that one template reaches every region.</summary>
    public bool VpcUrlHasRegion => VpcTemplate.Contains(RegionPlaceholder, StringComparison.Ordinal);

    /// <summary>The Transit Gateway base URL.</summary>
    public Uri Transit { get; }

    /// <summary>The Kubernetes Service base URL.</summary>
    public Uri Containers { get; }

    /// <summary>The IAM token URL.</summary>
    public Uri IamToken => Below(Iam, "identity/token");

    /// <summary>The VPC base URL of one region.</summary>
    public Uri Vpc(string region)
    {
        ArgumentException.ThrowIfNullOrEmpty(region);
        return new Uri(VpcTemplate.Replace(RegionPlaceholder, region, StringComparison.Ordinal));
    }

    /// <summary>Checks and builds the endpoints; <paramref name="error"/> names the option and what is wrong.</summary>
    public static bool TryCreate(string? iam, string? vpc, string? transit, string? containers, [NotNullWhen(true)] out IbmCloudEndpoints? endpoints, [NotNullWhen(false)] out string? error)
    {
        endpoints = null;
        if (!TryBase("--iam-url", iam ?? DefaultIam, out var iamUri, out error)
            || !TryVpc(vpc ?? DefaultVpc, out var vpcTemplate, out error)
            || !TryBase("--transit-url", transit ?? DefaultTransit, out var transitUri, out error)
            || !TryBase("--containers-url", containers ?? DefaultContainers, out var containersUri, out error))
        {
            return false;
        }

        endpoints = new IbmCloudEndpoints(iamUri, vpcTemplate, transitUri, containersUri);
        return true;
    }

    /// <summary>The URL <paramref name="path"/> below <paramref name="baseUrl"/> (which keeps its own path).</summary>
    public static Uri Below(Uri baseUrl, string path)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(path);
        var text = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(text + "/" + path.TrimStart('/'));
    }

    private static IbmCloudEndpoints Create(string iam, string vpc, string transit, string containers) =>
        TryCreate(iam, vpc, transit, containers, out var endpoints, out var error) ? endpoints : throw new InvalidOperationException(error);

    private static bool TryVpc(string text, [NotNullWhen(true)] out string? template, [NotNullWhen(false)] out string? error)
    {
        template = null;
        // The placeholder is not a valid host character: check the URL with a region in its place.
        if (!TryBase("--vpc-url", text.Replace(RegionPlaceholder, "us-south", StringComparison.Ordinal), out _, out error))
        {
            return false;
        }

        template = text.TrimEnd('/');
        return true;
    }

    private static bool TryBase(string option, string text, [NotNullWhen(true)] out Uri? uri, [NotNullWhen(false)] out string? error)
    {
        uri = null;
        error = null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("https" or "http") || parsed.Host.Length == 0)
        {
            error = $"{option} '{text}' is not an http(s) URL such as https://host/path";
            return false;
        }

        if (parsed.UserInfo.Length > 0 || parsed.Query.Length > 0 || parsed.Fragment.Length > 0)
        {
            error = $"{option} '{text}' must be a base URL: no user name, query or fragment";
            return false;
        }

        if (parsed.Scheme == "http" && !IsLoopback(parsed))
        {
            error = $"{option} '{text}' is plain http to a host that is not this machine; the bearer token would cross the network unencrypted. Use https (http is accepted only for 127.0.0.1, ::1 and localhost)";
            return false;
        }

        uri = parsed;
        return true;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
