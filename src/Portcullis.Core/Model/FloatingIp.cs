using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Model;

/// <summary>A public address bound to an interface: it routes the public internet to and from that interface.</summary>
/// <param name="Id">The floating IP's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Address">The public address.</param>
/// <param name="TargetId">The id of the interface it is bound to, if bound.</param>
/// <param name="Zone">Its zone, if known.</param>
/// <param name="Location">Where it was read, if from a file.</param>
public sealed record FloatingIp(string Id, string Name, IpAddress Address, string? TargetId, string? Zone, SourceLocation? Location = null);
