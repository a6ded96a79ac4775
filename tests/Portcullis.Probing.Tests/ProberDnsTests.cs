using System.Net;
using Portcullis.Testing.Network;

namespace Portcullis.Probing.Tests;

/// <summary>Name resolution: what each resolver answer becomes, without asking any DNS server.</summary>
public sealed class ProberDnsTests
{
    [Theory]
    // A name that does not exist (NXDOMAIN).
    [InlineData("missing.test", ProbeReason.NameNotFound, "missing.test does not exist (NXDOMAIN)")]
    // A name without address records.
    [InlineData("nodata.test", ProbeReason.NoAddress, "nodata.test exists but has no address")]
    // A resolver that fails (SERVFAIL, no answer).
    [InlineData("servfail.test", ProbeReason.DnsFailure, "the resolver could not answer for servfail.test (server failure or no answer)")]
    public async Task Probe_ResolverFailure_IsBlockedAtDnsWithTheReason(string name, ProbeReason reason, string message)
    {
        var options = new ProberOptions { Resolver = new FakeResolver() };

        var result = await new Prober(options).ProbeAsync(ProbeTarget.ForTcp(name, 443), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Blocked, result);
        Assert.Equal(new ProbeFinding(ProbeStep.Dns, reason, message), result.Failure);
        Assert.Null(result.Dns);
        Assert.Null(result.Tcp);
    }

    [Fact]
    public async Task Probe_InvalidTopLevelDomain_FailsWithoutAQuery()
    {
        // RFC 6761 §6.4: names under .invalid never resolve, and the system resolver here answers so itself.
        var result = await new Prober().ProbeAsync(ProbeTarget.ForDns("registry.invalid"), TestContext.Current.CancellationToken);

        Assert.Equal(new ProbeFinding(ProbeStep.Dns, ProbeReason.NameNotFound, "registry.invalid does not exist (NXDOMAIN)"), result.Failure);
    }

    [Fact]
    public async Task SystemResolver_Localhost_IsLoopbackWithoutAQuery()
    {
        var addresses = await SystemHostResolver.Instance.ResolveAsync("api.localhost", TestContext.Current.CancellationToken);

        Assert.Equal([IPAddress.Loopback, IPAddress.IPv6Loopback], addresses);
    }

    [Fact]
    public async Task Probe_DnsDepth_IsOpenWithTheAddresses()
    {
        var options = new ProberOptions { Resolver = new FakeResolver().Add("us.icr.io.test", IPAddress.Parse("192.0.2.10"), IPAddress.Parse("2001:db8::10")) };

        var result = await new Prober(options).ProbeAsync(ProbeTarget.ForDns("us.icr.io.test"), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Open, result);
        Assert.Equal(["192.0.2.10", "2001:db8::10"], result.Dns!.Addresses.Select(a => a.ToString()));
        Assert.False(result.Dns.IsAddressLiteral);
        Assert.Null(result.Tcp);
    }

    [Fact]
    public async Task Probe_FirstAddressRefuses_TriesTheNextAndRecordsTheFailure()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);
        // ::1 on the server's port: nothing listens there (the server is on 127.0.0.1 only), or IPv6 is off.
        var options = new ProberOptions { Resolver = new FakeResolver().Add("dual.test", IPAddress.IPv6Loopback, IPAddress.Loopback) };

        var result = await new Prober(options).ProbeAsync(ProbeTarget.ForTcp("dual.test", server.Port), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Open, result);
        Assert.Equal(server.Endpoint, result.Tcp!.RemoteEndPoint);
        var attempt = Assert.Single(result.Tcp.FailedAttempts);
        Assert.StartsWith($"[::1]:{server.Port}: ", attempt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_EveryAddressRefuses_ListsEachAttempt()
    {
        var port = LoopbackServer.ClosedPort();
        var options = new ProberOptions { Resolver = new FakeResolver().Add("two.test", IPAddress.Loopback, IPAddress.Parse("127.0.0.2")) };

        var result = await new Prober(options).ProbeAsync(ProbeTarget.ForTcp("two.test", port), TestContext.Current.CancellationToken);

        Assert.Equal(ProbeReason.Refused, result.Failure!.Reason);
        Assert.Equal(
            $"no address answered: 127.0.0.1:{port}: connection refused by 127.0.0.1:{port} (nothing listens there, or a firewall rejects it); "
            + $"127.0.0.2:{port}: connection refused by 127.0.0.2:{port} (nothing listens there, or a firewall rejects it)",
            result.Failure.Message);
    }
}
