using Portcullis.Core.Addresses;

namespace Portcullis.Core.Model;

/// <summary>A worker node of a cluster: a VPC address in a worker subnet, in no instance list the user can see.</summary>
/// <param name="Id">The worker's id.</param>
/// <param name="Address">Its primary address.</param>
/// <param name="SubnetId">The id of its subnet, as the cluster reports it.</param>
/// <param name="SubnetCidr">The CIDR of its subnet, as the cluster reports it.</param>
/// <param name="Zone">Its zone, if known.</param>
/// <param name="PoolName">Its worker pool, if known.</param>
public sealed record IksWorkerNode(string Id, IpAddress Address, string? SubnetId, IpPrefix SubnetCidr, string? Zone, string? PoolName);
