using Portcullis.Cluster.Formats.Wording;
using Portcullis.Cluster.Requirements;
using Portcullis.Cluster.Workstation;
using Portcullis.Core.Sets;

namespace Portcullis.Cluster.Formats.Tests.Wording;

public sealed class WorkstationTextTests
{
    private static readonly IbmRegion UsSouth = new("us-south", "dal", [], "us.icr.io", "private.us.icr.io", true);

    private static EgressRequirement Egress(EgressPurpose purpose, DocumentationEra era = DocumentationEra.AclSgMinimums, IbmRegion? region = null) =>
        new("kubectl", "c1.example", IntervalSet<int>.Range(30000, 32767), purpose, era, "[FW-VPC-2024] corporate firewalls", Region: region);

    [Theory]
    [InlineData(EgressPurpose.IbmCloudApi, "ibmcloud login and the IBM Cloud API")]
    [InlineData(EgressPurpose.KubernetesServiceApi, "the IBM Cloud Kubernetes Service API (ibmcloud ks)")]
    [InlineData(EgressPurpose.PublicMaster, "kubectl to the cluster master (public cloud service endpoint)")]
    [InlineData(EgressPurpose.PrivateMaster, "kubectl to the cluster master (private cloud service endpoint); needs VPN or Direct Link into the IBM private network")]
    [InlineData(EgressPurpose.Etcd, "calicoctl to the cluster's etcd (etcd_host and etcd_port of the cluster-info ConfigMap)")]
    public void Purpose_EachPurpose_SaysWhyTheHostIsNeeded(EgressPurpose purpose, string expected) =>
        Assert.Equal(expected, WorkstationText.Purpose(Egress(purpose)));

    [Fact]
    public void Purpose_Registry_NamesTheRegionAndWhatTheEraUsesItFor()
    {
        Assert.Equal("IBM Cloud Container Registry (us-south): ibmcloud cr, docker push and pull", WorkstationText.Purpose(Egress(EgressPurpose.Registry, region: UsSouth)));
        Assert.Equal("IBM Cloud Container Registry (us-south); 4443 for image signing (notary)", WorkstationText.Purpose(Egress(EgressPurpose.Registry, DocumentationEra.Vpc2020, UsSouth)));
    }

    [Fact]
    public void Note_EachKind_SaysWhatToDo()
    {
        Assert.Equal("registry region 'mars-1' is not known; known: us-south, global",
            WorkstationText.Note(new WorkstationNote(WorkstationNoteKind.UnknownRegistryRegion, "mars-1", [UsSouth, UsSouth with { Name = "global" }])));
        Assert.Equal("the cluster's service endpoint URL is not known: allow the master port range 30000-32767 to the cluster's master host (ibmcloud ks cluster get shows the URL)",
            WorkstationText.Note(new WorkstationNote(WorkstationNoteKind.MasterEndpointUnknown, MasterPorts: IntervalSet<int>.Range(30000, 32767))));
        Assert.Equal("calicoctl: the etcd port is not known; read it with 'kubectl get cm -n kube-system cluster-info -o yaml' (etcd_host) and import it with 'portcullis cluster init --cluster-info'",
            WorkstationText.Note(new WorkstationNote(WorkstationNoteKind.EtcdPortUnknown)));
    }

    [Fact]
    public void TargetName_ExactPortOrUnknownPort_NamesTheToolHostAndPort()
    {
        var requirement = Egress(EgressPurpose.PublicMaster);

        Assert.Equal("kubectl c1.example:31438", WorkstationText.TargetName(requirement, 31438));
        Assert.Equal("kubectl c1.example (port unknown: 30000-32767)", WorkstationText.TargetName(requirement, null));
        Assert.Equal("30000-32767", WorkstationText.Ports(requirement));
    }
}
