using System.Collections.Immutable;
using Portcullis.Core.Addresses;

namespace Portcullis.Policies.Layering;

/// <summary>A cluster's workers by their private addresses, for the isolation check.</summary>
/// <param name="Cluster">The cluster's name (as its Calico layer is named).</param>
/// <param name="Workers">The workers' private addresses.</param>
public sealed record ClusterWorkers(string Cluster, ImmutableArray<IpAddress> Workers);
