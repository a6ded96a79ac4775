using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Portcullis.Core.Addresses;

namespace Portcullis.Probing;

/// <summary>
/// Which HTTP proxy carries which target, as curl reads <c>HTTPS_PROXY</c>, <c>HTTP_PROXY</c>, <c>ALL_PROXY</c> and
/// <c>NO_PROXY</c>: HTTPS, TLS and TCP targets use the HTTPS proxy (tunnelled with <c>CONNECT</c>); plain HTTP
/// targets use the HTTP proxy; name-only targets never use one.
/// </summary>
/// <remarks>
/// Proxy URLs are <c>http://[user:password@]host[:port]</c>; a missing scheme means <c>http://</c> and a missing port
/// means 1080, as in curl. <c>NO_PROXY</c> is a comma-separated list: <c>*</c> (no proxy at all), host names that match
/// themselves and their subdomains (<c>example.com</c>, <c>.example.com</c> and <c>*.example.com</c> all match
/// <c>a.example.com</c> and <c>example.com</c>), IP addresses and CIDR blocks (which match targets written as
/// addresses; names are not resolved to decide).
/// </remarks>
public sealed record ProxySettings
{
    private const int CurlDefaultProxyPort = 1080;

    private ProxySettings(Uri? httpsProxy, Uri? httpProxy, ImmutableArray<string> noProxy)
    {
        HttpsProxy = httpsProxy;
        HttpProxy = httpProxy;
        NoProxy = noProxy;
    }

    /// <summary>No proxy: every target is reached directly.</summary>
    public static ProxySettings None { get; } = new(null, null, []);

    /// <summary>The proxy for HTTPS, TLS and TCP targets, or <see langword="null"/>.</summary>
    public Uri? HttpsProxy { get; }

    /// <summary>The proxy for plain HTTP targets, or <see langword="null"/>.</summary>
    public Uri? HttpProxy { get; }

    /// <summary>The <c>NO_PROXY</c> entries, lower-case.</summary>
    public ImmutableArray<string> NoProxy { get; }

    /// <summary>Whether any proxy is set.</summary>
    public bool IsEmpty => HttpsProxy is null && HttpProxy is null;

    /// <summary>Builds settings from proxy URLs and a <c>NO_PROXY</c> list; empty texts mean none.</summary>
    public static bool TryCreate(string? httpsProxy, string? httpProxy, string? noProxy, [NotNullWhen(true)] out ProxySettings? settings, [NotNullWhen(false)] out string? error)
    {
        settings = null;
        if (!TryParseProxy(httpsProxy, out var https, out error) || !TryParseProxy(httpProxy, out var http, out error))
        {
            return false;
        }

        var entries = (noProxy ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.ToLowerInvariant())
            .ToImmutableArray();
        settings = new ProxySettings(https, http, entries);
        return true;
    }

    /// <summary>
    /// Reads the environment as curl does: <c>https_proxy</c>/<c>HTTPS_PROXY</c> (else <c>all_proxy</c>/<c>ALL_PROXY</c>)
    /// for HTTPS, TLS and TCP; <c>http_proxy</c>/<c>HTTP_PROXY</c> (else the ALL_PROXY value) for HTTP;
    /// <c>no_proxy</c>/<c>NO_PROXY</c>. The lower-case name wins when both are set.
    /// </summary>
    /// <param name="variable">Reads an environment variable (<see cref="Environment.GetEnvironmentVariable(string)"/>).</param>
    /// <param name="settings">The settings.</param>
    /// <param name="error">Which variable is malformed, and how.</param>
    public static bool TryFromEnvironment(Func<string, string?> variable, [NotNullWhen(true)] out ProxySettings? settings, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var all = Read(variable, "all_proxy");
        var https = Read(variable, "https_proxy");
        https = https.Value is null ? all : https;
        var http = Read(variable, "http_proxy");
        http = http.Value is null ? all : http;
        if (!TryCreate(https.Value, http.Value, Read(variable, "no_proxy").Value, out settings, out error))
        {
            var culprit = TryParseProxy(https.Value, out _, out _) ? http.Name : https.Name;
            error = $"{culprit}: {error}";
            return false;
        }

        return true;
    }

    /// <summary>
    /// One proxy for every target (as curl's <c>--proxy</c>), or none when <paramref name="proxy"/> is
    /// <see langword="null"/>, with the environment's <c>no_proxy</c>/<c>NO_PROXY</c> still applied (read as
    /// <see cref="TryFromEnvironment"/> reads it).
    /// </summary>
    /// <param name="proxy">The proxy URL, or <see langword="null"/> for none.</param>
    /// <param name="variable">Reads an environment variable (<see cref="Environment.GetEnvironmentVariable(string)"/>).</param>
    /// <param name="settings">The settings.</param>
    /// <param name="error">How the proxy URL is malformed.</param>
    public static bool TryWithProxy(string? proxy, Func<string, string?> variable, [NotNullWhen(true)] out ProxySettings? settings, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return TryCreate(proxy, proxy, Read(variable, "no_proxy").Value, out settings, out error);
    }

    /// <summary>The proxy that carries <paramref name="target"/>, or <see langword="null"/> when it is reached directly.</summary>
    public Uri? ProxyFor(ProbeTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Depth == ProbeStep.Dns)
        {
            return null;
        }

        var proxy = target.Depth == ProbeStep.Http && !target.UseTls ? HttpProxy : HttpsProxy;
        return proxy is null || IsBypassed(target.Host) ? null : proxy;
    }

    /// <summary>Whether <c>NO_PROXY</c> sends <paramref name="host"/> directly.</summary>
    public bool IsBypassed(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = host.Trim('[', ']').TrimEnd('.').ToLowerInvariant();
        var isAddress = IpAddress.TryParse(name, out var address);
        foreach (var entry in NoProxy)
        {
            if (entry == "*")
            {
                return true;
            }

            if (isAddress)
            {
                var bare = entry.Trim('[', ']');
                if ((bare.Contains('/', StringComparison.Ordinal) && IpPrefix.TryParse(bare, out var prefix) && prefix.Contains(address))
                    || (IpAddress.TryParse(bare, out var other) && other == address))
                {
                    return true;
                }

                continue;
            }

            var domain = entry.StartsWith("*.", StringComparison.Ordinal) ? entry[2..] : entry.TrimStart('.');
            domain = domain.TrimEnd('.');
            if (domain.Length > 0 && (name == domain || name.EndsWith("." + domain, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A proxy URL fit to print: the password replaced by <c>***</c>.</summary>
    public static Uri Redact(Uri proxy)
    {
        ArgumentNullException.ThrowIfNull(proxy);
        if (proxy.UserInfo.Length == 0)
        {
            return proxy;
        }

        var user = proxy.UserInfo.Split(':')[0];
        return new UriBuilder(proxy) { UserName = user, Password = user.Length == proxy.UserInfo.Length ? string.Empty : "***" }.Uri;
    }

    private static (string Name, string? Value) Read(Func<string, string?> variable, string lowerName)
    {
        var upperName = lowerName.ToUpperInvariant();
        var lower = variable(lowerName);
        if (!string.IsNullOrWhiteSpace(lower))
        {
            return (lowerName, lower.Trim());
        }

        var upper = variable(upperName);
        return (upperName, string.IsNullOrWhiteSpace(upper) ? null : upper.Trim());
    }

    private static bool TryParseProxy(string? text, out Uri? proxy, [NotNullWhen(false)] out string? error)
    {
        proxy = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var spec = text.Trim();
        var withScheme = spec.Contains("://", StringComparison.Ordinal) ? spec : "http://" + spec;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            error = $"'{spec}' is not a proxy URL such as http://proxy.example.com:3128";
            return false;
        }

        if (uri.Scheme != Uri.UriSchemeHttp)
        {
            error = $"'{spec}': only http:// proxies are supported (the probe speaks CONNECT to the proxy in clear, as most corporate proxies expect), not {uri.Scheme}://";
            return false;
        }

        if (uri.AbsolutePath != "/" || uri.Query.Length > 0)
        {
            error = $"'{spec}': a proxy URL has no path";
            return false;
        }

        var explicitPort = HasExplicitPort(withScheme, uri);
        proxy = explicitPort ? uri : new UriBuilder(uri) { Port = CurlDefaultProxyPort }.Uri;
        return true;
    }

    // Uri reports port 80 for http://proxy both when it is written and when it is not; only the text can tell.
    private static bool HasExplicitPort(string text, Uri uri)
    {
        var authority = text[(text.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var end = authority.IndexOfAny(['/', '?', '#']);
        authority = end < 0 ? authority : authority[..end];
        var at = authority.LastIndexOf('@');
        authority = at < 0 ? authority : authority[(at + 1)..];
        return uri.HostNameType == UriHostNameType.IPv6 ? authority.Contains("]:", StringComparison.Ordinal) : authority.Contains(':', StringComparison.Ordinal);
    }
}
