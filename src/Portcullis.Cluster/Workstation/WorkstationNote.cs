using System.Collections.Immutable;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Sets;

namespace Portcullis.Cluster.Workstation;

/// <summary>Something a workstation's egress could not state exactly, and what to do about it.</summary>
/// <param name="Kind">What.</param>
/// <param name="Region">The unknown registry region's name, for <see cref="WorkstationNoteKind.UnknownRegistryRegion"/>.</param>
/// <param name="KnownRegions">The regions that are known, for <see cref="WorkstationNoteKind.UnknownRegistryRegion"/>.</param>
/// <param name="MasterPorts">The master port range of the era, for <see cref="WorkstationNoteKind.MasterEndpointUnknown"/>.</param>
public sealed record WorkstationNote(WorkstationNoteKind Kind, string? Region = null, ImmutableArray<IbmRegion> KnownRegions = default, IntervalSet<int>? MasterPorts = null);
