using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Analysis;

public sealed partial class ConnectivityAnalyzer
{
    /// <summary>
    /// What the endpoint's own firewall layers allow between it and every address of <paramref name="peers"/>, in
    /// one direction, layer by layer: its security groups, its subnet's ACL (not crossed by peers inside the same
    /// subnet), and whether the ACL lets TCP replies back. Routers are not considered: this is the firewalls' view,
    /// for any address, inside the VPC or out (pod subnets and link-local addresses included).
    /// </summary>
    /// <param name="local">The endpoint.</param>
    /// <param name="direction">Outbound: from the endpoint to the peers; inbound: from the peers to the endpoint.</param>
    /// <param name="peers">The peer addresses (IPv4).</param>
    /// <returns>The peers cut into segments every layer treats alike, ascending, with equal neighbours merged.</returns>
    public ImmutableArray<LayerSegment> EvaluateLayers(Endpoint local, TrafficDirection direction, IpAddressSet peers)
    {
        ArgumentNullException.ThrowIfNull(local);
        var endpointClass = _classOf[local];
        var outbound = direction == TrafficDirection.Outbound;
        var groups = outbound ? endpointClass.SgOut : endpointClass.SgIn;
        // What leaves the subnet passes its outbound ACL and its routes (a drop route removes it like a deny).
        var acl = outbound ? endpointClass.ReplyOut : endpointClass.AclIn;
        var reply = outbound ? endpointClass.AclIn : endpointClass.ReplyOut;
        var ownSubnet = local.Subnet.Addresses;

        var cuts = new SortedSet<UInt128>();
        foreach (var map in new[] { groups, acl, reply })
        {
            foreach (var start in map.Starts)
            {
                cuts.Add(start);
            }
        }

        foreach (var (first, last) in ownSubnet.Ranges)
        {
            cuts.Add(first.Value);
            if (last.Value != UInt128.MaxValue)
            {
                cuts.Add(last.Value + 1);
            }
        }

        var segments = new List<LayerSegment>();
        foreach (var (first, last) in peers.Ranges)
        {
            var start = first.Value;
            while (true)
            {
                // The next cut inside the range ends this segment; cuts are never zero here, so Min's default means none.
                var next = start == last.Value ? UInt128.Zero : cuts.GetViewBetween(start + 1, last.Value).Min;
                var end = next == UInt128.Zero ? last.Value : next - 1;
                var address = new IpAddress(start);
                var inside = ownSubnet.Contains(address);
                var layers = new LayerConnections(
                    groups.Lookup(address),
                    inside ? null : acl.Lookup(address),
                    inside ? null : reply.Lookup(address).TcpOnly().SwapPorts());
                var range = IpAddressSet.Range(address, new IpAddress(end));
                if (segments.Count > 0 && segments[^1].Layers == layers)
                {
                    segments[^1] = segments[^1] with { Peers = segments[^1].Peers.Union(range) };
                }
                else
                {
                    segments.Add(new LayerSegment(range, layers));
                }

                if (end == last.Value)
                {
                    break;
                }

                start = end + 1;
            }
        }

        return [.. segments];
    }

    /// <summary>
    /// What every firewall layer between two endpoints of one VPC allows for traffic in one direction: both
    /// endpoints' security groups, both subnets' ACLs (when the traffic crosses them) and the ACLs' verdict on the
    /// TCP replies. Routers are not considered.
    /// </summary>
    /// <param name="local">The endpoint whose view this is.</param>
    /// <param name="direction">Outbound: from <paramref name="local"/> to <paramref name="peer"/>; inbound: the reverse.</param>
    /// <param name="peer">The other endpoint.</param>
    public LayerConnections EvaluateLayers(Endpoint local, TrafficDirection direction, Endpoint peer)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(peer);
        var localClass = _classOf[local];
        var peerClass = _classOf[peer];
        var outbound = direction == TrafficDirection.Outbound;
        var crosses = local.Subnet != peer.Subnet;
        ConnectionSet? Replies(AddressMap map, Endpoint other) => crosses ? map.Lookup(other.Address).TcpOnly().SwapPorts() : null;
        return new LayerConnections(
            (outbound ? localClass.SgOut : localClass.SgIn).Lookup(peer.Address),
            crosses ? (outbound ? localClass.ReplyOut : localClass.AclIn).Lookup(peer.Address) : null,
            Replies(outbound ? localClass.AclIn : localClass.ReplyOut, peer),
            (outbound ? peerClass.SgIn : peerClass.SgOut).Lookup(local.Address),
            crosses ? (outbound ? peerClass.AclIn : peerClass.ReplyOut).Lookup(local.Address) : null,
            Replies(outbound ? peerClass.ReplyOut : peerClass.AclIn, local));
    }
}
