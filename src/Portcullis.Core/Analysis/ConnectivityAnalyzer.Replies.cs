using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Analysis;

public sealed partial class ConnectivityAnalyzer
{
    /// <summary>
    /// What the stateless layers let back from <paramref name="destination"/> to <paramref name="source"/>: the
    /// packets a reply may carry, written as the reply sends them (from the destination's ports to the source's).
    /// Security groups are stateful and never stop a reply, so only network ACLs (and transit gateway routes) count;
    /// inside one subnet nothing filters. A request <c>(s, d)</c> is answered when this set holds <c>(d, s)</c>; for
    /// TCP, <see cref="ConnectivityLine.ResponseBlocked"/> is exactly the requests it does not answer.
    /// </summary>
    /// <param name="source">The node that opened the connection: an endpoint or an external block.</param>
    /// <param name="destination">The node that replies.</param>
    public ConnectionSet ReplyPath(NetworkNode source, NetworkNode destination)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        switch (source, destination)
        {
            case (Endpoint src, Endpoint dst) when src.Vpc == dst.Vpc:
                return src.Subnet == dst.Subnet
                    ? ConnectionSet.All
                    : _classOf[dst].AclOut.Lookup(src.Address).Intersect(_classOf[src].AclIn.Lookup(dst.Address));
            case (Endpoint src, Endpoint dst):
                // As Evaluate: a gateway that carries the request carries its reply if it routes to the source too.
                return Topology.TransitGateways.Any(g => g.Vpcs.Contains(src.Vpc) && g.Vpcs.Contains(dst.Vpc) && g.RoutesTo(src.Subnet) && g.RoutesTo(dst.Subnet))
                    ? _classOf[dst].AclOut.Lookup(src.Address).Intersect(_classOf[src].AclIn.Lookup(dst.Address))
                    : ConnectionSet.None;
            case (Endpoint src, ExternalBlock block):
                return _classOf[src].AclIn.ForAll(block.First, block.Last);
            case (ExternalBlock block, Endpoint dst):
                return _classOf[dst].AclOut.ForAll(block.First, block.Last);
            default:
                return ConnectionSet.None;
        }
    }

    /// <summary>
    /// What the network ACL of <paramref name="endpoint"/>'s subnet allows, in one direction, between the endpoint
    /// and every one of <paramref name="peers"/> (the intersection over them).
    /// </summary>
    public ConnectionSet AclAllows(Endpoint endpoint, TrafficDirection direction, IpAddressSet peers)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var map = direction == TrafficDirection.Inbound ? _classOf[endpoint].AclIn : _classOf[endpoint].AclOut;
        var allowed = ConnectionSet.All;
        foreach (var (first, last) in peers.Ranges)
        {
            allowed = allowed.Intersect(map.ForAll(first, last));
        }

        return allowed;
    }
}
