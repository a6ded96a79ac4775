using System.Collections.Immutable;

namespace Portcullis.Probing;

/// <summary>How the TCP connection was made.</summary>
/// <param name="RemoteEndPoint">The address and port connected to (<c>192.0.2.1:443</c>, <c>[2001:db8::1]:443</c>): the target's, or the proxy's.</param>
/// <param name="Elapsed">How long the step took, including addresses that failed first and the proxy's <c>CONNECT</c>.</param>
public sealed record TcpObservation(string RemoteEndPoint, TimeSpan Elapsed)
{
    /// <summary>Addresses tried before the one that answered, each with why it failed.</summary>
    public ImmutableArray<string> FailedAttempts { get; init; } = [];

    /// <summary>The proxy the connection went through, or <see langword="null"/> for a direct connection.</summary>
    public Uri? Proxy { get; init; }

    /// <summary>The proxy's status line for the <c>CONNECT</c> (<c>200 Connection established</c>); <see langword="null"/> when no tunnel was made.</summary>
    public string? ProxyAnswer { get; init; }
}
