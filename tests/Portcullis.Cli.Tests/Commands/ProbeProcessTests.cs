using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Portcullis.Testing.Network;

namespace Portcullis.Cli.Tests.Commands;

/// <summary>
/// The built <c>portcullis</c> run as a process, because the proxy variables are the process's environment (which
/// in-process tests must not change under each other).
/// </summary>
public sealed class ProbeProcessTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "portcullis.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in new[] { "http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Probe_HttpsProxyAndNoProxyVariables_AreHonoured()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);
        await using var proxy = ConnectProxy.Start();
        proxy.Rules.Hosts["registry.invalid"] = IPAddress.Loopback;
        var target = $"registry.invalid:{server.Port}";

        var proxied = await RunAsync(new Dictionary<string, string> { ["HTTPS_PROXY"] = proxy.Url }, "probe", "-t", target, "--format", "json");
        var bypassed = await RunAsync(new Dictionary<string, string> { ["HTTPS_PROXY"] = proxy.Url, ["NO_PROXY"] = ".invalid" }, "probe", "-t", target, "--format", "json");

        Assert.True(proxied.ExitCode == 0, proxied.Output + proxied.Error);
        using (var document = JsonDocument.Parse(proxied.Output))
        {
            var result = document.RootElement.GetProperty("results")[0];
            Assert.Equal("open", result.GetProperty("status").GetString());
            Assert.Equal(proxy.Url + "/", result.GetProperty("proxy").GetString());
        }

        // With NO_PROXY the name is resolved here, where .invalid never resolves.
        Assert.Equal(1, bypassed.ExitCode);
        using (var document = JsonDocument.Parse(bypassed.Output))
        {
            var result = document.RootElement.GetProperty("results")[0];
            Assert.Equal("name_not_found", result.GetProperty("failure").GetProperty("reason").GetString());
            Assert.Equal(JsonValueKind.Null, result.GetProperty("proxy").ValueKind);
        }

        Assert.Single(proxy.Requests);
    }

    [Fact]
    public async Task Probe_Interrupted_Exits130WithoutAStackTrace()
    {
        await using var silent = LoopbackServer.Silent();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "portcullis.dll"), "probe", "-t", $"tls://{silent.Endpoint}", "--timeout", "60s" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        // Wait until the probe holds a connection to the silent server, then interrupt as Ctrl+C does.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (silent.Accepted == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Equal(1, silent.Accepted);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(130, process.ExitCode);
        Assert.Equal("portcullis: probe interrupted; no report written\n", (await error).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Probe_MalformedProxyVariable_ExitsTwoNamingIt()
    {
        var result = await RunAsync(new Dictionary<string, string> { ["https_proxy"] = "socks5://127.0.0.1:1080" }, "probe", "-t", "x.invalid:443");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("https_proxy: 'socks5://127.0.0.1:1080': only http:// proxies are supported", result.Error, StringComparison.Ordinal);
    }
}
