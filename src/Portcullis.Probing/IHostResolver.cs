using System.Net;

namespace Portcullis.Probing;

/// <summary>Resolves host names to addresses; the seam tests use to stay off the network.</summary>
public interface IHostResolver
{
    /// <summary>
    /// The addresses of <paramref name="host"/>, in the order to try them. Failures are reported as
    /// <see cref="System.Net.Sockets.SocketException"/>, as <see cref="Dns"/> reports them:
    /// <see cref="System.Net.Sockets.SocketError.HostNotFound"/> for a name that does not exist,
    /// <see cref="System.Net.Sockets.SocketError.NoData"/> for a name without addresses,
    /// <see cref="System.Net.Sockets.SocketError.TryAgain"/> for a resolver that failed.
    /// </summary>
    public ValueTask<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
