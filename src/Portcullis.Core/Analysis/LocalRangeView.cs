using System.Collections.Immutable;
using Portcullis.Core.Addresses;

namespace Portcullis.Core.Analysis;

/// <summary>What a subnet's ACL allows for one range of its addresses.</summary>
/// <param name="Local">The local addresses.</param>
/// <param name="Ingress">Per remote range, what may come in.</param>
/// <param name="Egress">Per remote range, what may go out.</param>
public sealed record LocalRangeView(IpAddressSet Local, ImmutableArray<RemoteRangeConnection> Ingress, ImmutableArray<RemoteRangeConnection> Egress);
