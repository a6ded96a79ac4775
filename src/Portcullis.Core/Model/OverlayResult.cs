using System.Collections.Immutable;

namespace Portcullis.Core.Model;

/// <summary>A configuration with a managed one overlaid, and what the overlay replaced or removed.</summary>
/// <param name="Configuration">The combined configuration.</param>
/// <param name="Changes">Every object of the configuration beneath that was replaced or removed, in its order.</param>
public sealed record OverlayResult(VpcConfiguration Configuration, ImmutableArray<OverlayChange> Changes);
