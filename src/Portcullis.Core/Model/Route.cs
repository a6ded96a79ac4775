using Portcullis.Core.Addresses;

namespace Portcullis.Core.Model;

/// <summary>A route of a routing table.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Destination">The destination block.</param>
/// <param name="Action"><c>deliver</c>, <c>drop</c>, <c>delegate</c> or <c>delegate_vpc</c>.</param>
/// <param name="NextHop">The next-hop address for <c>deliver</c>, if any.</param>
/// <param name="Zone">The zone it applies in, if any.</param>
/// <param name="Priority">Its priority (lower wins among equal prefixes).</param>
public sealed record Route(string Name, IpPrefix Destination, string Action, IpAddress? NextHop, string? Zone, int Priority);
