using Portcullis.Core.Addresses;

namespace Portcullis.Core.Model;

/// <summary>An address prefix of a VPC in one zone.</summary>
/// <param name="Name">The prefix's name, if any.</param>
/// <param name="Cidr">The block.</param>
/// <param name="Zone">The zone, if known.</param>
public sealed record AddressPrefix(string? Name, IpPrefix Cidr, string? Zone);
