using Portcullis.Core.Addresses;

namespace Portcullis.Cluster.Description;

/// <summary>A worker node as <c>ibmcloud ks worker ls</c> lists it: its id, primary IP, zone and pool.</summary>
/// <param name="Id">The worker id.</param>
/// <param name="Address">The primary private IP.</param>
/// <param name="Zone">Its zone, if known.</param>
/// <param name="Pool">Its worker pool, if known.</param>
/// <param name="SubnetId">Its subnet's id, if known.</param>
public sealed record ClusterWorker(string Id, IpAddress Address, string? Zone, string? Pool, string? SubnetId);
