using Portcullis.Core.Topology;

namespace Portcullis.Core.Explain;

/// <summary>For a load balancer source, whether the destination is one of its pool members (it opens connections only to those).</summary>
/// <param name="LoadBalancerIp">The load balancer's private IP.</param>
/// <param name="Destination">The destination.</param>
/// <param name="IsPoolMember">Whether the destination is a member of a pool of the load balancer.</param>
public sealed record LoadBalancerRelation(Endpoint LoadBalancerIp, Endpoint Destination, bool IsPoolMember);
