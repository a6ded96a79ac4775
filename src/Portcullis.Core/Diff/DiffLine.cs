using System.Collections.Immutable;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Diff;

/// <summary>A pair whose connection differs between two configurations.</summary>
/// <param name="Source">The source.</param>
/// <param name="Destination">The destination.</param>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Before">The connection before (empty when added).</param>
/// <param name="BeforeBlocked">Its TCP part whose replies were dropped.</param>
/// <param name="After">The connection after (empty when removed).</param>
/// <param name="AfterBlocked">Its TCP part whose replies are dropped.</param>
/// <param name="OnlyInOne">
/// The ends that exist in only one configuration, which explain the line: for a removed line the ends the second
/// configuration lacks, for an added line those the first lacks (source first).
/// </param>
public sealed record DiffLine(DiffSide Source, DiffSide Destination, DiffKind Kind, ConnectionSet Before, ConnectionSet BeforeBlocked, ConnectionSet After, ConnectionSet AfterBlocked, ImmutableArray<DiffSide> OnlyInOne);
