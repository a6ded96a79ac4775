using System.Collections.Concurrent;
using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Analysis;

public sealed partial class ConnectivityAnalyzer
{
    private readonly ConcurrentDictionary<(SubnetNode, TrafficDirection), (AddressMap Map, bool Split)> _subnetMaps = new();

    /// <summary>
    /// Subnet to subnet (and subnet to external, through public gateways): what the network ACLs allow for every
    /// address of the subnets. Security groups are per endpoint and not part of this view.
    /// </summary>
    public ConnectivityReport AnalyzeSubnets()
    {
        var sections = ImmutableArray.CreateBuilder<ConnectivitySection>();
        foreach (var gateway in Topology.TransitGateways)
        {
            var lines = ImmutableArray.CreateBuilder<ConnectivityLine>();
            foreach (var source in gateway.Vpcs.SelectMany(v => v.Subnets))
            {
                foreach (var destination in gateway.Vpcs.SelectMany(v => v.Subnets).Where(d => d.Vpc != source.Vpc && gateway.RoutesTo(d)))
                {
                    AddSubnetLine(lines, source, destination, gateway.RoutesTo(source));
                }
            }

            sections.Add(new ConnectivitySection(new TransitGatewayScope(gateway), lines.ToImmutable()));
        }

        foreach (var vpc in Topology.Vpcs)
        {
            var lines = ImmutableArray.CreateBuilder<ConnectivityLine>();
            foreach (var source in vpc.Subnets)
            {
                foreach (var destination in vpc.Subnets.Where(d => d != source))
                {
                    AddSubnetLine(lines, source, destination, replyRouted: true);
                }

                if (source.PublicGateway is null)
                {
                    continue;
                }

                // A public gateway takes the subnet's outbound traffic to every external address.
                var outbound = SubnetMap(source, TrafficDirection.Outbound);
                var inbound = SubnetMap(source, TrafficDirection.Inbound);
                foreach (var block in vpc.ExternalBlocks)
                {
                    var connection = outbound.ForAll(block.First, block.Last);
                    if (!connection.IsEmpty)
                    {
                        lines.Add(new ConnectivityLine(source, block, connection, BlockedReplies(connection, inbound.ForAll(block.First, block.Last))));
                    }
                }
            }

            sections.Add(new ConnectivitySection(new VpcScope(vpc), lines.ToImmutable()));
        }

        return new ConnectivityReport(ConnectivityLevel.Subnets, sections.ToImmutable());
    }

    /// <summary>The subnets whose ACL treats some of their own addresses differently from others.</summary>
    public IEnumerable<SubnetNode> SplitSubnets() =>
        Topology.Subnets.Where(s => SubnetMapAndSplit(s, TrafficDirection.Inbound).Split || SubnetMapAndSplit(s, TrafficDirection.Outbound).Split);

    /// <summary>What the subnet's ACL allows between each of its local ranges and every remote range, direction by direction.</summary>
    public SubnetAclView ViewAcl(SubnetNode subnet)
    {
        ArgumentNullException.ThrowIfNull(subnet);
        var acl = subnet.Acl;
        var cuts = new SortedSet<UInt128> { subnet.Subnet.Cidr.First.Value };
        foreach (var rule in acl.Rules)
        {
            var local = AclEvaluator.LocalSide(rule).ToAddressSet().Intersect(subnet.Addresses);
            foreach (var (first, last) in local.Ranges)
            {
                cuts.Add(first.Value);
                cuts.Add(last.Value + 1);
            }
        }

        var bounds = cuts.Where(c => c <= subnet.Subnet.Cidr.Last.Value).ToArray();
        var ranges = ImmutableArray.CreateBuilder<LocalRangeView>();
        for (var i = 0; i < bounds.Length; i++)
        {
            var first = new IpAddress(bounds[i]);
            var last = new IpAddress(i + 1 < bounds.Length ? bounds[i + 1] - 1 : subnet.Subnet.Cidr.Last.Value);
            ranges.Add(new LocalRangeView(
                IpAddressSet.Range(first, last),
                RemoteRanges(subnet, _acls.Evaluate(acl, TrafficDirection.Inbound, first)),
                RemoteRanges(subnet, _acls.Evaluate(acl, TrafficDirection.Outbound, first))));
        }

        return new SubnetAclView(subnet, ranges.ToImmutable());
    }

    private static ImmutableArray<RemoteRangeConnection> RemoteRanges(SubnetNode subnet, AddressMap map)
    {
        // Traffic that stays inside the subnet does not cross its ACL.
        var inside = subnet.Addresses;
        var pieces = new List<RemoteRangeConnection>();
        var ipv4 = IpAddressSet.AllIPv4;
        foreach (var (first, last, connection) in AllRanges(map, ipv4.First, ipv4.Last))
        {
            foreach (var (a, b) in IpAddressSet.Range(first, last).Except(inside).Ranges)
            {
                pieces.Add(new RemoteRangeConnection(a, b, connection));
            }
        }

        pieces.Add(new RemoteRangeConnection(inside.First, inside.Last, ConnectionSet.All));
        var merged = new List<RemoteRangeConnection>();
        foreach (var piece in pieces.OrderBy(p => p.First))
        {
            if (merged.Count > 0 && merged[^1].Connection.Equals(piece.Connection) && merged[^1].Last.Value + 1 == piece.First.Value)
            {
                merged[^1] = merged[^1] with { Last = piece.Last };
            }
            else
            {
                merged.Add(piece);
            }
        }

        return [.. merged];
    }

    private static IEnumerable<(IpAddress First, IpAddress Last, ConnectionSet Connection)> AllRanges(AddressMap map, IpAddress from, IpAddress to)
    {
        var position = from;
        foreach (var (first, last, connection) in map.NonEmptyRanges())
        {
            if (last < from || first > to)
            {
                continue;
            }

            var start = first < from ? from : first;
            var end = last > to ? to : last;
            if (start > position)
            {
                yield return (position, new IpAddress(start.Value - 1), ConnectionSet.None);
            }

            yield return (start, end, connection);
            position = new IpAddress(end.Value + 1);
            if (end == to)
            {
                yield break;
            }
        }

        if (position <= to)
        {
            yield return (position, to, ConnectionSet.None);
        }
    }

    private void AddSubnetLine(ImmutableArray<ConnectivityLine>.Builder lines, SubnetNode source, SubnetNode destination, bool replyRouted)
    {
        var outbound = SubnetMap(source, TrafficDirection.Outbound).ForAll(destination.Subnet.Cidr.First, destination.Subnet.Cidr.Last);
        if (outbound.IsEmpty)
        {
            return;
        }

        var connection = outbound.Intersect(SubnetMap(destination, TrafficDirection.Inbound).ForAll(source.Subnet.Cidr.First, source.Subnet.Cidr.Last));
        if (connection.IsEmpty)
        {
            return;
        }

        var reply = replyRouted
            ? SubnetMap(destination, TrafficDirection.Outbound).ForAll(source.Subnet.Cidr.First, source.Subnet.Cidr.Last)
                .Intersect(SubnetMap(source, TrafficDirection.Inbound).ForAll(destination.Subnet.Cidr.First, destination.Subnet.Cidr.Last))
            : ConnectionSet.None;
        lines.Add(new ConnectivityLine(source, destination, connection, BlockedReplies(connection, reply)));
    }

    /// <summary>What the subnet's ACL allows in one direction for every one of its addresses (the intersection over its local ranges).</summary>
    private AddressMap SubnetMap(SubnetNode subnet, TrafficDirection direction) =>
        direction == TrafficDirection.Outbound
            ? SubnetMapAndSplit(subnet, direction).Map.Intersect(EndpointClass.Routes(subnet))
            : SubnetMapAndSplit(subnet, direction).Map;

    private (AddressMap Map, bool Split) SubnetMapAndSplit(SubnetNode subnet, TrafficDirection direction) =>
        _subnetMaps.GetOrAdd((subnet, direction), key =>
        {
            var (node, dir) = key;
            var maps = LocalStarts(node, dir).Select(start => _acls.Evaluate(node.Acl, dir, start)).Distinct().ToList();
            var map = maps.Aggregate((a, b) => a.Intersect(b));
            return (map, maps.Count > 1);
        });

    private static IEnumerable<IpAddress> LocalStarts(SubnetNode subnet, TrafficDirection direction)
    {
        var cuts = new SortedSet<UInt128> { subnet.Subnet.Cidr.First.Value };
        foreach (var rule in subnet.Acl.RulesOf(direction))
        {
            foreach (var (first, last) in AclEvaluator.LocalSide(rule).ToAddressSet().Intersect(subnet.Addresses).Ranges)
            {
                cuts.Add(first.Value);
                if (last < subnet.Subnet.Cidr.Last)
                {
                    cuts.Add(last.Value + 1);
                }
            }
        }

        return cuts.Select(c => new IpAddress(c));
    }
}
