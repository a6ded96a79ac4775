namespace Portcullis.Core.Model;

/// <summary>A load balancer listener: the protocol and port(s) clients connect to, and the pool it forwards to.</summary>
/// <param name="Id">The listener's id.</param>
/// <param name="Protocol">Its protocol (<c>tcp</c>, <c>udp</c>, <c>http</c>, <c>https</c>).</param>
/// <param name="PortMin">The lowest listening port.</param>
/// <param name="PortMax">The highest listening port.</param>
/// <param name="DefaultPoolId">The id of its default pool, if any.</param>
public sealed record LoadBalancerListener(string Id, string Protocol, int PortMin, int PortMax, string? DefaultPoolId);
