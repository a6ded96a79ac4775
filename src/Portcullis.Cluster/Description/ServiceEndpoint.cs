using System.Globalization;
using Portcullis.Core.Addresses;

namespace Portcullis.Cluster.Description;

/// <summary>A host and port a client connects to, such as a cluster's service endpoint <c>https://c100.us-south.containers.cloud.ibm.com:31438</c>.</summary>
/// <param name="Host">The host name or address.</param>
/// <param name="Port">The TCP port.</param>
/// <param name="Url">The URL as given, if it was one.</param>
public sealed record ServiceEndpoint(string Host, int Port, string? Url = null)
{
    /// <summary>
    /// Reads <c>https://host:port</c> (port 443 when absent), <c>host:port</c>, or a bare host with <paramref name="defaultPort"/>;
    /// the host must be a DNS name or an IP address (<see cref="HostName.IsValid"/>), since it reaches firewall rules and commands.
    /// </summary>
    public static bool TryParse(string? text, out ServiceEndpoint? endpoint, int defaultPort = 443)
    {
        endpoint = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            {
                return false;
            }

            endpoint = new ServiceEndpoint(uri.Host, uri.IsDefaultPort && uri.Scheme == "https" ? 443 : uri.Port, trimmed);
            return endpoint.Port is >= 1 and <= 65535 && HostName.IsValid(uri.IdnHost) && !trimmed.Any(char.IsControl);
        }

        var colon = trimmed.LastIndexOf(':');
        if (colon < 0)
        {
            endpoint = new ServiceEndpoint(trimmed, defaultPort);
            return HostName.IsValid(trimmed);
        }

        if (!int.TryParse(trimmed.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535 || !HostName.IsValid(trimmed[..colon]))
        {
            return false;
        }

        endpoint = new ServiceEndpoint(trimmed[..colon], port);
        return true;
    }

    /// <summary><c>host:port</c>.</summary>
    public override string ToString() => $"{Host}:{Port}";
}
