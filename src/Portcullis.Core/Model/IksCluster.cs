using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Model;

/// <summary>An IBM Cloud Kubernetes Service cluster as the collector saw it: its worker nodes and subnets.</summary>
/// <param name="Id">The cluster's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Region">Its region, if known.</param>
/// <param name="KubeVersion">The master's Kubernetes version, if known.</param>
/// <param name="PodSubnet">The pod subnet, if known.</param>
/// <param name="ServiceSubnet">The service subnet, if known.</param>
/// <param name="MasterUrl">The master URL, if known.</param>
/// <param name="Workers">Its worker nodes.</param>
/// <param name="Location">Where it was read, if from a file.</param>
public sealed record IksCluster(
    string Id,
    string Name,
    string? Region,
    string? KubeVersion,
    IpPrefix PodSubnet,
    IpPrefix ServiceSubnet,
    string? MasterUrl,
    ImmutableArray<IksWorkerNode> Workers,
    SourceLocation? Location = null);
