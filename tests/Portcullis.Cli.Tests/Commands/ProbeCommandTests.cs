using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portcullis.Testing.Network;

namespace Portcullis.Cli.Tests.Commands;

/// <summary>
/// <c>portcullis probe</c> run in-process against servers the tests start on 127.0.0.1 (and names under .invalid,
/// which never resolve): exit codes, the plain-text report, JSON, targets files, proxies and bad input.
/// </summary>
public sealed partial class ProbeCommandTests
{
    // Times vary from run to run, and so do ports and with them the column widths; the rest is deterministic.
    [GeneratedRegex(@"\d+ ms")]
    private static partial Regex Times();

    [GeneratedRegex(" {2,}")]
    private static partial Regex Padding();

    /// <summary>The first line that starts with <paramref name="start"/> (the table row), times as N, padding as one space.</summary>
    private static string Line(string output, string start) =>
        Padding().Replace(Times().Replace(output.Split('\n').First(l => l.StartsWith(start, StringComparison.Ordinal)), "N ms"), " ");

    [Fact]
    public async Task Probe_RegistryAnswers204_ExitsZeroWithAnOpenRow()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);

        var result = await CliRunner.RunAsync("probe", "--target", server.Url("/api/v1/messages"), "--expect-status", "200,204");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal($"{server.Url("/api/v1/messages")} - open http N ms 204 No Content", Line(result.Output, server.Url("/api/v1/messages")));
        Assert.EndsWith("\n1 target: 1 open, 0 degraded, 0 blocked\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_OneTargetBlocked_ExitsOneAndExplainsEachFailure()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);
        await using var silent = LoopbackServer.Silent();
        var closed = LoopbackServer.ClosedPort();

        var result = await CliRunner.RunAsync(
            "probe",
            "-t", server.Url("/version"),
            "-t", server.Url("/error"),
            "-t", $"127.0.0.1:{closed}",
            "-t", $"tls://{silent.Endpoint}",
            "-t", "us.icr.invalid:443",
            "--expect-json", "gitVersion",
            "--timeout", "300ms");

        Assert.Equal(1, result.ExitCode);
        var output = result.Output;
        Assert.Contains("open http N ms 200 OK; JSON gitVersion = \"v1.30.4+IKS\"", Line(output, server.Url("/version")), StringComparison.Ordinal);
        Assert.Contains("blocked http N ms the server answered 500 Internal Server Error; expected 200-399", Line(output, server.Url("/error")), StringComparison.Ordinal);
        Assert.Contains($"blocked tcp N ms connection refused by 127.0.0.1:{closed}", Line(output, $"127.0.0.1:{closed} "), StringComparison.Ordinal);
        Assert.Contains($"blocked tls N ms the TLS handshake with {silent.Endpoint} took longer than 300ms", Line(output, $"tls://{silent.Endpoint}"), StringComparison.Ordinal);
        Assert.Contains("blocked dns N ms us.icr.invalid does not exist (NXDOMAIN)", Line(output, "us.icr.invalid:443"), StringComparison.Ordinal);
        // The steps of each blocked target follow the table; the open one is not repeated.
        Assert.Contains($"\n{server.Url("/error")}: blocked in ", output, StringComparison.Ordinal);
        Assert.DoesNotContain($"\n{server.Url("/version")}: open in ", output, StringComparison.Ordinal);
        Assert.Contains("  http  FAILED        -  the server answered 500 Internal Server Error; expected 200-399\n", output, StringComparison.Ordinal);
        Assert.EndsWith("\n5 targets: 1 open, 0 degraded, 4 blocked\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_UntrustedMasterWithInsecure_IsDegradedExitsZeroAndWarns()
    {
        using var certificate = TestCertificates.SelfSigned();
        await using var master = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes, certificate);

        var result = await CliRunner.RunAsync("probe", "-t", master.Url("/version"), "--insecure", "--expect-json", "gitVersion");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(" - degraded http N ms the certificate is not trusted for 127.0.0.1", Line(result.Output, master.Url("/version")), StringComparison.Ordinal);
        Assert.Equal("portcullis: warning: 1 target is degraded: reachable, but see the warnings (--strict makes this exit 1)\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Probe_DegradedWithStrict_ExitsOne()
    {
        using var certificate = TestCertificates.SelfSigned();
        await using var master = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes, certificate);

        var result = await CliRunner.RunAsync("probe", "-t", master.Url("/version"), "-k", "--strict");

        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task Probe_UntrustedWithoutInsecure_IsBlockedAndSaysHowToAcceptIt()
    {
        using var certificate = TestCertificates.SelfSigned();
        await using var master = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes, certificate);

        var result = await CliRunner.RunAsync("probe", "-t", master.Url("/version"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not trusted for 127.0.0.1: its root is not a trusted CA", result.Output, StringComparison.Ordinal);
        Assert.Contains("mark the target insecure (as curl --insecure)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_CaCertificateFile_MakesTheCertificateTrusted()
    {
        using var authority = TestCertificates.Authority();
        using var certificate = TestCertificates.IssuedBy(authority);
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes, certificate);
        var pem = Path.Combine(Path.GetTempPath(), $"portcullis-ca-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(pem, authority.ExportCertificatePem(), TestContext.Current.CancellationToken);
        try
        {
            var result = await CliRunner.RunAsync("probe", "-t", server.Url("/api/v1/messages"), "--cacert", pem, "--detail");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("issued by CN=Portcullis Test CA", result.Output, StringComparison.Ordinal);
            Assert.Contains("; trusted\n", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pem);
        }
    }

    [Fact]
    public async Task Probe_Json_FollowsTheSchema()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);
        var closed = LoopbackServer.ClosedPort();

        var result = await CliRunner.RunAsync("probe", "-t", server.Url("/api/v1/messages"), "-t", $"127.0.0.1:{closed}", "--expect-status", "200,204", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.Equal("portcullis-probe/1", root.GetProperty("schema").GetString());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("open").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("blocked").GetInt32());
        var open = root.GetProperty("results")[0];
        Assert.Equal("open", open.GetProperty("status").GetString());
        Assert.Equal(204, open.GetProperty("http").GetProperty("status_code").GetInt32());
        Assert.Equal("204 is one of 200,204", open.GetProperty("http").GetProperty("status_check").GetString());
        Assert.Equal(JsonValueKind.Null, open.GetProperty("tls").ValueKind);
        var refused = root.GetProperty("results")[1];
        Assert.Equal("tcp", refused.GetProperty("check").GetString());
        Assert.Equal("refused", refused.GetProperty("failure").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Probe_TargetsFileAndOutputFile_WorkTogether()
    {
        using var certificate = TestCertificates.SelfSigned();
        await using var master = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes, certificate);
        await using var registry = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);
        var directory = Directory.CreateTempSubdirectory("portcullis-probe-");
        try
        {
            var targets = Path.Combine(directory.FullName, "openings.yaml");
            await File.WriteAllTextAsync(targets, $"""
                targets:
                  - name: registry
                    purpose: ibmcloud cr
                    url: {registry.Url("/api/v1/messages")}
                    expect: {"{"} status: [200, 204] {"}"}
                  - name: master
                    purpose: kubectl
                    url: {master.Url("/version")}
                    insecure: true
                    expect: {"{"} json: gitVersion {"}"}
                  - name: etcd
                    purpose: calicoctl
                    host: 127.0.0.1
                    port: {master.Port}
                    check: tls
                    insecure: true
                """, TestContext.Current.CancellationToken);
            var report = Path.Combine(directory.FullName, "probe.txt");

            var result = await CliRunner.RunAsync("probe", "--targets", targets, "-t", "dns://registry.invalid", "--output", report);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Output);
            var text = await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken);
            Assert.StartsWith("registry ibmcloud cr open http N ms 204 No Content", Line(text, "registry "), StringComparison.Ordinal);
            Assert.StartsWith("master kubectl degraded http", Line(text, "master "), StringComparison.Ordinal);
            Assert.StartsWith("etcd calicoctl degraded tls", Line(text, "etcd "), StringComparison.Ordinal);
            Assert.StartsWith("dns://registry.invalid - blocked dns N ms registry.invalid does not exist (NXDOMAIN)", Line(text, "dns://registry.invalid "), StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Probe_ProxyOption_TunnelsAndTheReportSaysSo()
    {
        await using var server = LoopbackHttpServer.Start(LoopbackHttpServer.IbmCloudRoutes);
        await using var proxy = ConnectProxy.Start();
        proxy.Rules.Hosts["registry.invalid"] = IPAddress.Loopback;

        // The name does not resolve here; the proxy resolves it, as a corporate proxy resolves outside names.
        var result = await CliRunner.RunAsync("probe", "-t", $"registry.invalid:{server.Port}", "--proxy", proxy.Url, "--detail");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"registry.invalid:{server.Port} - open tcp N ms CONNECT registry.invalid:{server.Port} -> 200 Connection established, via proxy {proxy.Url}/", Line(result.Output, "registry.invalid:"));
        Assert.Contains("registry.invalid is resolved by the proxy", result.Output, StringComparison.Ordinal);
        Assert.Equal($"CONNECT registry.invalid:{server.Port} HTTP/1.1", Assert.Single(proxy.Requests).FirstLine);
    }

    [Fact]
    public async Task Probe_Help_ShowsExamplesAndTheTargetsFormat()
    {
        var result = await CliRunner.RunAsync("probe", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("portcullis probe -t https://us.icr.io/api/v1/messages --expect-status 200,204", result.Output, StringComparison.Ordinal);
        Assert.Contains("A targets file (YAML or JSON):", result.Output, StringComparison.Ordinal);
        Assert.Contains("--overall-timeout", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    // Nothing to probe.
    [InlineData(new[] { "probe" }, "nothing to probe: give --target")]
    [InlineData(new[] { "probe", "-t", "us.icr.io" }, "give a port (us.icr.io:443) or write a URL")]
    [InlineData(new[] { "probe", "-t", "https://x.invalid/", "--timeout", "soon" }, "'soon' is not a duration")]
    [InlineData(new[] { "probe", "-t", "https://x.invalid/", "--concurrency", "0" }, "--concurrency must be 1-256")]
    [InlineData(new[] { "probe", "-t", "https://x.invalid/", "--format", "csv" }, "This command does not write 'csv'. Use one of: txt, json.")]
    [InlineData(new[] { "probe", "-t", "https://x.invalid/", "--expect-status", "20x" }, "--expect-status '20x' is not an HTTP status")]
    [InlineData(new[] { "probe", "-t", "x.invalid:443", "--expect-status", "200" }, "apply to --target URLs (http:// or https://), and there is none")]
    [InlineData(new[] { "probe", "-t", "https://x.invalid/", "--expect-json", "a", "--expect-body", "b" }, "give --expect-json or --expect-body, not both")]
    [InlineData(new[] { "probe", "-t", "https://x.invalid/", "--proxy", "socks5://127.0.0.1:1080" }, "only http:// proxies are supported")]
    [InlineData(new[] { "probe", "-t", "https://x.invalid/", "--cacert", "/nonexistent/ca.pem" }, "cannot read --cacert /nonexistent/ca.pem: no such file")]
    [InlineData(new[] { "probe", "--targets", "/nonexistent/openings.yaml" }, "/nonexistent/openings.yaml: error PC7001: cannot read the targets file: no such file")]
    public async Task Probe_BadInput_ExitsTwoWithTheReason(string[] args, string expected)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Probe_MalformedTargetsFile_NamesTheLine()
    {
        var file = Path.Combine(Path.GetTempPath(), $"portcullis-targets-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, "targets:\n  - host: us.icr.io\n    port: 443\n    check: udp\n", TestContext.Current.CancellationToken);
        try
        {
            var result = await CliRunner.RunAsync("probe", "--targets", file);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"portcullis: {file}:4:12: $.targets[0].check: error PC7004: unknown check 'udp'; use dns, tcp or tls (or url: for HTTP)\n", result.Error.ReplaceLineEndings("\n"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
