using Portcullis.Core.Addresses;

namespace Portcullis.Core.Model;

/// <summary>An address reserved in a subnet, and what holds it.</summary>
/// <param name="Id">The reservation's id.</param>
/// <param name="Name">The reservation's name.</param>
/// <param name="Address">The address.</param>
/// <param name="TargetId">The id of the resource holding it, if any.</param>
/// <param name="TargetType">The holder's resource type (<c>network_interface</c>, <c>endpoint_gateway</c>, <c>load_balancer</c> ...), if any.</param>
public sealed record ReservedIp(string Id, string Name, IpAddress Address, string? TargetId, string? TargetType);
