using System.Collections.Immutable;
using Portcullis.Core.Addresses;

namespace Portcullis.Policies.Model;

/// <summary>A Kubernetes ipBlock.</summary>
/// <param name="Cidr">The CIDR.</param>
/// <param name="Except">The exceptions.</param>
public sealed record IpBlock(IpPrefix Cidr, ImmutableArray<IpPrefix> Except);
