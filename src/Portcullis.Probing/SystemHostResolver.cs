using System.Net;
using System.Net.Sockets;

namespace Portcullis.Probing;

/// <summary>
/// The system's resolver, with the special-use names of RFC 6761 answered without a query: names under
/// <c>.invalid</c> do not exist (§6.4), and <c>localhost</c> and names under <c>.localhost</c> are the loopback
/// addresses (§6.3).
/// </summary>
public sealed class SystemHostResolver : IHostResolver
{
    private SystemHostResolver()
    {
    }

    /// <summary>The one instance.</summary>
    public static SystemHostResolver Instance { get; } = new();

    /// <inheritdoc />
    public async ValueTask<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        var name = host.TrimEnd('.').ToLowerInvariant();
        if (name == "invalid" || name.EndsWith(".invalid", StringComparison.Ordinal))
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        if (name == "localhost" || name.EndsWith(".localhost", StringComparison.Ordinal))
        {
            return [IPAddress.Loopback, IPAddress.IPv6Loopback];
        }

        return await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
    }
}
