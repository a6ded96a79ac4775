using System.Collections.Immutable;
using Portcullis.Core.Addresses;

namespace Portcullis.Cluster.Workstation;

/// <summary>The IPv4 addresses a workstation rule allows for one host, and where they came from.</summary>
/// <param name="Host">The host they stand for.</param>
/// <param name="Addresses">The addresses, ordered, without repeats.</param>
/// <param name="Origin">Published by IBM, or resolved by DNS when the rules were written.</param>
/// <param name="Table">For published addresses, which table and region (<c>public master IPs, US South</c>); otherwise <see langword="null"/>.</param>
public sealed record DestinationAddresses(string Host, ImmutableArray<IpAddress> Addresses, AddressOrigin Origin, string? Table = null);
