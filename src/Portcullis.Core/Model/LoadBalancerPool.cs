using System.Collections.Immutable;

namespace Portcullis.Core.Model;

/// <summary>A load balancer pool: the members traffic is forwarded to.</summary>
/// <param name="Id">The pool's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Protocol">Its protocol.</param>
/// <param name="Members">Its members.</param>
public sealed record LoadBalancerPool(string Id, string Name, string Protocol, ImmutableArray<LoadBalancerPoolMember> Members);
