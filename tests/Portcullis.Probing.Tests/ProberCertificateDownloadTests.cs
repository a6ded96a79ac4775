using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Portcullis.Testing.Network;

namespace Portcullis.Probing.Tests;

/// <summary>
/// A server's certificate can name a URL for its issuer (Authority Information Access); .NET downloads it by default
/// while building the chain, which would contact a host the user never named. The prober never does.
/// </summary>
public sealed class ProberCertificateDownloadTests
{
    [Fact]
    public async Task Probe_CertificateWhoseIssuerIsOnlyAtAUrl_NeverFetchesItAndIsUntrusted()
    {
        // The AIA "host": any request it gets is a download the probe must not make.
        await using var aia = LoopbackHttpServer.Start(new Dictionary<string, TestResponse>());
        using var root = TestCertificates.Authority("Portcullis Test Root");
        using var intermediate = Intermediate(root);
        using var leaf = Leaf(intermediate, aia.Url("/intermediate.cer"));

        // The server sends the leaf alone (offline: it looks nothing up either), so the chain needs the intermediate.
        var context = SslStreamCertificateContext.Create(leaf, additionalCertificates: null, offline: true);
        await using var server = new LoopbackServer(async (socket, stop) =>
        {
            await using var ssl = new SslStream(new NetworkStream(socket, ownsSocket: true));
            await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificateContext = context }, stop);
        });
        var options = new ProberOptions { StepTimeout = TimeSpan.FromSeconds(5), TrustedRoots = [X509CertificateLoader.LoadCertificate(root.RawData)] };

        var result = await new Prober(options).ProbeAsync(ProbeTarget.ForTls("127.0.0.1", server.Port), TestContext.Current.CancellationToken);

        Assert.Empty(aia.Requests);
        ProbeAssert.Status(ProbeStatus.Blocked, result);
        Assert.Equal(ProbeReason.UntrustedCertificate, result.Failure!.Reason);
        Assert.Contains("its issuer is not known here", result.Failure.Message, StringComparison.Ordinal);
    }

    private static X509Certificate2 Intermediate(X509Certificate2 root)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Portcullis Test Intermediate", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        using var issued = request.Create(root, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1), RandomNumberGenerator.GetBytes(12));
        return issued.CopyWithPrivateKey(key);
    }

    private static X509Certificate2 Leaf(X509Certificate2 intermediate, string issuerUrl)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(intermediate, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        request.CertificateExtensions.Add(new X509AuthorityInformationAccessExtension(ocspUris: null, caIssuersUris: [issuerUrl]));
        using var issued = request.Create(intermediate, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30), RandomNumberGenerator.GetBytes(12));
        return issued.CopyWithPrivateKey(key);
    }
}
