using System.Collections.Frozen;
using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;

namespace Portcullis.Core.Topology;

internal sealed partial class TopologyBuilder
{
    private ImmutableArray<TransitGatewayNetwork> BuildTransitGateways(List<VpcNetwork> vpcs)
    {
        var result = ImmutableArray.CreateBuilder<TransitGatewayNetwork>();
        var byCrn = new Dictionary<string, VpcNetwork>();
        foreach (var vpc in vpcs)
        {
            byCrn.TryAdd(vpc.Vpc.Crn, vpc);
            byCrn.TryAdd(vpc.Vpc.Id, vpc);
        }

        foreach (var group in _config.TransitConnections.GroupBy(c => c.TransitGatewayCrn))
        {
            var gateway = _config.TransitGateways.LastOrDefault(g => g.Crn == group.Key || g.Id == group.Key);
            var name = gateway?.Name ?? group.First().TransitGatewayName;
            if (!KeepsTransitGateway(gateway))
            {
                continue;
            }

            var members = new List<VpcNetwork>();
            var connections = new Dictionary<VpcNetwork, TransitConnection>();
            foreach (var connection in group)
            {
                if (!byCrn.TryGetValue(connection.NetworkId, out var vpc))
                {
                    continue; // another network type, or a VPC not analysed
                }

                if (connection.Status is { } status && status != "attached")
                {
                    _diagnostics.Report(TopologyDiagnostics.TransitConnectionNotAttached, connection.Location, name, connection.Name, vpc.Name, status);
                    continue;
                }

                if (connections.TryAdd(vpc, connection))
                {
                    members.Add(vpc);
                }
            }

            if (members.Count < 2)
            {
                continue;
            }

            var advertised = members.ToDictionary(v => v, v => Advertised(v, connections[v]));
            if (Overlapping(members) is { } overlap)
            {
                _diagnostics.Report(TopologyDiagnostics.TransitGatewayOverlappingPrefixes, gateway?.SourceLocation, name, overlap.A, overlap.B);
                continue;
            }

            result.Add(new TransitGatewayNetwork(group.Key, name, gateway, [.. members], advertised.ToFrozenDictionary(), connections.ToFrozenDictionary()));
        }

        return result.ToImmutable();
    }

    private bool KeepsTransitGateway(TransitGateway? gateway)
    {
        if (_filter.ResourceGroup is { } group && !(gateway?.ResourceGroup?.Matches(group) ?? false))
        {
            return false;
        }

        return _filter.Regions.IsDefaultOrEmpty || (gateway?.Location is { } location && _filter.Regions.Contains(location));
    }

    /// <summary>A VPC's address prefixes that the connection's prefix filters permit (first matching filter decides, else the default).</summary>
    private static IpAddressSet Advertised(VpcNetwork vpc, TransitConnection connection) =>
        IpAddressSet.Of(TransitGatewayNetwork.OfferedPrefixes(vpc).Where(prefix => TransitGatewayNetwork.Advertises(connection, prefix)));

    private static (string A, string B)? Overlapping(List<VpcNetwork> members)
    {
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                if (Space(members[i]).Overlaps(Space(members[j])))
                {
                    return (members[i].Name, members[j].Name);
                }
            }
        }

        return null;

        static IpAddressSet Space(VpcNetwork vpc) => vpc.Vpc.AddressPrefixes.IsDefaultOrEmpty
            ? vpc.InternalAddresses
            : IpAddressSet.Of(vpc.Vpc.AddressPrefixes.Select(p => p.Cidr));
    }
}
