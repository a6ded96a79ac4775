using Portcullis.Core.Addresses;

namespace Portcullis.Core.Model;

/// <summary>A pool member: an address (or an instance) and the port traffic is sent to.</summary>
/// <param name="Id">The member's id.</param>
/// <param name="Port">The member port.</param>
/// <param name="Address">The member address, when the target is given by address.</param>
/// <param name="TargetId">The member instance's id, when the target is given by instance.</param>
public sealed record LoadBalancerPoolMember(string Id, int Port, IpAddress? Address, string? TargetId);
