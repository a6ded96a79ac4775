using Portcullis.Application.Workstation;
using Portcullis.Cluster.Requirements;
using Portcullis.Cluster.Workstation;
using Portcullis.Core.Sets;
using Portcullis.Probing;

namespace Portcullis.Application.Tests.Workstation;

/// <summary>Each workstation opening becomes the live check the documentation itself gives for it.</summary>
public sealed class WorkstationProbesTests
{
    private static EgressRequirement Egress(string tool, string host, string ports, bool exact = true, DocumentationEra era = DocumentationEra.AclSgMinimums) =>
        new(tool, host, IntervalSet<int>.Of(ports.Split(',').Select(p => p.Split('-')).Select(b => new Interval<int>(int.Parse(b[0]), int.Parse(b[^1])))), EgressPurpose.IbmCloudApi, era, "source", ExactPort: exact);

    [Theory]
    [InlineData("ibmcloud cr", "us.icr.io", "443", "https://us.icr.io/api/v1/messages")] // the registry answers 200 or 204
    [InlineData("ibmcloud ks", "containers.cloud.ibm.com", "443", "https://containers.cloud.ibm.com/global/v1/versions")]
    [InlineData("kubectl", "c100.us-south.containers.cloud.ibm.com", "31438", "https://c100.us-south.containers.cloud.ibm.com:31438/version")]
    public void For_HttpOpenings_AskWhatTheDocumentationAsks(string tool, string host, string port, string url)
    {
        var target = Assert.Single(WorkstationProbes.For([Egress(tool, host, port)]));
        Assert.Equal(ProbeStep.Http, target.Depth);
        Assert.Equal(url, $"https://{target.Host}{(target.Port == 443 ? string.Empty : $":{target.Port}")}{target.Http!.PathAndQuery}");
    }

    [Fact]
    public void For_Master_AcceptsItsIbmInternalCertificate_ButChecksTheVersionJson()
    {
        var target = Assert.Single(WorkstationProbes.For([Egress("kubectl", "c1.example", "31000")]));
        Assert.True(target.AllowUntrustedCertificate);
        Assert.NotNull(target.Http!.Body);
    }

    [Fact]
    public void For_RegistryWithNotaryPort_ProbesEachPort()
    {
        var targets = WorkstationProbes.For([Egress("ibmcloud cr", "icr.io", "443,4443", era: DocumentationEra.Vpc2020)]);
        Assert.Equal([443, 4443], targets.Select(t => t.Port));
        Assert.Equal(ProbeStep.Tls, targets[1].Depth);
    }

    [Fact]
    public void For_UnknownPortInARange_OnlyResolvesTheName()
    {
        // 20000-32767 stands for a master port nobody told us: probing 12,768 ports would be a port scan.
        var target = Assert.Single(WorkstationProbes.For([Egress("kubectl", "c1.example", "20000-32767", exact: false)]));
        Assert.Equal(ProbeStep.Dns, target.Depth);
    }
}
