using System.Net;
using System.Security.Cryptography.X509Certificates;
using Portcullis.Testing.Network;

namespace Portcullis.Probing.Tests;

/// <summary>
/// Through an HTTP proxy (a CONNECT proxy the test starts): the proxy resolves the target's name, the probe says the
/// path went through it, and the proxy's refusals become reasons.
/// </summary>
public sealed class ProberProxyTests
{
    private static ProxySettings Proxy(ConnectProxy proxy, string? noProxy = null, string? url = null)
    {
        Assert.True(ProxySettings.TryCreate(url ?? proxy.Url, url ?? proxy.Url, noProxy, out var settings, out var error), error);
        return settings;
    }

    [Fact]
    public async Task Probe_HttpsThroughProxy_TunnelsWithConnectAndLetsTheProxyResolve()
    {
        using var authority = TestCertificates.Authority();
        using var certificate = TestCertificates.IssuedBy(authority, "registry.test");
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes, certificate);
        await using var proxy = ConnectProxy.Start();
        proxy.Rules.Hosts["registry.test"] = IPAddress.Loopback;
        var resolver = new FakeResolver();
        var options = new ProberOptions { Proxy = Proxy(proxy), Resolver = resolver, TrustedRoots = [X509CertificateLoader.LoadCertificate(authority.RawData)] };
        var target = ProbeTarget.ForHttp("registry.test", server.Port, useTls: true, new HttpCheck("GET", "/api/v1/messages"));

        var result = await new Prober(options).ProbeAsync(target, TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Open, result);
        Assert.Equal(new Uri(proxy.Url), result.Proxy);
        Assert.True(result.Dns!.IsProxyName);
        Assert.True(result.Dns.IsAddressLiteral);
        Assert.Empty(resolver.Queries);
        Assert.Equal(proxy.Endpoint, result.Tcp!.RemoteEndPoint);
        Assert.Equal(new Uri(proxy.Url), result.Tcp.Proxy);
        Assert.Equal("200 Connection established", result.Tcp.ProxyAnswer);
        Assert.Equal($"CONNECT registry.test:{server.Port} HTTP/1.1", Assert.Single(proxy.Requests).FirstLine);
        Assert.Equal("registry.test", Assert.Single(server.Requests).ServerName);
    }

    [Fact]
    public async Task Probe_ProxyDeniesTheDestination_IsBlockedAtTcpWithTheProxysAnswer()
    {
        await using var proxy = ConnectProxy.Start();
        proxy.Rules.Denied.Add("us.icr.io:443");

        var result = await new Prober(new ProberOptions { Proxy = Proxy(proxy) }).ProbeAsync(ProbeTarget.ForTls("us.icr.io", 443), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Blocked, result);
        Assert.Equal(new ProbeFinding(ProbeStep.Tcp, ProbeReason.ProxyRefused, $"the proxy {proxy.Url}/ refused CONNECT us.icr.io:443 (403 Forbidden)"), result.Failure);
        Assert.Equal("403 Forbidden", result.Tcp!.ProxyAnswer);
    }

    [Fact]
    public async Task Probe_ProxyCannotResolveTheName_SaysTheProxyCouldNotReachIt()
    {
        await using var proxy = ConnectProxy.Start();

        var result = await new Prober(new ProberOptions { Proxy = Proxy(proxy) }).ProbeAsync(ProbeTarget.ForTcp("nowhere.test", 2379), TestContext.Current.CancellationToken);

        Assert.Equal(new ProbeFinding(ProbeStep.Tcp, ProbeReason.ProxyRefused, $"the proxy {proxy.Url}/ could not reach nowhere.test:2379 (502 Bad Gateway)"), result.Failure);
    }

    [Fact]
    public async Task Probe_ProxyWantsCredentials_SaysHowToGiveThem()
    {
        await using var proxy = ConnectProxy.Start(new ConnectProxy.ProxyRules { Credentials = "alice:s3cret" });

        var result = await new Prober(new ProberOptions { Proxy = Proxy(proxy) }).ProbeAsync(ProbeTarget.ForTcp("127.0.0.1", 9), TestContext.Current.CancellationToken);

        Assert.Equal(ProbeReason.ProxyRefused, result.Failure!.Reason);
        Assert.Contains("wants credentials for CONNECT 127.0.0.1:9 (407 Proxy Authentication Required)", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_ProxyCredentialsInTheUrl_AreSentAndNeverShown()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);
        await using var proxy = ConnectProxy.Start(new ConnectProxy.ProxyRules { Credentials = "alice:s3cret" });
        var settings = Proxy(proxy, url: $"http://alice:s3cret@127.0.0.1:{proxy.Port}");

        var result = await new Prober(new ProberOptions { Proxy = settings }).ProbeAsync(ProbeTarget.ForTcp("127.0.0.1", server.Port), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Open, result);
        Assert.Equal($"http://alice:***@127.0.0.1:{proxy.Port}/", result.Proxy!.ToString());
        Assert.DoesNotContain("s3cret", result.Tcp!.Proxy!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_PlainHttpThroughProxy_IsForwardedInAbsoluteForm()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);
        await using var proxy = ConnectProxy.Start();
        proxy.Rules.Hosts["web.test"] = IPAddress.Loopback;
        var target = ProbeTarget.ForHttp("web.test", server.Port, useTls: false, new HttpCheck("GET", "/version"));

        var result = await new Prober(new ProberOptions { Proxy = Proxy(proxy) }).ProbeAsync(target, TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Open, result);
        Assert.Null(result.Tcp!.ProxyAnswer);
        Assert.Equal($"GET http://web.test:{server.Port}/version HTTP/1.1", Assert.Single(proxy.Requests).FirstLine);
        Assert.Equal("/version", Assert.Single(server.Requests).Head.PathAndQuery);
    }

    [Fact]
    public async Task Probe_PlainHttpThroughProxyWithCredentials_SendsThem()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);
        await using var proxy = ConnectProxy.Start(new ConnectProxy.ProxyRules { Credentials = "alice:s3cret" });
        var settings = Proxy(proxy, url: $"http://alice:s3cret@127.0.0.1:{proxy.Port}");
        var target = ProbeTarget.ForHttp("127.0.0.1", server.Port, useTls: false, new HttpCheck("GET", "/version"));

        var result = await new Prober(new ProberOptions { Proxy = settings }).ProbeAsync(target, TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Open, result);
        Assert.Equal("Basic YWxpY2U6czNjcmV0", Assert.Single(proxy.Requests).Headers["Proxy-Authorization"]);
    }

    [Fact]
    public async Task Probe_PlainHttpThroughProxyWithoutCredentials_IsRefusedByTheProxy()
    {
        await using var proxy = ConnectProxy.Start(new ConnectProxy.ProxyRules { Credentials = "alice:s3cret" });
        var target = ProbeTarget.ForHttp("127.0.0.1", 9, useTls: false, HttpCheck.Default);

        var result = await new Prober(new ProberOptions { Proxy = Proxy(proxy) }).ProbeAsync(target, TestContext.Current.CancellationToken);

        Assert.Equal(ProbeStep.Http, result.Failure!.Step);
        Assert.Equal(ProbeReason.ProxyRefused, result.Failure.Reason);
        Assert.Equal($"the proxy {proxy.Url}/ or the server answered 407 Proxy Authentication Required; expected 200-399", result.Failure.Message);
    }

    [Fact]
    public async Task Probe_NoProxyNamesTheHost_GoesDirect()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);
        await using var proxy = ConnectProxy.Start();

        var result = await new Prober(new ProberOptions { Proxy = Proxy(proxy, noProxy: "localhost,127.0.0.0/8") }).ProbeAsync(ProbeTarget.ForTcp("127.0.0.1", server.Port), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Open, result);
        Assert.Null(result.Proxy);
        Assert.Null(result.Tcp!.Proxy);
        Assert.Empty(proxy.Requests);
    }

    [Fact]
    public async Task Probe_ProxyNotListening_IsRefusedAndNamesTheProxy()
    {
        var port = LoopbackServer.ClosedPort();
        Assert.True(ProxySettings.TryCreate($"127.0.0.1:{port}", null, null, out var settings, out _));

        var result = await new Prober(new ProberOptions { Proxy = settings }).ProbeAsync(ProbeTarget.ForTls("us.icr.io", 443), TestContext.Current.CancellationToken);

        Assert.Equal(ProbeStep.Tcp, result.Failure!.Step);
        Assert.Equal(ProbeReason.Refused, result.Failure.Reason);
        Assert.EndsWith($"(the proxy http://127.0.0.1:{port}/)", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_UpstreamRefusesBehindTheProxy_IsReportedByTheProxy()
    {
        var closed = LoopbackServer.ClosedPort();
        await using var proxy = ConnectProxy.Start();

        var result = await new Prober(new ProberOptions { Proxy = Proxy(proxy) }).ProbeAsync(ProbeTarget.ForTcp("127.0.0.1", closed), TestContext.Current.CancellationToken);

        Assert.Equal(new ProbeFinding(ProbeStep.Tcp, ProbeReason.ProxyRefused, $"the proxy {proxy.Url}/ could not reach 127.0.0.1:{closed} (503 Service Unavailable)"), result.Failure);
    }
}
