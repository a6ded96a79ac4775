namespace Portcullis.Probing;

/// <summary>
/// The steps of a probe, in the order they run; a target names the deepest it wants (its depth), and each step
/// runs only when the one before it passed.
/// </summary>
public enum ProbeStep
{
    /// <summary>Resolve the host name to addresses (or the proxy's name, when a proxy carries the connection).</summary>
    Dns,

    /// <summary>Open a TCP connection (directly, or through the proxy with <c>CONNECT</c>).</summary>
    Tcp,

    /// <summary>Complete a TLS handshake and judge the server's certificate.</summary>
    Tls,

    /// <summary>Send an HTTP request and check the answer: status and, optionally, the body.</summary>
    Http,
}
