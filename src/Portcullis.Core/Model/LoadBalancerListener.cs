namespace Portcullis.Core.Model;

/// <summary>A load balancer listener: the protocol and port(s) clients connect to, and the pool it forwards to.</summary>
/// <param name="Id">The listener's id.</param>
/// <param name="Protocol">Its protocol (<c>tcp</c>, <c>udp</c>, <c>http</c>, <c>https</c>).</param>
/// <param name="PortMin">The lowest listening port.</param>
/// <param name="PortMax">The highest listening port.</param>
/// <param name="DefaultPoolId">The id of its default pool, if any.</param>
/// <param name="PolicyPoolIds">The pools its policies forward to.</param>
public sealed record LoadBalancerListener(string Id, string Protocol, int PortMin, int PortMax, string? DefaultPoolId, System.Collections.Immutable.ImmutableArray<string> PolicyPoolIds = default)
{
    /// <summary>Every pool the listener can send traffic to.</summary>
    public IEnumerable<string> PoolIds => (DefaultPoolId is { } pool ? [pool] : Array.Empty<string>()).Concat(PolicyPoolIds.IsDefault ? [] : PolicyPoolIds);
}
