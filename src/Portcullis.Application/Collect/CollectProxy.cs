using System.Net;
using Portcullis.Probing;

namespace Portcullis.Application.Collect;

/// <summary>
/// The proxy of the collector's HTTP calls, from the command environment's <c>HTTPS_PROXY</c>, <c>HTTP_PROXY</c>,
/// <c>ALL_PROXY</c> and <c>NO_PROXY</c> as the prober reads them (not from the process's variables, which a server's
/// handler does not own). Loopback endpoints are always reached directly.
/// </summary>
internal sealed class CollectProxy(ProxySettings settings) : IWebProxy
{
    /// <inheritdoc />
    public ICredentials? Credentials { get; set; } = Credential(settings.HttpsProxy ?? settings.HttpProxy);

    /// <inheritdoc />
    public Uri? GetProxy(Uri destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return IsBypassed(destination) ? null : Proxy(destination);
    }

    /// <inheritdoc />
    public bool IsBypassed(Uri host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return Proxy(host) is null || host.IsLoopback || (IPAddress.TryParse(host.DnsSafeHost, out var address) && IPAddress.IsLoopback(address)) || settings.IsBypassed(host.Host);
    }

    private Uri? Proxy(Uri destination) => destination.Scheme == Uri.UriSchemeHttps ? settings.HttpsProxy : settings.HttpProxy;

    // The user and password of http://user:password@proxy:3128, for proxies that ask (407).
    private static NetworkCredential? Credential(Uri? proxy)
    {
        if (proxy is null || proxy.UserInfo.Length == 0)
        {
            return null;
        }

        var parts = proxy.UserInfo.Split(':', 2);
        return new NetworkCredential(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty);
    }
}
