namespace Portcullis.Probing;

/// <summary>Why a step failed, or why a passing target is only <see cref="ProbeStatus.Degraded"/>.</summary>
public enum ProbeReason
{
    /// <summary>The name does not exist (NXDOMAIN).</summary>
    NameNotFound,

    /// <summary>The name exists but has no address record.</summary>
    NoAddress,

    /// <summary>The resolver failed (server failure, no answer).</summary>
    DnsFailure,

    /// <summary>No answer within the step's time (a firewall that drops packets looks like this).</summary>
    Timeout,

    /// <summary>The connection was refused (nothing listens, or a firewall rejects with a TCP reset at connect).</summary>
    Refused,

    /// <summary>The connection was reset after it was opened (firewalls that filter on the TLS server name do this).</summary>
    Reset,

    /// <summary>The peer closed the connection before the step finished.</summary>
    Closed,

    /// <summary>No route to the network or host.</summary>
    Unreachable,

    /// <summary>The proxy answered the <c>CONNECT</c> (or the request) with a refusal, such as 403 or 407.</summary>
    ProxyRefused,

    /// <summary>The proxy did not behave as an HTTP proxy.</summary>
    ProxyFailure,

    /// <summary>The TLS handshake failed (no TLS spoken, no common protocol or cipher, an alert).</summary>
    TlsFailure,

    /// <summary>The certificate is not trusted (unknown issuer, expired, or for another name).</summary>
    UntrustedCertificate,

    /// <summary>The HTTP status is not one of those expected.</summary>
    UnexpectedStatus,

    /// <summary>The HTTP body does not hold what was expected.</summary>
    UnexpectedBody,

    /// <summary>The server's answer is not valid HTTP.</summary>
    ProtocolError,
}
