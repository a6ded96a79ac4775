using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portcullis.Testing.Network;

namespace Portcullis.Probing.Tests;

/// <summary>
/// The probe against Kestrel, a real HTTP server (on 127.0.0.1), so that the HTTP step is known to work with chunked
/// bodies, compression and a server's own handling of bad requests, not only with the small test server.
/// </summary>
public sealed class KestrelInteropTests
{
    private static async Task<(WebApplication App, int TlsPort, int PlainPort)> StartAsync(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddResponseCompression(o => o.EnableForHttps = true);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        app.UseResponseCompression();
        app.MapGet("/version", () => Results.Json(new { major = "1", minor = "31", gitVersion = "v1.31.2+IKS", padding = new string('x', 4000) }));
        await app.StartAsync(TestContext.Current.CancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var tls = new Uri(addresses.Single(a => a.StartsWith("https", StringComparison.Ordinal))).Port;
        var plain = new Uri(addresses.Single(a => a.StartsWith("http:", StringComparison.Ordinal))).Port;
        return (app, tls, plain);
    }

    [Fact]
    public async Task Probe_KestrelChunkedCompressedJson_IsChecked()
    {
        using var certificate = TestCertificates.SelfSigned();
        var (app, tlsPort, _) = await StartAsync(certificate);
        await using var _ = app;
        var target = ProbeTarget.ForHttp("127.0.0.1", tlsPort, useTls: true, new HttpCheck("GET", "/version", body: BodyExpectation.JsonProperty("gitVersion")))
            with
        { AllowUntrustedCertificate = true };

        var result = await new Prober().ProbeAsync(target, TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Degraded, result);
        Assert.Equal("JSON gitVersion = \"v1.31.2+IKS\"", result.Http!.BodyCheck);
        Assert.StartsWith("application/json", result.Http.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_TlsToKestrelsPlainPort_FailsAtTls()
    {
        using var certificate = TestCertificates.SelfSigned();
        var (app, _, plainPort) = await StartAsync(certificate);
        await using var _ = app;

        var result = await new Prober(new ProberOptions { StepTimeout = TimeSpan.FromSeconds(2) }).ProbeAsync(ProbeTarget.ForTls("127.0.0.1", plainPort), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Blocked, result);
        Assert.Equal(ProbeStep.Tls, result.Failure!.Step);
        Assert.Contains(result.Failure.Reason, new[] { ProbeReason.TlsFailure, ProbeReason.Closed });
    }
}
