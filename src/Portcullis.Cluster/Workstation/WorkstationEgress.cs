using System.Collections.Immutable;
using Portcullis.Cluster.Description;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Sets;

namespace Portcullis.Cluster.Workstation;

/// <summary>
/// The egress a corporate firewall must allow for an admin to run ibmcloud, ibmcloud ks, ibmcloud cr, kubectl and
/// calicoctl against a cluster ([FW-VPC-2020] and [FW-VPC-2024] "corporate firewalls"), by era.
/// </summary>
public static class WorkstationEgress
{
    /// <summary>The master port range of the 2019-2020 documentation.</summary>
    public static IntervalSet<int> MasterPortRange2020 { get; } = IntervalSet<int>.Range(20000, 32767);

    /// <summary>The master port range of the 2021 and later documentation.</summary>
    public static IntervalSet<int> MasterPortRange { get; } = IntervalSet<int>.Range(30000, 32767);

    /// <summary>The requirements for a cluster, and notes on what could not be stated exactly.</summary>
    /// <param name="description">The cluster.</param>
    /// <param name="era">The documentation era.</param>
    /// <param name="facts">The regions' registry domains.</param>
    public static (ImmutableArray<EgressRequirement> Requirements, ImmutableArray<WorkstationNote> Notes) For(ClusterDescription description, DocumentationEra era, CloudFacts facts)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(facts);
        var list = ImmutableArray.CreateBuilder<EgressRequirement>();
        var notes = ImmutableArray.CreateBuilder<WorkstationNote>();
        var is2020 = era == DocumentationEra.Vpc2020;
        var page = is2020 ? "[FW-VPC-2020] corporate firewalls" : "[FW-VPC-2024] corporate firewalls";
        var https = IntervalSet<int>.Single(443);
        list.Add(new EgressRequirement("ibmcloud", "cloud.ibm.com", https, EgressPurpose.IbmCloudApi, era, page, "ibmcloud login -a https://cloud.ibm.com/"));
        list.Add(new EgressRequirement("ibmcloud ks", "containers.cloud.ibm.com", https, EgressPurpose.KubernetesServiceApi, era, page,
            is2020 ? "curl https://containers.cloud.ibm.com/v1/" : "curl https://containers.cloud.ibm.com/global/v1/versions"));

        var registryPorts = is2020 ? IntervalSet<int>.Of(new Interval<int>(443, 443), new Interval<int>(4443, 4443)) : https;
        var regions = description.RegistryRegions.IsDefaultOrEmpty ? ["global", description.Region] : description.RegistryRegions;
        foreach (var name in regions.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (facts.Region(name) is not { } region)
            {
                notes.Add(new WorkstationNote(WorkstationNoteKind.UnknownRegistryRegion, name, facts.Regions));
                continue;
            }

            list.Add(new EgressRequirement("ibmcloud cr", region.RegistryDomain, registryPorts, EgressPurpose.Registry, era, page + "; [REG]",
                is2020 ? $"curl https://{region.RegistryDomain}/api/v1/messages" : $"curl -i https://{region.RegistryDomain}/api/v1/messages", Region: region));
        }

        var range = is2020 ? MasterPortRange2020 : MasterPortRange;
        foreach (var (endpoint, purpose) in new[] { (description.PublicEndpoint, EgressPurpose.PublicMaster), (description.PrivateEndpoint, EgressPurpose.PrivateMaster) })
        {
            if (endpoint is null)
            {
                continue;
            }

            var exact = endpoint.Port != 443 || endpoint.Url is not null;
            list.Add(new EgressRequirement("kubectl", endpoint.Host, exact ? IntervalSet<int>.Single(endpoint.Port) : range, purpose, era, page,
                $"curl --insecure https://{endpoint.Host}:{endpoint.Port}/version", exact));
        }

        if (description.PublicEndpoint is null && description.PrivateEndpoint is null)
        {
            notes.Add(new WorkstationNote(WorkstationNoteKind.MasterEndpointUnknown, MasterPorts: range));
        }

        if (description.Etcd is { } etcd)
        {
            list.Add(new EgressRequirement("calicoctl", etcd.Host, IntervalSet<int>.Single(etcd.Port), EgressPurpose.Etcd, era, page + "; [FW-VPC-2020] calicoctl"));
        }
        else
        {
            notes.Add(new WorkstationNote(WorkstationNoteKind.EtcdPortUnknown));
        }

        return (list.ToImmutable(), notes.ToImmutable());
    }
}
