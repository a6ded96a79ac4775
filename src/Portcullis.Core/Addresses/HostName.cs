using System.Net;

namespace Portcullis.Core.Addresses;

/// <summary>What counts as a host a client can connect to: an IP address, or a DNS name.</summary>
public static class HostName
{
    /// <summary>The longest DNS name, in characters (RFC 1035 §2.3.4, without the final dot).</summary>
    public const int MaxLength = 253;

    /// <summary>
    /// Whether <paramref name="host"/> is an IPv4 or IPv6 address, or a DNS name: dot-separated labels of 1 to 63
    /// letters, digits, hyphens (not first or last) and underscores (which service names use), 253 characters in all,
    /// with an optional final dot. Anything else (a space, a quote, <c>$(</c>, a control character) is not a host.
    /// </summary>
    public static bool IsValid(string? host)
    {
        if (string.IsNullOrEmpty(host) || host.Length > MaxLength + 1)
        {
            return false;
        }

        if (host.All(c => char.IsAsciiHexDigit(c) || c is '.' or ':') && IPAddress.TryParse(host, out _))
        {
            return true;
        }

        var name = host.EndsWith('.') ? host[..^1] : host;
        if (name.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var label in name.Split('.'))
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-' || !label.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
