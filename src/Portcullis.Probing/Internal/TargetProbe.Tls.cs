using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Portcullis.Probing.Internal;

internal sealed partial class TargetProbe
{
    /// <summary>
    /// Completes the TLS handshake with the target's name (SNI), judges the certificate against the system's roots
    /// (or <see cref="ProberOptions.TrustedRoots"/>) at the provider's time, and accepts an untrusted one only when the
    /// target allows it, with a warning. Revocation is not checked: that would send the probe to CRL and OCSP servers.
    /// </summary>
    private async Task HandshakeAsync(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        CertificateObservation? certificate = null;
        string? problem = null;
        var rejected = false;
        var ssl = new SslStream(_stream!, leaveInnerStreamOpen: false);
        _stream = ssl;
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = _target.Host,
            ApplicationProtocols = _target.Depth == ProbeStep.Http ? [SslApplicationProtocol.Http11] : null,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            CertificateChainPolicy = ChainPolicy(),
            RemoteCertificateValidationCallback = (_, presented, chain, errors) =>
            {
                certificate = presented is null ? null : Observe(presented);
                problem = errors == SslPolicyErrors.None ? null : TrustProblem(errors, chain, certificate);
                rejected = problem is not null && !_target.AllowUntrustedCertificate;
                return !rejected;
            },
        };

        _awaiting = $"the TLS handshake with {_target.Endpoint}";
        try
        {
            await ssl.AuthenticateAsClientAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (AuthenticationException) when (rejected)
        {
            var who = certificate is null ? "the server" : $"the certificate {certificate.Subject} (issued by {certificate.Issuer})";
            Fail(ProbeStep.Tls, ProbeReason.UntrustedCertificate, $"{who} is not trusted for {_target.Host}: {problem}; to accept it anyway, mark the target insecure (as curl --insecure)");
            return;
        }
        catch (AuthenticationException e) when (!cancellationToken.IsCancellationRequested)
        {
            var detail = e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;
            Fail(ProbeStep.Tls, ProbeReason.TlsFailure, $"the TLS handshake with {_target.Endpoint} failed: {detail} (is it TLS on this port?)");
            return;
        }
        catch (IOException e) when (!cancellationToken.IsCancellationRequested)
        {
            if (FindSocketError(e) is { } socketError)
            {
                var (reason, message) = DescribeSocketError(socketError, _target.Endpoint);
                Fail(ProbeStep.Tls, reason, $"{message} during the TLS handshake{(reason == ProbeReason.Reset ? " (firewalls that filter on the TLS server name do this)" : string.Empty)}");
            }
            else
            {
                Fail(ProbeStep.Tls, ProbeReason.Closed, $"{_target.Endpoint} closed the connection during the TLS handshake (a firewall that filters on the TLS server name, or no TLS on this port)");
            }

            return;
        }

        var alpn = ssl.NegotiatedApplicationProtocol.Protocol.IsEmpty ? null : ssl.NegotiatedApplicationProtocol.ToString();
        _tls = new TlsObservation(ProtocolText(ssl.SslProtocol), ssl.NegotiatedCipherSuite.ToString(), certificate, problem is null, _time.GetElapsedTime(started))
        {
            TrustProblem = problem,
            ApplicationProtocol = alpn,
        };
        if (problem is not null)
        {
            Warn(ProbeStep.Tls, ProbeReason.UntrustedCertificate, $"the certificate is not trusted for {_target.Host}: {problem}; accepted because the target is marked insecure");
        }
    }

    private X509ChainPolicy ChainPolicy()
    {
        var policy = new X509ChainPolicy
        {
            RevocationMode = X509RevocationMode.NoCheck,

            // A server's certificate can name a URL for its issuer; fetching it would contact a host the user never named.
            DisableCertificateDownloads = true,
            VerificationTime = _time.GetUtcNow().LocalDateTime,
            VerificationTimeIgnored = false,
        };
        if (_options.TrustedRoots is { } roots)
        {
            policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            policy.CustomTrustStore.AddRange(roots);
        }

        return policy;
    }

    private static CertificateObservation Observe(X509Certificate presented)
    {
        using var certificate = X509CertificateLoader.LoadCertificate(presented.GetRawCertData());
        var names = new List<string>();
        foreach (var extension in certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>())
        {
            names.AddRange(extension.EnumerateDnsNames());
            names.AddRange(extension.EnumerateIPAddresses().Select(a => a.ToString()));
        }

        return new CertificateObservation(
            certificate.Subject,
            certificate.Issuer,
            new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256)))
        {
            AlternativeNames = [.. names],
        };
    }

    private string TrustProblem(SslPolicyErrors errors, X509Chain? chain, CertificateObservation? certificate)
    {
        var problems = new List<string>();
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            problems.Add("the server sent no certificate");
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            var names = certificate is null || certificate.AlternativeNames.IsEmpty ? "other names" : string.Join(", ", certificate.AlternativeNames);
            problems.Add($"it is for {names}, not {_target.Host}");
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors))
        {
            var flags = chain?.ChainStatus.Select(s => s.Status).Where(s => s != X509ChainStatusFlags.NoError).Distinct().ToList() ?? [];
            foreach (var flag in flags)
            {
                problems.Add(flag switch
                {
                    X509ChainStatusFlags.UntrustedRoot => "its root is not a trusted CA (self-signed, or signed by a private CA)",
                    X509ChainStatusFlags.PartialChain => "its issuer is not known here (the chain does not reach a trusted CA)",
                    X509ChainStatusFlags.NotTimeValid when certificate is not null => $"it is not valid now (valid {certificate.NotBefore:yyyy-MM-dd} to {certificate.NotAfter:yyyy-MM-dd})",
                    X509ChainStatusFlags.NotTimeValid => "it is not valid now",
                    X509ChainStatusFlags.Revoked => "it is revoked",
                    X509ChainStatusFlags.NotSignatureValid => "its signature is not valid",
                    _ => flag.ToString(),
                });
            }

            if (flags.Count == 0)
            {
                problems.Add("its chain is not valid");
            }
        }

        return string.Join("; ", problems);
    }

    private static string ProtocolText(SslProtocols protocol) => protocol switch
    {
        SslProtocols.Tls13 => "TLS 1.3",
        SslProtocols.Tls12 => "TLS 1.2",
        _ => protocol.ToString(),
    };
}
