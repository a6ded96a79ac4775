using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Cluster.Description;

/// <summary>
/// What Portcullis knows about one IKS cluster on VPC (the <c>cluster.yaml</c> file): identity, version, where its
/// workers are, its endpoints, and which VPC configuration files describe its firewalls.
/// </summary>
/// <param name="Name">The cluster's name.</param>
/// <param name="Id">The cluster's id (the <c>kube-&lt;id&gt;</c> security group and the workers are named after it).</param>
/// <param name="Region">The region, such as <c>us-south</c>.</param>
/// <param name="Zones">The zones with workers.</param>
/// <param name="Version">The Kubernetes version of the master.</param>
/// <param name="VersionText">The version as written (<c>1.29.8_1543</c>).</param>
/// <param name="WorkerPools">The worker pools and their subnets.</param>
/// <param name="Workers">The workers, when known (from <c>ibmcloud ks worker ls</c>).</param>
/// <param name="PodSubnet">The pod subnet (<c>172.17.0.0/18</c> by default).</param>
/// <param name="ServiceSubnet">The service subnet (<c>172.21.0.0/16</c> by default).</param>
/// <param name="PublicEndpoint">The public cloud service endpoint, if enabled.</param>
/// <param name="PrivateEndpoint">The private cloud service endpoint, if enabled.</param>
/// <param name="Etcd">The etcd host and port calicoctl uses (from the <c>cluster-info</c> ConfigMap), if known.</param>
/// <param name="RegistryRegions">The registry regions images are pulled from and pushed to (<c>global</c>, <c>us-south</c> ...).</param>
/// <param name="VpcConfigs">The VPC configuration files, as written (relative to the description's folder).</param>
/// <param name="Overrides">What the admin states instead of what Portcullis derives.</param>
/// <param name="Location">Where it was read, if from a file.</param>
public sealed record ClusterDescription(
    string Name,
    string Id,
    string Region,
    ImmutableArray<string> Zones,
    KubernetesVersion Version,
    string VersionText,
    ImmutableArray<WorkerPool> WorkerPools,
    ImmutableArray<ClusterWorker> Workers,
    IpPrefix PodSubnet,
    IpPrefix ServiceSubnet,
    ServiceEndpoint? PublicEndpoint,
    ServiceEndpoint? PrivateEndpoint,
    ServiceEndpoint? Etcd,
    ImmutableArray<string> RegistryRegions,
    ImmutableArray<string> VpcConfigs,
    ClusterOverrides Overrides,
    SourceLocation? Location = null)
{
    /// <summary>The default pod subnet of the first VPC cluster in a VPC.</summary>
    public static IpPrefix DefaultPodSubnet { get; } = IpPrefix.Parse("172.17.0.0/18");

    /// <summary>The default service subnet.</summary>
    public static IpPrefix DefaultServiceSubnet { get; } = IpPrefix.Parse("172.21.0.0/16");

    /// <summary>
    /// The cluster's Calico and Kubernetes resource files (policies, host endpoints, pods ...), as written (relative to
    /// the description's folder): the policy layer in front of the workers, analysed with the VPC firewalls.
    /// </summary>
    public ImmutableArray<string> Policies { get; init; } = [];

    /// <summary>Every worker subnet of every pool, each once (by block).</summary>
    public ImmutableArray<WorkerSubnet> WorkerSubnets => [.. WorkerPools.SelectMany(p => p.Subnets).DistinctBy(s => s.Cidr)];
}
