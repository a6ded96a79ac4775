using Portcullis.Cluster.Allowlist;
using Portcullis.Cluster.Description;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using static Portcullis.Cluster.Formats.Tests.Wording.WordingFixture;

namespace Portcullis.Cluster.Formats.Tests.Wording;

public sealed class AllowlistTextTests
{
    private static readonly WorkerSubnet Named = new("0717-a", "workers-1", "us-south-1", IpPrefix.Parse("10.10.0.0/24"));

    [Fact]
    public void Reason_Gateway_NamesItWhenTheConfigurationHasIt()
    {
        var gateway = new PublicGateway("r006-pgw", null, "pgw-1", "vpc-1", "us-south-1", IpAddress.Parse("52.118.32.14"));

        Assert.Equal("public gateway pgw-1 of zone us-south-1", AllowlistText.Reason(AllowlistEntry.OfGateway(IpAddress.Parse("52.118.32.14"), "us-south-1", gateway)));
        Assert.Equal("public gateway of zone us-south-2", AllowlistText.Reason(AllowlistEntry.OfGateway(IpAddress.Parse("52.118.97.201"), "us-south-2", null)));
    }

    [Fact]
    public void Reason_Subnet_IsNamedByItsNameElseItsIdElseItsBlock()
    {
        Assert.Equal("worker subnet workers-1", AllowlistText.Reason(AllowlistEntry.OfSubnet(Named)));
        Assert.Equal("worker subnet 0717-a", AllowlistText.Reason(AllowlistEntry.OfSubnet(Named with { Name = null })));
        Assert.Equal("worker subnet 10.10.0.0/24", AllowlistText.Reason(AllowlistEntry.OfSubnet(Named with { Name = null, Id = null })));
    }

    [Fact]
    public void Reason_Worker_IsNamedAsTheConfigurationOrTheDescriptionNamesIt()
    {
        Assert.Equal("worker w1", AllowlistText.Reason(AllowlistEntry.OfWorker(Worker)));
        Assert.Equal("worker kube-c1-w2", AllowlistText.Reason(AllowlistEntry.OfWorker(new ClusterWorker("kube-c1-w2", IpAddress.Parse("10.10.0.9"), "us-south-1", "default", null))));
    }

    [Fact]
    public void Note_EachKind_SaysWhatToKnowOrDo()
    {
        Assert.Equal("worker subnet workers-1 has no public gateway: its workers cannot reach the internet, so nothing from it needs allowlisting",
            AllowlistText.Note(new AllowlistNote(AllowlistNoteKind.NoPublicGateway, Named)));
        Assert.Equal("worker subnet workers-1: the floating IP of its public gateway is not known (give --config or import 'ibmcloud is public-gateways')",
            AllowlistText.Note(new AllowlistNote(AllowlistNoteKind.GatewayAddressUnknown, Named)));
        Assert.Equal("the workers' IPs are not known (import 'ibmcloud ks worker ls --output json' or give --config)",
            AllowlistText.Note(new AllowlistNote(AllowlistNoteKind.WorkerAddressesUnknown)));
        Assert.Equal("worker IPs change when workers are replaced or the pool is resized; the worker subnets stay valid (but may be shared with other clusters)",
            AllowlistText.Note(new AllowlistNote(AllowlistNoteKind.WorkerAddressesChange)));
        Assert.Equal("connections into VPC workers can only come from the IBM Cloud private network (VPN, Direct Link, transit gateway, classic)",
            AllowlistText.Note(new AllowlistNote(AllowlistNoteKind.PrivateNetworkOnly)));
    }
}
