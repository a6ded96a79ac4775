using System.Collections.Immutable;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Reports.Exposure;

/// <summary>Endpoints (or load balancers) that the outside sees alike, and what it sees.</summary>
/// <param name="Nodes">The nodes, in the report's order; never empty.</param>
/// <param name="Entries">
/// Their exposure: one entry per direction, kind, connection and marks, ordered by direction, kind, marks and first
/// address; an empty list means nothing outside may open anything to them, nor they to it.
/// </param>
public sealed record EndpointExposure(ImmutableArray<NetworkNode> Nodes, ImmutableArray<ExposureEntry> Entries)
{
    /// <summary>The entries of one direction and kind.</summary>
    public IEnumerable<ExposureEntry> Of(ExposureDirection direction, ExternalKind kind) => Entries.Where(e => e.Direction == direction && e.Kind == kind);

    /// <summary>The inbound entries from <paramref name="kind"/> that open any of <paramref name="ports"/> (TCP or UDP destination ports).</summary>
    public IEnumerable<ExposureEntry> OpenedPorts(ExternalKind kind, IntervalSet<int> ports) => Of(ExposureDirection.Inbound, kind).Where(e => e.OpensPorts(ports));
}
