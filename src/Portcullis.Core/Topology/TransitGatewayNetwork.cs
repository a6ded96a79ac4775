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

    /// <summary>Whether the gateway routes traffic to the subnet: its VPC is on the gateway and advertises the whole subnet.</summary>
    public bool RoutesTo(SubnetNode subnet)
    {
        ArgumentNullException.ThrowIfNull(subnet);
        return Advertised.TryGetValue(subnet.Vpc, out var advertised) && subnet.Addresses.IsSubsetOf(advertised);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
