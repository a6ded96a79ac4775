using System.Collections.Immutable;

namespace Portcullis.Probing;

/// <summary>The server's certificate, as far as a report needs it.</summary>
/// <param name="Subject">The subject's distinguished name.</param>
/// <param name="Issuer">The issuer's distinguished name (a corporate CA here means a TLS-inspecting proxy).</param>
/// <param name="NotBefore">Start of validity.</param>
/// <param name="NotAfter">End of validity.</param>
/// <param name="Sha256Fingerprint">The SHA-256 hash of the certificate, upper-case hexadecimal.</param>
public sealed record CertificateObservation(string Subject, string Issuer, DateTimeOffset NotBefore, DateTimeOffset NotAfter, string Sha256Fingerprint)
{
    /// <summary>The DNS names and IP addresses of the subject alternative name extension.</summary>
    public ImmutableArray<string> AlternativeNames { get; init; } = [];
}
