using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Analysis;

/// <summary>What one node may open towards another, and which part of it cannot get its TCP replies back.</summary>
/// <param name="Source">The node that opens the connection.</param>
/// <param name="Destination">The node it connects to.</param>
/// <param name="Connection">Everything the firewalls on the path allow (never empty in a report).</param>
/// <param name="ResponseBlocked">The TCP part of <paramref name="Connection"/> whose replies a stateless layer drops.</param>
public sealed record ConnectivityLine(NetworkNode Source, NetworkNode Destination, ConnectionSet Connection, ConnectionSet ResponseBlocked)
{
    /// <summary>
    /// Whether the line merges several addresses that do not all have this connection (a load balancer shown as
    /// one node whose private IPs differ): the line is then an over-approximation.
    /// </summary>
    public bool OverApproximated { get; init; }

    /// <summary>The part of the connection that works both ways (everything not <see cref="ResponseBlocked"/>).</summary>
    public ConnectionSet Responsive => Connection.Except(ResponseBlocked);
}
