using Portcullis.Cluster.Requirements;
using Portcullis.Cluster.Workstation;

namespace Portcullis.Cluster.Formats.Wording;

/// <summary>How workstation egress words why each host is needed, its ports, its probes, and what could not be stated exactly.</summary>
public static class WorkstationText
{
    /// <summary>Why the workstation must reach the host: <c>IBM Cloud Container Registry (us-south): ibmcloud cr, docker push and pull</c> ...</summary>
    public static string Purpose(EgressRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        return requirement.Purpose switch
        {
            EgressPurpose.IbmCloudApi => "ibmcloud login and the IBM Cloud API",
            EgressPurpose.KubernetesServiceApi => "the IBM Cloud Kubernetes Service API (ibmcloud ks)",
            EgressPurpose.Registry => requirement.Era == DocumentationEra.Vpc2020
                ? $"IBM Cloud Container Registry ({requirement.Region!.Name}); 4443 for image signing (notary)"
                : $"IBM Cloud Container Registry ({requirement.Region!.Name}): ibmcloud cr, docker push and pull",
            EgressPurpose.PublicMaster => "kubectl to the cluster master (public cloud service endpoint)",
            EgressPurpose.PrivateMaster => "kubectl to the cluster master (private cloud service endpoint); needs VPN or Direct Link into the IBM private network",
            EgressPurpose.Etcd => "calicoctl to the cluster's etcd (etcd_host and etcd_port of the cluster-info ConfigMap)",
            _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement.Purpose, "Not an egress purpose."),
        };
    }

    /// <summary>The ports: <c>443</c>, <c>443,4443</c>, <c>30000-32767</c>.</summary>
    public static string Ports(EgressRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        return requirement.Ports.ToString();
    }

    /// <summary>
    /// Where a rule's addresses came from, for the comment line above it: <c>c100.us-south.containers.cloud.ibm.com:
    /// public master IPs, US South, as IBM publishes them (...)</c>, or <c>cloud.ibm.com: resolved by DNS when this
    /// file was written (...)</c>.
    /// </summary>
    public static string AddressOrigin(DestinationAddresses addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        return addresses.Origin == global::Portcullis.Cluster.Workstation.AddressOrigin.Published
            ? $"{addresses.Host}: {addresses.Table}, as IBM publishes them ({PublishedMasterAddresses.Source})"
            : $"{addresses.Host}: resolved by DNS when this file was written (IBM publishes no addresses for it); write the file again when they change";
    }

    /// <summary>The short form for a rule's own comment: <c>kubectl published addresses</c>, <c>ibmcloud resolved when written</c>.</summary>
    public static string AddressTag(EgressRequirement requirement, DestinationAddresses addresses)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(addresses);
        return $"{requirement.Tool} {(addresses.Origin == global::Portcullis.Cluster.Workstation.AddressOrigin.Published ? "published addresses" : "resolved when written")}";
    }

    /// <summary>A note, with what to do about it.</summary>
    public static string Note(WorkstationNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note.Kind switch
        {
            WorkstationNoteKind.UnknownRegistryRegion => $"registry region '{note.Region}' is not known; known: {string.Join(", ", note.KnownRegions.Select(r => r.Name))}",
            WorkstationNoteKind.MasterEndpointUnknown =>
                $"the cluster's service endpoint URL is not known: allow the master port range {note.MasterPorts} to the cluster's master host (ibmcloud ks cluster get shows the URL)",
            WorkstationNoteKind.EtcdPortUnknown =>
                "calicoctl: the etcd port is not known; read it with 'kubectl get cm -n kube-system cluster-info -o yaml' (etcd_host) and import it with 'portcullis cluster init --cluster-info'",
            _ => throw new ArgumentOutOfRangeException(nameof(note), note.Kind, "Not a workstation note."),
        };
    }

    /// <summary>A probe target's name: <c>kubectl host:31438</c>, or for an unknown port <c>kubectl host (port unknown: 30000-32767)</c>.</summary>
    /// <param name="requirement">The requirement probed.</param>
    /// <param name="port">The port probed, or <see langword="null"/> when only the name is resolved.</param>
    public static string TargetName(EgressRequirement requirement, int? port)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        return port is { } exact ? $"{requirement.Tool} {requirement.Host}:{exact}" : $"{requirement.Tool} {requirement.Host} (port unknown: {Ports(requirement)})";
    }

    /// <summary>The comment that opens a workstation's probe targets file.</summary>
    public static string TargetsHeader(string cluster) => $"What an admin workstation of cluster {cluster} must reach; check it with: portcullis probe --targets FILE";
}
