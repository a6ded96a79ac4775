using Portcullis.Core.Model;

namespace Portcullis.Core.Explain;

/// <summary>What carries traffic between an endpoint and external addresses.</summary>
/// <param name="Kind">A floating IP, a public gateway, or the service gateway.</param>
/// <param name="FloatingIp">The floating IP, for <see cref="RouterKind.FloatingIp"/>.</param>
/// <param name="PublicGateway">The public gateway, for <see cref="RouterKind.PublicGateway"/>.</param>
public sealed record Router(RouterKind Kind, FloatingIp? FloatingIp = null, PublicGateway? PublicGateway = null);
