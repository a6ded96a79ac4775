using Portcullis.Core.Sets;

namespace Portcullis.Policies.Layering;

/// <summary>A layer that blocks part of what was asked.</summary>
/// <param name="Layer">The layer.</param>
/// <param name="Cluster">For <see cref="LayerKind.Calico"/>, whose policies; otherwise <see langword="null"/>.</param>
/// <param name="Blocked">What of the asked connections the layer does not allow.</param>
public sealed record LayerBlock(LayerKind Layer, string? Cluster, ConnectionSet Blocked);
