using System.Collections.Frozen;
using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;

namespace Portcullis.Core.Topology;

/// <summary>A transit gateway with the VPCs it joins and what each VPC advertises on it.</summary>
public sealed class TransitGatewayNetwork
{
    internal TransitGatewayNetwork(string crn, string name, TransitGateway? gateway, ImmutableArray<VpcNetwork> vpcs, FrozenDictionary<VpcNetwork, IpAddressSet> advertised, FrozenDictionary<VpcNetwork, TransitConnection> connections)
    {
        Crn = crn;
        Name = name;
        Gateway = gateway;
        Vpcs = vpcs;
        Advertised = advertised;
        Connections = connections;
    }

    /// <summary>The gateway's CRN.</summary>
    public string Crn { get; }

    /// <summary>The gateway's name.</summary>
    public string Name { get; }

    /// <summary>The gateway as configured, when the input lists it.</summary>
    public TransitGateway? Gateway { get; }

    /// <summary>The VPCs it joins (at least two).</summary>
    public ImmutableArray<VpcNetwork> Vpcs { get; }

    /// <summary>For each VPC, the addresses it advertises on the gateway (its address prefixes that the prefix filters permit).</summary>
    public FrozenDictionary<VpcNetwork, IpAddressSet> Advertised { get; }

    /// <summary>For each VPC, its connection to the gateway.</summary>
    public FrozenDictionary<VpcNetwork, TransitConnection> Connections { get; }

    /// <summary>
    /// The prefixes a VPC offers a transit gateway, which its connection's prefix filters then permit or deny: the VPC's
    /// address prefixes, or its subnets' blocks when the configuration lists no address prefix.
    /// </summary>
    public static IEnumerable<IpPrefix> OfferedPrefixes(VpcNetwork vpc)
    {
        ArgumentNullException.ThrowIfNull(vpc);
        return vpc.Vpc.AddressPrefixes.IsDefaultOrEmpty ? vpc.Subnets.Select(s => s.Subnet.Cidr) : vpc.Vpc.AddressPrefixes.Select(p => p.Cidr);
    }

    /// <summary>
    /// The index in <see cref="TransitConnection.PrefixFilters"/> of the filter that decides whether the connection
    /// advertises <paramref name="prefix"/>: the first that matches, as filters apply in order; null when none matches
    /// and the connection's default decides.
    /// </summary>
    public static int? DecidingFilterIndex(TransitConnection connection, IpPrefix prefix)
    {
        ArgumentNullException.ThrowIfNull(connection);
        for (var i = 0; i < connection.PrefixFilters.Length; i++)
        {
            if (connection.PrefixFilters[i].Matches(prefix))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Whether the connection advertises the prefix on its gateway: the deciding filter's action, else the default.</summary>
    public static bool Advertises(TransitConnection connection, IpPrefix prefix)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var action = DecidingFilterIndex(connection, prefix) is { } index ? connection.PrefixFilters[index].Action : connection.PrefixFiltersDefault;
        return action == PrefixFilterAction.Permit;
    }

    /// <summary>Whether the gateway routes traffic to the subnet: its VPC is on the gateway and advertises the whole subnet.</summary>
    public bool RoutesTo(SubnetNode subnet)
    {
        ArgumentNullException.ThrowIfNull(subnet);
        return Advertised.TryGetValue(subnet.Vpc, out var advertised) && subnet.Addresses.IsSubsetOf(advertised);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
