using Portcullis.Core.Diagnostics;

namespace Portcullis.Probing.Formats.Tests;

/// <summary>The targets file: YAML and JSON, every form of target, and errors with their place.</summary>
public sealed class ProbeTargetsReaderTests
{
    private static IReadOnlyList<ProbeTarget> Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var ok = ProbeTargetsReader.TryRead(text, "targets.yaml", diagnostics, out var targets);
        Assert.True(ok, string.Join("\n", diagnostics.ToImmutable()));
        return targets;
    }

    private static Diagnostic ReadError(string text)
    {
        var diagnostics = new DiagnosticBag();
        Assert.False(ProbeTargetsReader.TryRead(text, "targets.yaml", diagnostics, out _));
        return diagnostics.ToImmutable().First(d => d.Severity == Severity.Error);
    }

    [Fact]
    public void TryRead_EveryForm_GivesTheTargets()
    {
        var targets = Read("""
            # The openings of a workstation
            version: 1
            targets:
              - name: registry
                purpose: ibmcloud cr
                url: https://us.icr.io/api/v1/messages
                expect:
                  status: [200, 204]
              - url: https://c100.us-south.containers.cloud.ibm.com:31234/version
                purpose: kubectl
                insecure: true
                expect: { status: 200, json: gitVersion }
              - url: http://127.0.0.1:8080/v1/
                method: HEAD
                expect: { body: containers API, status: "2xx" }
              - host: c100.us-south.containers.cloud.ibm.com
                port: 30245
                check: tls
                purpose: calicoctl
              - host: 10.0.0.1
                port: 22
              - host: private.us.icr.io
                check: dns
              - https://cloud.ibm.com/
            """);

        Assert.Equal(7, targets.Count);
        Assert.Equal("registry", targets[0].Name);
        Assert.Equal("ibmcloud cr", targets[0].Purpose);
        Assert.Equal("200,204", targets[0].Http!.AcceptedStatuses.ToString());
        Assert.True(targets[1].AllowUntrustedCertificate);
        Assert.Equal(BodyExpectation.JsonProperty("gitVersion"), targets[1].Http!.Body);
        Assert.Equal("200", targets[1].Http!.AcceptedStatuses.ToString());
        Assert.Equal("HEAD", targets[2].Http!.Method);
        Assert.Equal(BodyExpectation.Contains("containers API"), targets[2].Http!.Body);
        Assert.Equal(ProbeTarget.ForTls("c100.us-south.containers.cloud.ibm.com", 30245) with { Purpose = "calicoctl" }, targets[3]);
        Assert.Equal(ProbeTarget.ForTcp("10.0.0.1", 22), targets[4]);
        Assert.Equal(ProbeTarget.ForDns("private.us.icr.io"), targets[5]);
        Assert.Equal("https://cloud.ibm.com/", targets[6].Name);
    }

    [Fact]
    public void TryRead_Json_IsReadToo()
    {
        var targets = Read("""
            {"targets": [
              {"url": "https://us.icr.io/api/v1/messages", "expect": {"status": [200, 204]}},
              {"host": "::1", "port": 2379, "check": "tls", "insecure": true}
            ]}
            """);

        Assert.Equal("https://us.icr.io/api/v1/messages", targets[0].Name);
        Assert.Equal(ProbeTarget.ForTls("::1", 2379) with { AllowUntrustedCertificate = true }, targets[1]);
    }

    [Fact]
    public void TryRead_BareList_IsAccepted()
    {
        var targets = Read("- us.icr.io:443\n- dns://icr.io\n");

        Assert.Equal([ProbeTarget.ForTcp("us.icr.io", 443), ProbeTarget.ForDns("icr.io")], targets);
    }

    [Theory]
    // Each error names the place: line and column, and the path.
    [InlineData("targets:\n  - url: https://us.icr.io/\n    expct: {status: 200}\n", "targets.yaml:3:5: $.targets[0]: error PC7003: unknown key 'expct'")]
    [InlineData("targets:\n  - host: us.icr.io\n    port: 99999\n", "targets.yaml:3:11: $.targets[0].port: error PC7004: '99999' is not a port (1-65535)")]
    [InlineData("targets:\n  - host: us.icr.io\n", "targets.yaml:2:5: $.targets[0]: error PC7005: check: tcp needs 'port:'")]
    [InlineData("targets:\n  - url: https://us.icr.io/\n    expect: {status: 700}\n", "targets.yaml:3:22: $.targets[0].expect.status: error PC7004: '700' is not an HTTP status")]
    [InlineData("targets:\n  - url: us.icr.io:443\n", "targets.yaml:2:10: $.targets[0].url: error PC7004: 'us.icr.io:443' is not an http:// or https:// URL")]
    [InlineData("targets:\n  - url: https://us.icr.io/\n    host: us.icr.io\n", "targets.yaml:2:10: $.targets[0].url: error PC7004: give 'url:' or 'host:' and 'port:', not both")]
    [InlineData("targets:\n  - host: us.icr.io\n    port: 443\n    check: udp\n", "targets.yaml:4:12: $.targets[0].check: error PC7004: unknown check 'udp'")]
    [InlineData("targets:\n  - host: us.icr.io\n    port: 443\n    insecure: maybe\n", "targets.yaml:4:15: $.targets[0].insecure: error PC7004: 'insecure' must be true or false, not 'maybe'")]
    [InlineData("targets:\n  - url: https://us.icr.io/\n    expect: {json: a, body: b}\n", "targets.yaml:3:13: $.targets[0].expect: error PC7004: give 'json:' or 'body:', not both")]
    [InlineData("targets:\n  - ftp://us.icr.io/\n", "targets.yaml:2:5: $.targets[0]: error PC7004: 'ftp://us.icr.io/' is not a target: unknown scheme 'ftp'")]
    [InlineData("targets: []\n", "targets.yaml:1:10: $.targets: error PC7006: the list of targets is empty")]
    [InlineData("targets: us.icr.io\n", "targets.yaml:1:10: $.targets: error PC7002: 'targets' must be a list")]
    [InlineData("tragets:\n  - us.icr.io:443\n", "targets.yaml:1:1: $: error PC7003: unknown key 'tragets'")]
    [InlineData("version: 2\ntargets:\n  - us.icr.io:443\n", "targets.yaml:1:10: $.version: error PC7004: only version 1 of the targets format exists")]
    [InlineData("", "targets.yaml: error PC7006: the targets file is empty")]
    [InlineData("targets:\n  - url: [unclosed\n", "targets.yaml:3:1: error PC7008: malformed YAML or JSON")]
    public void TryRead_Mistake_IsReportedWhereItIs(string text, string expected)
    {
        var error = ReadError(text);

        Assert.StartsWith(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_SeveralMistakes_AreAllReported()
    {
        var diagnostics = new DiagnosticBag();

        Assert.False(ProbeTargetsReader.TryRead("targets:\n  - host: a.example\n    port: 0\n  - url: https://b.example/\n    expect: {status: nope}\n", "t.yaml", diagnostics, out _));

        Assert.Equal(2, diagnostics.ToImmutable().Count(d => d.Severity == Severity.Error));
    }

    [Fact]
    public void TryRead_DuplicateNames_AreAWarning()
    {
        var diagnostics = new DiagnosticBag();

        Assert.True(ProbeTargetsReader.TryRead("- us.icr.io:443\n- us.icr.io:443\n", "t.yaml", diagnostics, out var targets));

        Assert.Equal(2, targets.Length);
        Assert.Equal("PC7007", Assert.Single(diagnostics.ToImmutable()).Code);
    }

    [Fact]
    public void TryReadFile_Missing_SaysSo()
    {
        var diagnostics = new DiagnosticBag();

        Assert.False(ProbeTargetsReader.TryReadFile("/nonexistent/targets.yaml", diagnostics, out _));

        Assert.Equal("/nonexistent/targets.yaml: error PC7001: cannot read the targets file: no such file", Assert.Single(diagnostics.ToImmutable()).ToString());
    }
}
