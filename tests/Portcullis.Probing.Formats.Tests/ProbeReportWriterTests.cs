using System.Text.Json;
using Portcullis.Core.Addresses;
using Portcullis.Formats.Reports;
using Portcullis.Testing;

namespace Portcullis.Probing.Formats.Tests;

/// <summary>The probe report, on results built by hand so that times and addresses are fixed.</summary>
public sealed class ProbeReportWriterTests
{
    private static TimeSpan Ms(double milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    /// <summary>One target of each outcome: open through a proxy, degraded, blocked at TCP, blocked at DNS, blocked at HTTP.</summary>
    internal static IReadOnlyList<ProbeResult> Results()
    {
        var registry = ProbeTarget.ForHttp("us.icr.io", 443, useTls: true, new HttpCheck("GET", "/api/v1/messages", Core.Sets.IntervalSet<int>.Of(new Core.Sets.Interval<int>(200, 200), new Core.Sets.Interval<int>(204, 204))))
            with
        { Name = "registry", Purpose = "ibmcloud cr" };
        var proxy = new Uri("http://proxy.example.com:3128");
        var certificate = new CertificateObservation("CN=us.icr.io", "CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1, O=DigiCert Inc, C=US",
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 31, 23, 59, 59, TimeSpan.Zero), "AB12")
        { AlternativeNames = ["us.icr.io", "*.us.icr.io"] };
        var open = new ProbeResult(registry)
        {
            Dns = new DnsObservation("proxy.example.com", [IpAddress.Parse("192.0.2.10")], Ms(3)) { IsProxyName = true },
            Tcp = new TcpObservation("192.0.2.10:3128", Ms(40)) { Proxy = proxy, ProxyAnswer = "200 Connection established" },
            Tls = new TlsObservation("TLS 1.3", "TLS_AES_256_GCM_SHA384", certificate, Trusted: true, Ms(55)) { ApplicationProtocol = "http/1.1" },
            Http = new HttpObservation("GET /api/v1/messages", 204, "No Content", Ms(30)) { StatusCheck = "204 is one of 200,204" },
            Proxy = proxy,
            Elapsed = Ms(128.4),
        };

        var master = ProbeTarget.ForHttp("c100.us-south.containers.cloud.ibm.com", 31234, useTls: true, new HttpCheck("GET", "/version", body: BodyExpectation.JsonProperty("gitVersion")))
            with
        { Purpose = "kubectl", AllowUntrustedCertificate = true };
        var degraded = new ProbeResult(master)
        {
            Dns = new DnsObservation(master.Host, [IpAddress.Parse("192.0.2.20"), IpAddress.Parse("2001:db8::20")], Ms(12)),
            Tcp = new TcpObservation("192.0.2.20:31234", Ms(20)),
            Tls = new TlsObservation("TLS 1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", null, Trusted: false, Ms(35)) { TrustProblem = "its root is not a trusted CA (self-signed, or signed by a private CA)" },
            Http = new HttpObservation("GET /version", 200, "OK", Ms(25)) { StatusCheck = "200 is one of 200-399", BodyCheck = "JSON gitVersion = \"v1.30.4+IKS\"", ContentType = "application/json", BodyBytesRead = 260 },
            Warnings = [new ProbeFinding(ProbeStep.Tls, ProbeReason.UntrustedCertificate, "the certificate is not trusted for c100.us-south.containers.cloud.ibm.com: its root is not a trusted CA (self-signed, or signed by a private CA); accepted because the target is marked insecure")],
            Elapsed = Ms(92),
        };

        var etcd = ProbeTarget.ForTcp("c100.us-south.containers.cloud.ibm.com", 30245) with { Purpose = "calicoctl" };
        var timeout = new ProbeResult(etcd)
        {
            Dns = new DnsObservation(etcd.Host, [IpAddress.Parse("192.0.2.20")], Ms(1)),
            Failure = new ProbeFinding(ProbeStep.Tcp, ProbeReason.Timeout, "the connection to 192.0.2.20:30245 took longer than 5s: packets are dropped on the way (a firewall that drops rather than rejects looks like this)"),
            Elapsed = Ms(5001),
        };

        var missing = new ProbeResult(ProbeTarget.ForTcp("registry.invalid", 443))
        {
            Failure = new ProbeFinding(ProbeStep.Dns, ProbeReason.NameNotFound, "registry.invalid does not exist (NXDOMAIN)"),
            Elapsed = Ms(0.2),
        };

        var api = ProbeTarget.ForHttp("cloud.ibm.com", 443, useTls: true, HttpCheck.Default) with { Purpose = "ibmcloud login" };
        var error = new ProbeResult(api)
        {
            Dns = new DnsObservation("cloud.ibm.com", [IpAddress.Parse("192.0.2.30")], Ms(2)),
            Tcp = new TcpObservation("192.0.2.30:443", Ms(10)) { FailedAttempts = ["[2001:db8::30]:443: network unreachable for [2001:db8::30]:443: no route from this machine"] },
            Tls = new TlsObservation("TLS 1.3", "TLS_AES_128_GCM_SHA256", certificate with { Subject = "CN=cloud.ibm.com" }, Trusted: true, Ms(20)),
            Http = new HttpObservation("GET /", 503, "Service Unavailable", Ms(15)) { StatusCheck = "503 is not one of 200-399" },
            Failure = new ProbeFinding(ProbeStep.Http, ProbeReason.UnexpectedStatus, "the server answered 503 Service Unavailable; expected 200-399"),
            Elapsed = Ms(47),
        };

        return [open, degraded, timeout, missing, error];
    }

    [Fact]
    public void Write_Text_MatchesTheGoldenFile()
    {
        var text = new StringWriter();

        ProbeReportWriter.Write(Results(), ReportFormat.Txt, detail: false, text);

        Assert.Null(GoldenFile.Check("Golden/probe-report.txt", text.ToString()));
    }

    [Fact]
    public void Write_TextWithDetail_ShowsOpenTargetsSteps()
    {
        var text = new StringWriter();

        ProbeReportWriter.Write(Results(), ReportFormat.Txt, detail: true, text);

        Assert.Null(GoldenFile.Check("Golden/probe-report-detail.txt", text.ToString()));
    }

    [Fact]
    public void Write_Json_MatchesTheGoldenFileAndTheSchema()
    {
        var text = new StringWriter();

        ProbeReportWriter.Write(Results(), ReportFormat.Json, detail: false, text);

        Assert.Null(GoldenFile.Check("Golden/probe-report.json", text.ToString()));
        using var document = JsonDocument.Parse(text.ToString());
        var root = document.RootElement;
        Assert.Equal("portcullis-probe/1", root.GetProperty("schema").GetString());
        Assert.Equal(5, root.GetProperty("summary").GetProperty("targets").GetInt32());
        Assert.Equal(3, root.GetProperty("summary").GetProperty("blocked").GetInt32());
        var etcd = root.GetProperty("results")[2];
        Assert.Equal("blocked", etcd.GetProperty("status").GetString());
        Assert.Equal("tcp", etcd.GetProperty("failure").GetProperty("step").GetString());
        Assert.Equal("timeout", etcd.GetProperty("failure").GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, etcd.GetProperty("tcp").ValueKind);
        Assert.Equal("http://proxy.example.com:3128/", root.GetProperty("results")[0].GetProperty("proxy").GetString());
    }

    [Theory]
    [InlineData(ProbeReason.NameNotFound, "name_not_found")]
    [InlineData(ProbeReason.UntrustedCertificate, "untrusted_certificate")]
    [InlineData(ProbeReason.Timeout, "timeout")]
    public void ReasonText_IsSnakeCase(ProbeReason reason, string expected)
    {
        Assert.Equal(expected, ProbeReportWriter.ReasonText(reason));
    }

    [Fact]
    public void Write_Csv_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProbeReportWriter.Write(Results(), ReportFormat.Csv, false, new StringWriter()));
    }
}
