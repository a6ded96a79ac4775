using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Time.Testing;
using Portcullis.Testing.Network;

namespace Portcullis.Probing.Tests;

/// <summary>TLS handshakes with certificates made in the test: trust decisions, what is reported, failures.</summary>
public sealed class ProberTlsTests
{
    private static readonly TimeSpan Short = TimeSpan.FromSeconds(2);

    private static ProbeTarget Https(string host, int port, string path = "/", bool insecure = false) =>
        ProbeTarget.ForHttp(host, port, useTls: true, new HttpCheck("GET", path)) with { AllowUntrustedCertificate = insecure };

    [Fact]
    public async Task Probe_SelfSignedCertificate_IsBlockedAsUntrusted()
    {
        using var certificate = TestCertificates.SelfSigned();
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes, certificate);

        var result = await new Prober(new ProberOptions { StepTimeout = Short }).ProbeAsync(Https("127.0.0.1", server.Port, "/version"), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Blocked, result);
        Assert.Equal(ProbeStep.Tls, result.Failure!.Step);
        Assert.Equal(ProbeReason.UntrustedCertificate, result.Failure.Reason);
        Assert.Equal(
            "the certificate CN=localhost (issued by CN=localhost) is not trusted for 127.0.0.1: its root is not a trusted CA (self-signed, or signed by a private CA); "
            + "to accept it anyway, mark the target insecure (as curl --insecure)",
            result.Failure.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Probe_SelfSignedCertificateOnAnInsecureTarget_IsDegradedAndStillChecked()
    {
        using var certificate = TestCertificates.SelfSigned();
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes, certificate);
        var target = Https("127.0.0.1", server.Port, "/version", insecure: true);
        target = target.WithHttp(target.Http!.WithBody(BodyExpectation.JsonProperty("gitVersion")));

        var result = await new Prober(new ProberOptions { StepTimeout = Short }).ProbeAsync(target, TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Degraded, result);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ProbeStep.Tls, warning.Step);
        Assert.Equal(ProbeReason.UntrustedCertificate, warning.Reason);
        Assert.Contains("accepted because the target is marked insecure", warning.Message, StringComparison.Ordinal);
        var tls = result.Tls!;
        Assert.False(tls.Trusted);
        Assert.StartsWith("TLS 1.", tls.Protocol, StringComparison.Ordinal);
        Assert.NotEmpty(tls.CipherSuite);
        Assert.Equal("http/1.1", tls.ApplicationProtocol);
        Assert.Equal("CN=localhost", tls.Certificate!.Subject);
        Assert.Equal(Convert.ToHexString(certificate.GetCertHash(System.Security.Cryptography.HashAlgorithmName.SHA256)), tls.Certificate.Sha256Fingerprint);
        Assert.Equal(["localhost", "127.0.0.1"], tls.Certificate.AlternativeNames);
        Assert.Equal("JSON gitVersion = \"v1.30.4+IKS\"", result.Http!.BodyCheck);
    }

    [Fact]
    public async Task Probe_CertificateOfATrustedCa_IsOpenAndSendsTheServerName()
    {
        using var authority = TestCertificates.Authority();
        using var certificate = TestCertificates.IssuedBy(authority, "registry.test");
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes, certificate);
        var options = new ProberOptions
        {
            StepTimeout = Short,
            Resolver = new FakeResolver().Add("registry.test", IPAddress.Loopback),
            TrustedRoots = [X509CertificateLoader.LoadCertificate(authority.RawData)],
        };

        var result = await new Prober(options).ProbeAsync(Https("registry.test", server.Port, "/api/v1/messages"), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Open, result);
        Assert.True(result.Tls!.Trusted);
        Assert.Null(result.Tls.TrustProblem);
        Assert.Equal("CN=Portcullis Test CA", result.Tls.Certificate!.Issuer);
        Assert.Equal(["127.0.0.1"], result.Dns!.Addresses.Select(a => a.ToString()));
        var request = Assert.Single(server.Requests);
        Assert.Equal("registry.test", request.ServerName);
        Assert.Equal($"registry.test:{server.Port}", request.Head.Headers["Host"]);
    }

    [Fact]
    public async Task Probe_CertificateOfAnUnknownCa_IsBlockedWithTheIssuer()
    {
        using var authority = TestCertificates.Authority("Corporate Inspection CA");
        using var certificate = TestCertificates.IssuedBy(authority);
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes, certificate);

        var result = await new Prober(new ProberOptions { StepTimeout = Short }).ProbeAsync(Https("127.0.0.1", server.Port), TestContext.Current.CancellationToken);

        Assert.Equal(ProbeReason.UntrustedCertificate, result.Failure!.Reason);
        Assert.Contains("(issued by CN=Corporate Inspection CA) is not trusted", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_CertificateForAnotherName_SaysWhichNamesItHas()
    {
        using var authority = TestCertificates.Authority();
        using var certificate = TestCertificates.IssuedBy(authority, "other.test");
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes, certificate);
        var options = new ProberOptions { StepTimeout = Short, TrustedRoots = [X509CertificateLoader.LoadCertificate(authority.RawData)] };

        var result = await new Prober(options).ProbeAsync(Https("127.0.0.1", server.Port), TestContext.Current.CancellationToken);

        Assert.Equal(ProbeReason.UntrustedCertificate, result.Failure!.Reason);
        Assert.Contains("it is for other.test, not 127.0.0.1", result.Failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Inside the validity period at the provider's time: trusted.
    [InlineData("2020-06-01", ProbeStatus.Open)]
    // After it: the clock, not the machine's, decides.
    [InlineData("2021-06-01", ProbeStatus.Blocked)]
    public async Task Probe_CertificateValidity_IsJudgedAtTheTimeProvidersTime(string now, ProbeStatus expected)
    {
        using var authority = TestCertificates.Authority(notBefore: new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var certificate = TestCertificates.IssuedBy(authority, notBefore: new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), notAfter: new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes, certificate);
        var options = new ProberOptions
        {
            StepTimeout = Short,
            TrustedRoots = [X509CertificateLoader.LoadCertificate(authority.RawData)],
            TimeProvider = new FakeTimeProvider(DateTimeOffset.Parse(now + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)),
        };

        var result = await new Prober(options).ProbeAsync(Https("127.0.0.1", server.Port), TestContext.Current.CancellationToken);

        ProbeAssert.Status(expected, result);
        if (expected == ProbeStatus.Blocked)
        {
            Assert.Contains("it is not valid now (valid 2020-01-01 to 2021-01-01)", result.Failure!.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Probe_TlsDepth_StopsAfterTheHandshake()
    {
        using var certificate = TestCertificates.SelfSigned();
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes, certificate);
        var target = ProbeTarget.ForTls("127.0.0.1", server.Port) with { AllowUntrustedCertificate = true };

        var result = await new Prober(new ProberOptions { StepTimeout = Short }).ProbeAsync(target, TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Degraded, result);
        Assert.NotNull(result.Tls);
        Assert.Null(result.Tls.ApplicationProtocol);
        Assert.Null(result.Http);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Probe_ServerThatAcceptsButNeverHandshakes_TimesOutAtTls()
    {
        await using var server = LoopbackServer.Silent();

        var result = await new Prober(new ProberOptions { StepTimeout = TimeSpan.FromMilliseconds(300) }).ProbeAsync(ProbeTarget.ForTls("127.0.0.1", server.Port), TestContext.Current.CancellationToken);

        Assert.Equal(ProbeStep.Tls, result.Failure!.Step);
        Assert.Equal(ProbeReason.Timeout, result.Failure.Reason);
        Assert.Equal(
            $"the TLS handshake with {server.Endpoint} took longer than 300ms: the port is open but nothing answers TLS (or a firewall holds the handshake)",
            result.Failure.Message);
    }

    [Fact]
    public async Task Probe_ServerThatResetsOnTheClientHello_IsReset()
    {
        await using var server = LoopbackServer.Resetting();

        var result = await new Prober(new ProberOptions { StepTimeout = Short }).ProbeAsync(Https("127.0.0.1", server.Port), TestContext.Current.CancellationToken);

        Assert.Equal(ProbeStep.Tls, result.Failure!.Step);
        Assert.True(result.Failure.Reason == ProbeReason.Reset, result.Failure.Message);
        Assert.Equal($"connection reset by 127.0.0.1:{server.Port} during the TLS handshake (firewalls that filter on the TLS server name do this)", result.Failure.Message);
    }

    [Fact]
    public async Task Probe_PlainHttpOnATlsTarget_IsATlsFailure()
    {
        await using var server = new LoopbackServer(async (socket, stop) =>
        {
            await socket.SendAsync("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), System.Net.Sockets.SocketFlags.None, stop);
            await Task.Delay(200, stop);
        });

        var result = await new Prober(new ProberOptions { StepTimeout = Short }).ProbeAsync(Https("127.0.0.1", server.Port), TestContext.Current.CancellationToken);

        Assert.Equal(ProbeStep.Tls, result.Failure!.Step);
        Assert.True(result.Failure.Reason == ProbeReason.TlsFailure, result.Failure.Message);
        Assert.EndsWith("(is it TLS on this port?)", result.Failure.Message, StringComparison.Ordinal);
    }
}
