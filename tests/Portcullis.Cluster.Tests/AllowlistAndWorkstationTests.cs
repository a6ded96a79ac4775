using Portcullis.Cluster.Allowlist;
using Portcullis.Cluster.Requirements;
using Portcullis.Cluster.Workstation;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;

namespace Portcullis.Cluster.Tests;

public sealed class AllowlistAndWorkstationTests
{
    private static readonly IntervalSet<int> Https = IntervalSet<int>.Single(443);
    private static readonly IntervalSet<int> HttpsAndNotary = IntervalSet<int>.Of(new Interval<int>(443, 443), new Interval<int>(4443, 4443));

    [Fact]
    public void FromCluster_Example_IsThePublicGatewayFloatingIpOfEachZone()
    {
        var (configuration, description) = IksFixture.Example();

        var allowlist = AllowlistBuilder.FromCluster(description, IksFixture.Bind(description, configuration));

        Assert.Equal(["52.118.32.14/32", "52.118.97.201/32", "52.118.150.66/32"], allowlist.Entries.Select(e => e.Cidr.ToString()));
        Assert.Equal(["us-south-1", "us-south-2", "us-south-3"], allowlist.Entries.Select(e => e.Zone));
        Assert.All(allowlist.Entries, e => Assert.Equal((AllowlistEntryKind.PublicGateway, e.Zone), (e.Kind, e.Gateway!.Zone)));
        Assert.Empty(allowlist.Notes);
    }

    [Fact]
    public void FromCluster_WithoutConfiguration_UsesTheDescriptionsGateways()
    {
        var (_, description) = IksFixture.Example();

        var allowlist = AllowlistBuilder.FromCluster(description, null);

        Assert.Equal(3, allowlist.Prefixes.Count);
        // Only the description knows the addresses: the entries name the zone, not a gateway of the configuration.
        Assert.All(allowlist.Entries, e => Assert.Equal((AllowlistEntryKind.PublicGateway, (PublicGateway?)null), (e.Kind, e.Gateway)));
    }

    [Fact]
    public void ToCluster_Example_SubnetsOrWorkers()
    {
        var (configuration, description) = IksFixture.Example();
        var binding = IksFixture.Bind(description, configuration);

        var subnets = AllowlistBuilder.ToCluster(description, binding, workers: false);
        var workers = AllowlistBuilder.ToCluster(description, binding, workers: true);

        Assert.Equal(["10.240.0.0/24", "10.240.64.0/24", "10.240.128.0/24"], subnets.Prefixes.Select(p => p.ToString()));

        // Two workers per subnet, at .4 and .5: each pair aggregates to one block that holds exactly them.
        Assert.Equal(["10.240.0.4/31", "10.240.64.4/31", "10.240.128.4/31"], workers.Prefixes.Select(p => p.ToString()));
        Assert.Equal(IpAddressSet.Of(workers.Entries.Select(e => e.Cidr)), IpAddressSet.Of(workers.Prefixes));
        Assert.All(workers.Entries, e => Assert.Equal(e.Cidr.First, e.Worker!.Address));
        Assert.All(subnets.Entries, e => Assert.Equal(e.Cidr, e.Subnet!.Cidr));
        Assert.Equal([AllowlistNoteKind.WorkerAddressesChange, AllowlistNoteKind.PrivateNetworkOnly], workers.Notes.Select(n => n.Kind));
        Assert.Equal([AllowlistNoteKind.PrivateNetworkOnly], subnets.Notes.Select(n => n.Kind));
    }

    [Fact]
    public void Workstation_2020Era_RegistryNeeds4443AndTheOldMasterRange()
    {
        var description = IksFixture.Description(DocumentationEra.Vpc2020) with { PublicEndpoint = null, PrivateEndpoint = null };

        var (requirements, notes) = WorkstationEgress.For(description, DocumentationEra.Vpc2020, IksFixture.Facts);

        Assert.Contains(requirements, r => r.Host == "cloud.ibm.com" && r.Ports == Https && r.Purpose == EgressPurpose.IbmCloudApi);
        Assert.Contains(requirements, r => r.Host == "containers.cloud.ibm.com" && r.VerifyWith == "curl https://containers.cloud.ibm.com/v1/");
        Assert.Contains(requirements, r => r.Host == "us.icr.io" && r.Ports == HttpsAndNotary && r is { Purpose: EgressPurpose.Registry, Region.Name: "us-south" });
        Assert.Contains(requirements, r => r.Host == "icr.io" && r.Ports == HttpsAndNotary && r is { Purpose: EgressPurpose.Registry, Region.Name: "global" });
        var note = Assert.Single(notes, n => n.Kind == WorkstationNoteKind.MasterEndpointUnknown);
        Assert.Equal(IntervalSet<int>.Range(20000, 32767), note.MasterPorts);
    }

    [Fact]
    public void Workstation_Example_ExactMasterPortAndEtcd()
    {
        var (_, description) = IksFixture.Example();

        var (requirements, notes) = WorkstationEgress.For(description, DocumentationEra.AclSgMinimums, IksFixture.Facts);

        Assert.Contains(requirements, r => r.Tool == "ibmcloud cr" && r.Host == "us.icr.io" && r.Ports == Https);
        Assert.Contains(requirements, r => r.Tool == "kubectl" && r.Host == "c100.us-south.containers.cloud.ibm.com" && r.Ports == IntervalSet<int>.Single(31438) && r.ExactPort
            && r.Purpose == EgressPurpose.PublicMaster);
        Assert.Contains(requirements, r => r.Tool == "kubectl" && r.Host == "c100.private.us-south.containers.cloud.ibm.com" && r.Purpose == EgressPurpose.PrivateMaster);
        Assert.Contains(requirements, r => r.Tool == "calicoctl" && r.Ports == IntervalSet<int>.Single(30453) && r.Purpose == EgressPurpose.Etcd);
        Assert.Empty(notes);
    }

    [Fact]
    public void Workstation_UnknownRegistryRegion_IsANote()
    {
        var description = IksFixture.Description(DocumentationEra.AclSgMinimums) with { RegistryRegions = ["mars-1"] };

        var (_, notes) = WorkstationEgress.For(description, DocumentationEra.AclSgMinimums, IksFixture.Facts);

        var note = Assert.Single(notes, n => n.Kind == WorkstationNoteKind.UnknownRegistryRegion);
        Assert.Equal("mars-1", note.Region);
        Assert.Equal(IksFixture.Facts.Regions, note.KnownRegions);
    }
}
