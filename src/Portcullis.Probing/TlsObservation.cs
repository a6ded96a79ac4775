namespace Portcullis.Probing;

/// <summary>What the TLS handshake established.</summary>
/// <param name="Protocol">The protocol, such as <c>TLS 1.3</c>.</param>
/// <param name="CipherSuite">The negotiated cipher suite, such as <c>TLS_AES_256_GCM_SHA384</c>.</param>
/// <param name="Certificate">The server's certificate, or <see langword="null"/> when it sent none.</param>
/// <param name="Trusted">Whether the certificate is trusted for the host name.</param>
/// <param name="Elapsed">How long the handshake took.</param>
public sealed record TlsObservation(string Protocol, string CipherSuite, CertificateObservation? Certificate, bool Trusted, TimeSpan Elapsed)
{
    /// <summary>Why the certificate is not trusted (<c>UntrustedRoot</c>, <c>name mismatch</c>), or <see langword="null"/> when it is.</summary>
    public string? TrustProblem { get; init; }

    /// <summary>The application protocol agreed with ALPN (<c>http/1.1</c>), or <see langword="null"/>.</summary>
    public string? ApplicationProtocol { get; init; }
}
