using Portcullis.Cluster.Requirements;
using Portcullis.Cluster.Workstation;
using Portcullis.Core.Sets;

namespace Portcullis.Cluster.Tests;

/// <summary>The master addresses IBM publishes, by region and service endpoint, and only for the masters' hosts.</summary>
public sealed class PublishedMasterAddressesTests
{
    private static EgressRequirement Requirement(string tool, string host, EgressPurpose purpose) =>
        new(tool, host, IntervalSet<int>.Single(31438), purpose, DocumentationEra.AclSgMinimums, "test");

    private static string[] Texts(DestinationAddresses addresses) => [.. addresses.Addresses.Select(a => a.ToString())];

    [Fact]
    public void For_PublicMasterInMadrid_IsTheDocumentedSixteenAddresses()
    {
        // The page's Madrid list: six 13.12x addresses, eight Akamai 2.18.4x-5x.89, 23.40.100.89 and 23.7.244.89.
        var found = PublishedMasterAddresses.For(Requirement("kubectl", "c7.eu-es.containers.cloud.ibm.com", EgressPurpose.PublicMaster), "eu-es");

        Assert.NotNull(found);
        Assert.Equal(AddressOrigin.Published, found.Origin);
        Assert.Equal("public master IPs, Madrid", found.Table);
        Assert.Equal(16, found.Addresses.Length);
        Assert.Contains("2.18.55.89", Texts(found));
        Assert.Contains("13.120.127.250", Texts(found));
        // Ordered as numbers, not as text: 2.18.48.89 before 13.120.65.98.
        Assert.Equal("2.18.48.89", Texts(found)[0]);
    }

    [Fact]
    public void For_PrivateEndpointInMadrid_IsThePrivateTable()
    {
        var found = PublishedMasterAddresses.For(Requirement("kubectl", "c7.private.eu-es.containers.cloud.ibm.com", EgressPurpose.PrivateMaster), "eu-es");

        Assert.NotNull(found);
        Assert.Equal(["166.9.94.6", "166.9.94.7", "166.9.95.6", "166.9.95.7", "166.9.96.6", "166.9.96.7"], Texts(found));
    }

    [Theory]
    // calicoctl reaches etcd on the master's host: the public table, or the private one for a private host.
    [InlineData("c100.us-south.containers.cloud.ibm.com", "public master IPs, US South", "169.46.7.238")]
    [InlineData("c100-private.us-south.containers.cloud.ibm.com", "private master IPs, US South", "166.9.230.9")]
    public void For_EtcdOnTheMastersHost_UsesThatEndpointsTable(string host, string table, string documented)
    {
        var found = PublishedMasterAddresses.For(Requirement("calicoctl", host, EgressPurpose.Etcd), "us-south");

        Assert.NotNull(found);
        Assert.Equal(table, found.Table);
        Assert.Contains(documented, Texts(found));
    }

    [Theory]
    // IBM publishes no addresses for the registry or the APIs, nor for a master behind a host of the user's own.
    [InlineData("ibmcloud cr", "us.icr.io", EgressPurpose.Registry, "us-south")]
    [InlineData("ibmcloud", "cloud.ibm.com", EgressPurpose.IbmCloudApi, "us-south")]
    [InlineData("kubectl", "k8s.example.com", EgressPurpose.PublicMaster, "us-south")]
    // Toronto has a public table but no private one.
    [InlineData("kubectl", "c3.private.ca-tor.containers.cloud.ibm.com", EgressPurpose.PrivateMaster, "ca-tor")]
    [InlineData("kubectl", "c3.mars-1.containers.cloud.ibm.com", EgressPurpose.PublicMaster, "mars-1")]
    public void For_HostWithoutAPublishedTable_IsNull(string tool, string host, EgressPurpose purpose, string region) =>
        Assert.Null(PublishedMasterAddresses.For(Requirement(tool, host, purpose), region));

    [Fact]
    public void Regions_EveryDocumentedRegionHasAPublicTable() =>
        Assert.Equal(["au-syd", "br-sao", "ca-tor", "eu-de", "eu-es", "eu-gb", "jp-osa", "jp-tok", "us-east", "us-south"], PublishedMasterAddresses.Regions(privateEndpoint: false));
}
