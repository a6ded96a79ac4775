using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Policies.Formats.Isolation;

namespace Portcullis.Policies.Formats.Tests.Isolation;

/// <summary>The shipped per-region data loads, says where it came from, and holds what ibm-vpc-facts.md §4.3 quotes.</summary>
public sealed class IbmIsolationCatalogReaderTests
{
    [Fact]
    public void Embedded_Loads_WithTheTenRegionsIbmPublishes()
    {
        var catalog = IbmIsolationCatalogReader.Embedded;

        Assert.Equal(["au-syd", "br-sao", "ca-tor", "eu-de", "eu-es", "eu-gb", "jp-osa", "jp-tok", "us-east", "us-south"], catalog.RegionNames);
        Assert.Equal("IBM-Cloud/kube-samples", catalog.Source.Repository);
        Assert.Equal("Apache-2.0", catalog.Source.License);
        Assert.Matches("^[0-9a-f]{40}$", catalog.Source.Commit);
    }

    [Fact]
    public void Embedded_UsSouth_HoldsTheAddressesTheFactsQuote()
    {
        Assert.True(IbmIsolationCatalogReader.Embedded.TryGetRegion("us-south", out var region));

        Assert.Equal(["10.0.64.0/19", "10.200.80.0/20", "10.3.160.0/20", "10.201.0.0/20"], region.SysMgmt.Take(4).Select(n => n.ToString()));
        Assert.Equal(["172.21.0.1/32", "10.10.10.1/32"], region.ServiceProxy.Select(n => n.ToString()));
        var registry = region.WorkerServices[0].Nets.Select(n => n.ToString());
        Assert.Equal(["166.9.251.49/32", "166.9.251.82/32", "166.9.251.113/32", "166.9.250.214/32", "166.9.250.246/32", "166.9.251.21/32"], registry);
        Assert.All(region.ControlPlane, n => Assert.True(IpPrefix.Parse("166.9.0.0/16").ToAddressSet().Contains(n)));
        Assert.True(region.HasHostEndpointTemplate);
    }

    [Fact]
    public void Embedded_CaTor_HasNoHostEndpointTemplate()
    {
        Assert.True(IbmIsolationCatalogReader.Embedded.TryGetRegion("ca-tor", out var region));

        Assert.False(region.HasHostEndpointTemplate);
        Assert.Equal(["172.21.0.1/32"], region.ServiceProxy.Select(n => n.ToString()));
    }

    [Fact]
    public void TryRead_BadValues_EveryProblemNamedWithItsLine()
    {
        const string yaml = """
            source:
              repository: IBM-Cloud/kube-samples
              commit: 7057ed0
              path: calico-policies/private-network-isolation
              license: Apache-2.0
            regions:
              - name: xx-test
                control-plane: [166.9.1.1/33]
                service-proxy: [172.21.0.1/32]
                sys-mgmt: [10.0.64.1/19]
                worker-services:
                  - {protocol: ICMP, ports: [443], nets: [166.9.1.1/32]}
                pod-services: []
                colour: blue
            """;
        var diagnostics = new DiagnosticBag();

        Assert.False(IbmIsolationCatalogReader.TryRead(yaml, "data.yaml", diagnostics, out _));

        var lines = diagnostics.ToImmutable().Where(d => d.Severity == Severity.Error).Select(d => (d.Location!.Line, d.Message)).ToList();
        Assert.Contains(lines, l => l.Line == 3 && l.Message.Contains("commit", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Line == 8 && l.Message.Contains("166.9.1.1/33", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Line == 10 && l.Message.Contains("10.0.64.1/19", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Line == 12 && l.Message.Contains("ICMP", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Line == 14 && l.Message.Contains("colour", StringComparison.Ordinal));
    }
}
