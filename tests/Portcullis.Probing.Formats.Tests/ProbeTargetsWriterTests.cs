using CsCheck;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Sets;

namespace Portcullis.Probing.Formats.Tests;

/// <summary>The targets writer: what it writes reads back as the same targets.</summary>
public sealed class ProbeTargetsWriterTests
{
    private static readonly Gen<string> Hosts = Gen.OneOf("us.icr.io", "c100.us-south.containers.cloud.ibm.com", "10.1.2.3", "2001:db8::7", "cloud.ibm.com");

    private static readonly Gen<HttpCheck> Checks =
        from method in Gen.OneOf("GET", "HEAD")
        from path in Gen.OneOf("/", "/api/v1/messages", "/version", "/global/v1/versions?x=1")
        from low in Gen.Int[100, 599]
        from span in Gen.Int[0, 50]
        from body in Gen.OneOf(Gen.Const((BodyExpectation?)null), Gen.OneOf("gitVersion", "a.b").Select(p => (BodyExpectation?)BodyExpectation.JsonProperty(p)), Gen.OneOf("containers API", "ok: \"yes\"", "#not a comment", "200").Select(t => (BodyExpectation?)BodyExpectation.Contains(t)))
        select new HttpCheck(method, path, IntervalSet<int>.Range(low, Math.Min(599, low + span)), body);

    private static readonly Gen<ProbeTarget> Targets =
        from host in Hosts
        from port in Gen.Int[1, 65535]
        from kind in Gen.Int[0, 4]
        from check in Checks
        from name in Gen.OneOf<string?>([null, "registry", "master: public", "- dash", "'quoted'"])
        from purpose in Gen.OneOf<string?>([null, "kubectl", "ibmcloud cr", "a: b"])
        from insecure in Gen.Bool
        let target = kind switch
        {
            0 => ProbeTarget.ForHttp(host, port, useTls: true, check),
            1 => ProbeTarget.ForHttp(host, port, useTls: false, check),
            2 => ProbeTarget.ForTls(host, port),
            3 => ProbeTarget.ForTcp(host, port),
            _ => ProbeTarget.ForDns(host),
        }
        select target with { Name = name ?? target.Name, Purpose = purpose, AllowUntrustedCertificate = insecure };

    [Fact]
    public void Write_ThenRead_GivesTheSameTargets()
    {
        Targets.List[1, 6].Sample(targets =>
        {
            var text = new StringWriter();
            ProbeTargetsWriter.Write(targets, text, "written by a test");
            var diagnostics = new DiagnosticBag();

            var ok = ProbeTargetsReader.TryRead(text.ToString(), "round-trip.yaml", diagnostics, out var read);

            return ok && read.SequenceEqual(targets);
        }, iter: 300);
    }

    [Fact]
    public void Write_LeavesDefaultsOut()
    {
        var text = new StringWriter();
        ProbeTargetsWriter.Write(
            [
                ProbeTarget.ForHttp("us.icr.io", 443, useTls: true, new HttpCheck("GET", "/api/v1/messages", IntervalSet<int>.Of(new Interval<int>(200, 200), new Interval<int>(204, 204)))) with { Purpose = "ibmcloud cr" },
                ProbeTarget.ForTls("c100.us-south.containers.cloud.ibm.com", 30245) with { Name = "etcd", AllowUntrustedCertificate = true },
            ],
            text,
            "Openings of cluster c100\n(generated)");

        Assert.Equal(
            """
            # Openings of cluster c100
            # (generated)
            version: 1
            targets:
            - purpose: ibmcloud cr
              url: https://us.icr.io/api/v1/messages
              expect:
                status: 200,204
            - name: etcd
              host: c100.us-south.containers.cloud.ibm.com
              port: 30245
              check: tls
              insecure: true

            """.ReplaceLineEndings("\n"),
            text.ToString());
    }
}
