using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Analysis;

/// <summary>What a layer allows to or from one range of remote addresses.</summary>
/// <param name="First">The first remote address.</param>
/// <param name="Last">The last remote address.</param>
/// <param name="Connection">The connections allowed.</param>
public sealed record RemoteRangeConnection(IpAddress First, IpAddress Last, ConnectionSet Connection);
