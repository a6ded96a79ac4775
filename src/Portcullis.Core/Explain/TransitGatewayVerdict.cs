using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Explain;

/// <summary>
/// A transit gateway's verdict on the route toward a subnet: the transit connection of the subnet's VPC, the address
/// prefix of that VPC which holds (part of) the subnet, and the prefix filter of the connection that decides whether
/// the gateway learns that prefix, or none when the connection's default decides.
/// </summary>
/// <param name="Gateway">The transit gateway.</param>
/// <param name="Vpc">The VPC whose prefix is routed (the destination's, or the source's for replies).</param>
/// <param name="Connection">The VPC's connection to the gateway, whose prefix filters decide.</param>
/// <param name="AddressPrefix">The VPC's prefix that holds the subnet; null when none does, so the gateway has no route to it.</param>
/// <param name="FilterIndex">The deciding filter's index in <see cref="TransitConnection.PrefixFilters"/>; null when the default decides.</param>
public sealed record TransitGatewayVerdict(TransitGatewayNetwork Gateway, VpcNetwork Vpc, TransitConnection Connection, IpPrefix? AddressPrefix, int? FilterIndex)
{
    /// <summary>The deciding prefix filter; null when the connection's default decides (or no prefix holds the subnet).</summary>
    public PrefixFilter? Filter => FilterIndex is { } index ? Connection.PrefixFilters[index] : null;

    /// <summary>Whether no filter matched and the connection's <see cref="TransitConnection.PrefixFiltersDefault"/> decides.</summary>
    public bool IsDefault => AddressPrefix is not null && FilterIndex is null;

    /// <summary>The action that decides: the filter's, or the connection's default.</summary>
    public PrefixFilterAction Action => AddressPrefix is null ? PrefixFilterAction.Deny : Filter?.Action ?? Connection.PrefixFiltersDefault;

    /// <summary>Whether the gateway routes to the prefix.</summary>
    public bool Permits => Action == PrefixFilterAction.Permit;

    /// <summary>The verdicts on the routes to <paramref name="subnet"/>: one per prefix its VPC offers the gateway that holds part of it.</summary>
    /// <remarks>
    /// A subnet lies in one address prefix of its VPC; when it lies in none, the one verdict says so (no prefix, no route).
    /// The gateway routes to the subnet exactly when every verdict permits and the prefixes cover it (as
    /// <see cref="TransitGatewayNetwork.RoutesTo"/> decides from the same filters).
    /// </remarks>
    public static IReadOnlyList<TransitGatewayVerdict> Of(TransitGatewayNetwork gateway, SubnetNode subnet)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(subnet);
        if (!gateway.Connections.TryGetValue(subnet.Vpc, out var connection))
        {
            return [];
        }

        var verdicts = TransitGatewayNetwork.OfferedPrefixes(subnet.Vpc)
            .Where(prefix => prefix.ToAddressSet().Overlaps(subnet.Addresses))
            .Distinct()
            .Select(prefix => new TransitGatewayVerdict(gateway, subnet.Vpc, connection, prefix, TransitGatewayNetwork.DecidingFilterIndex(connection, prefix)))
            .ToList();
        return verdicts.Count > 0 ? verdicts : [new TransitGatewayVerdict(gateway, subnet.Vpc, connection, null, null)];
    }
}
