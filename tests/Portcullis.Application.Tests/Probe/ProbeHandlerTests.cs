using System.Net;
using System.Text.Json;
using Portcullis.Application.Hosting;
using Portcullis.Application.Probe;
using Portcullis.Application.Tests.Support;
using Portcullis.Formats.Reports;
using Portcullis.Testing.Network;

namespace Portcullis.Application.Tests.Probe;

/// <summary>
/// The probe handler against servers the tests start on 127.0.0.1 (and names under .invalid, which never resolve):
/// the environment's proxy variables, now given in-process, the live display, and interruption.
/// </summary>
public sealed class ProbeHandlerTests
{
    [Fact]
    public async Task Run_OpenTarget_ExitsZeroWithTheSummary()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ProbeHandler(), new ProbeOptions { Targets = [server.Url("/api/v1/messages")], ExpectStatus = "200,204" });

        Assert.Equal(ExitCodes.Success, code);
        Assert.EndsWith("\n1 target: 1 open, 0 degraded, 0 blocked\n", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ProxyVariables_AreReadFromTheEnvironmentGiven()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);
        await using var proxy = ConnectProxy.Start();
        proxy.Rules.Hosts["registry.invalid"] = IPAddress.Loopback;
        var options = new ProbeOptions { Targets = [$"registry.invalid:{server.Port}"], Format = ReportFormat.Json };
        var proxied = new TestEnvironment(variables: new Dictionary<string, string> { ["HTTPS_PROXY"] = proxy.Url });
        var bypassed = new TestEnvironment(variables: new Dictionary<string, string> { ["HTTPS_PROXY"] = proxy.Url, ["no_proxy"] = ".invalid" });

        Assert.Equal(ExitCodes.Success, await proxied.RunAsync(new ProbeHandler(), options));
        Assert.Equal(ExitCodes.Findings, await bypassed.RunAsync(new ProbeHandler(), options));

        Assert.Equal(proxy.Url + "/", Result(proxied.Output).GetProperty("proxy").GetString());
        Assert.Equal("name_not_found", Result(bypassed.Output).GetProperty("failure").GetProperty("reason").GetString());
        Assert.Single(proxy.Requests);
    }

    [Fact]
    public async Task Run_ExplicitProxy_StillHonoursTheEnvironmentsNoProxy()
    {
        await using var proxy = ConnectProxy.Start();
        var test = new TestEnvironment(variables: new Dictionary<string, string> { ["NO_PROXY"] = "registry.invalid" });

        var code = await test.RunAsync(new ProbeHandler(), new ProbeOptions { Targets = ["registry.invalid:443"], Proxy = proxy.Url, Format = ReportFormat.Json });

        // Bypassed, so resolved here, where .invalid never resolves; the proxy never saw it.
        Assert.Equal(ExitCodes.Findings, code);
        Assert.Equal(JsonValueKind.Null, Result(test.Output).GetProperty("proxy").ValueKind);
        Assert.Empty(proxy.Requests);
    }

    [Fact]
    public async Task Run_MalformedProxyVariable_ExitsTwoNamingIt()
    {
        var test = new TestEnvironment(variables: new Dictionary<string, string> { ["https_proxy"] = "socks5://127.0.0.1:1080" });

        var code = await test.RunAsync(new ProbeHandler(), new ProbeOptions { Targets = ["x.invalid:443"] });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("portcullis: error: the proxy environment is not usable: https_proxy: 'socks5://127.0.0.1:1080': only http:// proxies are supported", test.Error, StringComparison.Ordinal);
        Assert.EndsWith("\nFix the variable, or override it with --proxy URL or --proxy none.\n", test.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OnATerminalThatRedraws_ShowsTheTargetsLiveThenTheDetails()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);
        var terminal = new RecordingTerminal(canRedraw: true);
        var test = new TestEnvironment(terminal);

        var code = await test.RunAsync(new ProbeHandler(), new ProbeOptions { Targets = [server.Url("/api/v1/messages")], ExpectStatus = "204", Detail = true });

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, test.Output);
        Assert.Single(terminal.ProbedTargets);
        Assert.Contains(terminal.ProbeProgress, p => p.Result is not null);
        Assert.Contains(": open in ", Assert.Single(terminal.Texts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OnATerminalThatCannotRedraw_WritesThePlainReport()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);
        var terminal = new RecordingTerminal(canRedraw: false);
        var test = new TestEnvironment(terminal);

        await test.RunAsync(new ProbeHandler(), new ProbeOptions { Targets = [server.Url("/api/v1/messages")] });

        Assert.Empty(terminal.ProbeProgress);
        Assert.EndsWith("1 target: 1 open, 0 degraded, 0 blocked\n", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Interrupted_Exits130SayingNoReportWasWritten()
    {
        await using var silent = LoopbackServer.Silent();
        var test = new TestEnvironment();
        using var interrupt = new CancellationTokenSource();
        var run = test.RunAsync(new ProbeHandler(), new ProbeOptions { Targets = [$"tls://{silent.Endpoint}"], Timeout = TimeSpan.FromSeconds(60) }, interrupt.Token);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (silent.Accepted == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        await interrupt.CancelAsync();

        Assert.Equal(ExitCodes.Interrupted, await run);
        Assert.Equal("portcullis: probe interrupted; no report written\n", test.Error);
        Assert.Equal(string.Empty, test.Output);
    }

    [Fact]
    public async Task Run_NothingToProbe_IsAUsageError()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ProbeHandler(), new ProbeOptions());

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("portcullis: error: nothing to probe", test.Error, StringComparison.Ordinal);
    }

    private static JsonElement Result(string json) => JsonDocument.Parse(json).RootElement.GetProperty("results")[0].Clone();
}
