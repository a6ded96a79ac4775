using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Portcullis.Probing;

public sealed partial record ProbeTarget
{
    /// <summary>The forms <see cref="TryParse"/> understands, for help texts and error messages.</summary>
    public const string SpecForms =
        "https://host[:port]/path or http://... (an HTTP request), tls://host:port (TLS handshake), host:port (TCP connect) or dns://host (name only)";

    /// <summary>
    /// Parses a target as a user writes it: <c>https://us.icr.io/api/v1/messages</c> (HTTP, with
    /// <see cref="HttpCheck.Default"/> statuses), <c>http://...</c>, <c>tls://host:port</c>, <c>host:port</c> or
    /// <c>tcp://host:port</c> (TCP connect), <c>dns://host</c>. IPv6 addresses go in brackets.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ProbeTarget? target, [NotNullWhen(false)] out string? error)
    {
        target = null;
        error = null;
        var spec = text?.Trim() ?? string.Empty;
        if (spec.Length == 0)
        {
            error = "empty target: write " + SpecForms;
            return false;
        }

        var schemeEnd = spec.IndexOf("://", StringComparison.Ordinal);
        var scheme = schemeEnd < 0 ? string.Empty : spec[..schemeEnd].ToLowerInvariant();
        switch (scheme)
        {
            case "http" or "https":
                return TryParseUrl(spec, out target, out error);
            case "tls" or "tcp" or "":
                var rest = schemeEnd < 0 ? spec : spec[(schemeEnd + 3)..];
                if (rest.EndsWith('/'))
                {
                    rest = rest[..^1];
                }

                if (!TrySplitHostPort(rest, out var host, out var port))
                {
                    error = $"'{spec}' is not a target: " + (schemeEnd < 0 && IsValidHost(rest)
                        ? $"give a port ({rest}:443) or write a URL; targets are {SpecForms}"
                        : $"write {SpecForms}");
                    return false;
                }

                target = scheme == "tls" ? ForTls(host, port) : ForTcp(host, port);
                return true;
            case "dns":
                var name = spec[(schemeEnd + 3)..].TrimEnd('/');
                var bare = name.StartsWith('[') && name.EndsWith(']') ? name[1..^1] : name;
                if (!IsValidHost(bare))
                {
                    error = $"'{spec}' is not a target: dns://host takes a host name and nothing else";
                    return false;
                }

                target = ForDns(bare);
                return true;
            default:
                error = $"'{spec}' is not a target: unknown scheme '{scheme}'; write {SpecForms}";
                return false;
        }
    }

    private static bool TryParseUrl(string spec, [NotNullWhen(true)] out ProbeTarget? target, [NotNullWhen(false)] out string? error)
    {
        target = null;
        if (!Uri.TryCreate(spec, UriKind.Absolute, out var uri) || uri.HostNameType is UriHostNameType.Unknown or UriHostNameType.Basic || uri.Host.Length == 0)
        {
            error = $"'{spec}' is not a valid URL";
            return false;
        }

        if (uri.UserInfo.Length > 0)
        {
            error = $"'{spec}': user names and passwords in target URLs are not supported (the probe checks that the endpoint answers, not that you can log in)";
            return false;
        }

        // Uri accepts port 0, which no server listens on and ForHttp refuses (it would throw).
        if (uri.Port is < 1 or > 65535)
        {
            error = $"'{spec}': port {uri.Port} is not a TCP port (1-65535)";
            return false;
        }

        var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host.Trim('[', ']') : uri.IdnHost;
        target = ForHttp(host, uri.Port, uri.Scheme == Uri.UriSchemeHttps, new HttpCheck("GET", uri.PathAndQuery));
        error = null;
        return true;
    }

    private static bool TrySplitHostPort(string text, out string host, out int port)
    {
        host = string.Empty;
        port = 0;
        string portText;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || close + 1 >= text.Length || text[close + 1] != ':')
            {
                return false;
            }

            host = text[1..close];
            if (Uri.CheckHostName(host) != UriHostNameType.IPv6)
            {
                return false;
            }

            portText = text[(close + 2)..];
        }
        else
        {
            var colon = text.LastIndexOf(':');
            if (colon <= 0 || text.IndexOf(':', StringComparison.Ordinal) != colon)
            {
                return false;
            }

            host = text[..colon];
            portText = text[(colon + 1)..];
        }

        return IsValidHost(host)
            && int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port)
            && port is >= 1 and <= 65535;
    }
}
