using Portcullis.Core.Sets;
using Portcullis.Testing.Network;

namespace Portcullis.Probing.Tests;

/// <summary>HTTP checks against plain servers on 127.0.0.1: statuses, bodies, and what is reported.</summary>
public sealed class ProberHttpTests
{
    private static readonly ProberOptions Fast = new() { StepTimeout = TimeSpan.FromSeconds(2) };

    private static ProbeTarget Target(string url, string? statuses = null, BodyExpectation? body = null)
    {
        Assert.True(ProbeTarget.TryParse(url, out var target, out var error), error);
        var check = target.Http!;
        if (statuses is not null)
        {
            Assert.True(HttpCheck.TryParseStatuses(statuses, out var accepted, out error), error);
            check = check.WithStatuses(accepted);
        }

        return target.WithHttp(check.WithBody(body));
    }

    [Fact]
    public async Task Probe_RegistryMessages204_IsOpenAndSaysWhatWasChecked()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);

        var result = await new Prober(Fast).ProbeAsync(Target(server.Url("/api/v1/messages"), "200,204"), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Open, result);
        Assert.Null(result.Failure);
        Assert.True(result.Dns!.IsAddressLiteral);
        Assert.Equal(server.Endpoint, result.Tcp!.RemoteEndPoint);
        Assert.Null(result.Tls);
        Assert.Equal(204, result.Http!.StatusCode);
        Assert.Equal("No Content", result.Http.ReasonPhrase);
        Assert.Equal("204 is one of 200,204", result.Http.StatusCheck);
        Assert.Equal("GET /api/v1/messages", result.Http.Request);
        var request = Assert.Single(server.Requests);
        Assert.Equal("GET /api/v1/messages HTTP/1.1", request.Head.FirstLine);
        Assert.Equal(server.Endpoint, request.Head.Headers["Host"]);
    }

    [Fact]
    public async Task Probe_ServerAnswers500_IsBlockedAtHttpWithTheStatus()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);

        var result = await new Prober(Fast).ProbeAsync(Target(server.Url("/error")), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Blocked, result);
        Assert.Equal(ProbeStep.Http, result.Failure!.Step);
        Assert.Equal(ProbeReason.UnexpectedStatus, result.Failure.Reason);
        Assert.Equal("the server answered 500 Internal Server Error; expected 200-399", result.Failure.Message);
        Assert.Equal(500, result.Http!.StatusCode);
    }

    [Fact]
    public async Task Probe_RedirectOutsideTheAcceptedStatuses_NamesWhereItPoints()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);

        var result = await new Prober(Fast).ProbeAsync(Target(server.Url("/login"), "2xx"), TestContext.Current.CancellationToken);

        Assert.Equal(ProbeReason.UnexpectedStatus, result.Failure!.Reason);
        Assert.Contains("302 Found, redirecting to /login/next; expected 200-299", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_MasterVersionJson_ReportsGitVersion()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);

        var result = await new Prober(Fast).ProbeAsync(Target(server.Url("/version"), body: BodyExpectation.JsonProperty("gitVersion")), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Open, result);
        Assert.Equal("JSON gitVersion = \"v1.30.4+IKS\"", result.Http!.BodyCheck);
        Assert.Equal("application/json", result.Http.ContentType);
        Assert.True(result.Http.BodyBytesRead > 0);
    }

    [Theory]
    // A JSON body without the property: reachable, but not the endpoint asked for.
    [InlineData("/global/v1/versions", "gitVersion", "JSON body has no property gitVersion")]
    // A body that is not JSON at all, such as a proxy's block page.
    [InlineData("/v1/", "gitVersion", "body is not JSON (starts with \"IBM Cloud Kubernetes Service   ~~ containers API ~~\")")]
    public async Task Probe_JsonExpectationNotMet_IsBlockedWithWhatTheBodyHeld(string path, string property, string expected)
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);

        var result = await new Prober(Fast).ProbeAsync(Target(server.Url(path), body: BodyExpectation.JsonProperty(property)), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Blocked, result);
        Assert.Equal(ProbeReason.UnexpectedBody, result.Failure!.Reason);
        Assert.Contains(expected, result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_ContainersBanner_MatchesText()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);

        var result = await new Prober(Fast).ProbeAsync(Target(server.Url("/v1/"), body: BodyExpectation.Contains("containers API")), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Open, result);
        Assert.Equal("body contains \"containers API\"", result.Http!.BodyCheck);
    }

    [Fact]
    public async Task Probe_HeadRequest_SendsTheMethod()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);
        var target = Target(server.Url("/"));

        var result = await new Prober(Fast).ProbeAsync(target.WithHttp(target.Http!.WithMethod("HEAD")), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Open, result);
        Assert.Equal("HEAD / HTTP/1.1", Assert.Single(server.Requests).Head.FirstLine);
    }

    [Fact]
    public async Task Probe_ServerThatNeverAnswers_TimesOutAtHttp()
    {
        await using var server = LoopbackServer.Silent();
        var options = new ProberOptions { StepTimeout = TimeSpan.FromMilliseconds(300) };

        var result = await new Prober(options).ProbeAsync(Target($"http://{server.Endpoint}/"), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Blocked, result);
        Assert.Equal(ProbeStep.Http, result.Failure!.Step);
        Assert.Equal(ProbeReason.Timeout, result.Failure.Reason);
        Assert.Equal("the answer to GET / took longer than 300ms", result.Failure.Message);
        Assert.NotNull(result.Tcp);
    }

    [Fact]
    public async Task Probe_PacketsDropped_TimesOutAtTcp()
    {
        using var hole = new BlackHole();
        var options = new ProberOptions { StepTimeout = TimeSpan.FromMilliseconds(300) };

        var result = await new Prober(options).ProbeAsync(ProbeTarget.ForTcp("127.0.0.1", hole.Port), TestContext.Current.CancellationToken);

        Assert.Equal(ProbeStep.Tcp, result.Failure!.Step);
        Assert.Equal(ProbeReason.Timeout, result.Failure.Reason);
        Assert.Equal(
            $"the connection to 127.0.0.1:{hole.Port} took longer than 300ms: packets are dropped on the way (a firewall that drops rather than rejects looks like this)",
            result.Failure.Message);
    }

    [Fact]
    public async Task Probe_NothingListening_IsRefusedAtTcp()
    {
        var port = LoopbackServer.ClosedPort();

        var result = await new Prober(Fast).ProbeAsync(Target($"http://127.0.0.1:{port}/"), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Blocked, result);
        Assert.Equal(ProbeStep.Tcp, result.Failure!.Step);
        Assert.Equal(ProbeReason.Refused, result.Failure.Reason);
        Assert.Equal($"connection refused by 127.0.0.1:{port} (nothing listens there, or a firewall rejects it)", result.Failure.Message);
        Assert.Null(result.Tcp);
    }

    [Fact]
    public async Task Probe_ServerClosesWithoutAnswer_IsClosedAtHttp()
    {
        await using var server = new LoopbackServer(async (socket, stop) =>
        {
            using var stream = new System.Net.Sockets.NetworkStream(socket);
            _ = await HttpHead.ReadAsync(stream, stop);
        });

        var result = await new Prober(Fast).ProbeAsync(Target($"http://{server.Endpoint}/"), TestContext.Current.CancellationToken);

        Assert.Equal(ProbeStep.Http, result.Failure!.Step);
        Assert.Equal(ProbeReason.Closed, result.Failure.Reason);
        Assert.Equal("the server closed the connection without answering GET /", result.Failure.Message);
    }

    [Fact]
    public async Task Probe_AnswerThatIsNotHttp_IsAProtocolError()
    {
        await using var server = new LoopbackServer(async (socket, stop) =>
        {
            using var stream = new System.Net.Sockets.NetworkStream(socket);
            _ = await HttpHead.ReadAsync(stream, stop);
            await stream.WriteAsync("SSH-2.0-OpenSSH_9.6\r\n\r\n"u8.ToArray(), stop);
        });

        var result = await new Prober(Fast).ProbeAsync(Target($"http://{server.Endpoint}/"), TestContext.Current.CancellationToken);

        Assert.Equal(ProbeStep.Http, result.Failure!.Step);
        Assert.Equal(ProbeReason.ProtocolError, result.Failure.Reason);
    }

    [Fact]
    public async Task Probe_StatusSetFromText_AcceptsRanges()
    {
        Assert.True(HttpCheck.TryParseStatuses("200-204,3xx", out var statuses, out _));
        Assert.Equal(IntervalSet<int>.Of(new Interval<int>(200, 204), new Interval<int>(300, 399)), statuses);
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);

        var result = await new Prober(Fast).ProbeAsync(Target(server.Url("/login"), "200-204,3xx"), TestContext.Current.CancellationToken);

        ProbeAssert.Status(ProbeStatus.Open, result);
    }
}
