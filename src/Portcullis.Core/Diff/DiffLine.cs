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
/// <param name="Info">Why, when an end exists in only one configuration (<c>vsi1[10.0.0.4] removed</c>).</param>
public sealed record DiffLine(DiffSide Source, DiffSide Destination, DiffKind Kind, ConnectionSet Before, ConnectionSet BeforeBlocked, ConnectionSet After, ConnectionSet AfterBlocked, string? Info);
