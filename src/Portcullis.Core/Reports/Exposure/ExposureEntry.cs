using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Reports.Exposure;

/// <summary>One fact of an endpoint's exposure: these external addresses, of one kind, may open (or be opened) exactly this connection.</summary>
/// <param name="Direction">Whether the addresses open the connection (inbound) or the endpoint does (outbound).</param>
/// <param name="Kind">The public internet or the service network.</param>
/// <param name="Addresses">Every address of the kind with exactly this connection and marks.</param>
/// <param name="Connection">The connection.</param>
/// <param name="ResponseBlocked">Whether this is TCP whose replies a stateless layer drops.</param>
/// <param name="OverApproximated">Whether not every private IP of a load balancer has it.</param>
public sealed record ExposureEntry(ExposureDirection Direction, ExternalKind Kind, IpAddressSet Addresses, ConnectionSet Connection, bool ResponseBlocked, bool OverApproximated)
{
    /// <summary>Whether the connection includes TCP or UDP to any of <paramref name="ports"/> as destination port (from any source port).</summary>
    public bool OpensPorts(IntervalSet<int> ports)
    {
        if (ports.IsEmpty)
        {
            return false;
        }

        var all = IntervalSet<int>.Range(ConnectionSet.MinPort, ConnectionSet.MaxPort);
        return Connection.Overlaps(ConnectionSet.Ports(IpProtocols.Tcp, all, ports).Union(ConnectionSet.Ports(IpProtocols.Udp, all, ports)));
    }
}
