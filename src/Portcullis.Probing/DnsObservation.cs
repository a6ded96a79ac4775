using System.Collections.Immutable;
using Portcullis.Core.Addresses;

namespace Portcullis.Probing;

/// <summary>What name resolution found.</summary>
/// <param name="Name">The name resolved: the target's host, or the proxy's when a proxy carries the connection.</param>
/// <param name="Addresses">The addresses, in the resolver's order.</param>
/// <param name="Elapsed">How long the lookup took.</param>
public sealed record DnsObservation(string Name, ImmutableArray<IpAddress> Addresses, TimeSpan Elapsed)
{
    /// <summary>The host was an IP address: nothing was looked up.</summary>
    public bool IsAddressLiteral { get; init; }

    /// <summary>The name is the proxy's: the proxy resolves the target's name itself.</summary>
    public bool IsProxyName { get; init; }
}
