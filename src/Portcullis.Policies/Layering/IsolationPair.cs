using Portcullis.Core.Sets;

namespace Portcullis.Policies.Layering;

/// <summary>One worker of a cluster towards one worker of the other: what each layer allows, and what is needed.</summary>
/// <param name="SourceCluster">The source worker's cluster.</param>
/// <param name="DestinationCluster">The destination worker's cluster.</param>
/// <param name="Layers">Each layer's verdict on the pair.</param>
/// <param name="Needed">What the clusters need between them: what their own isolation sets leave open (none when no set is known).</param>
public sealed record IsolationPair(string SourceCluster, string DestinationCluster, LayeredExplanation Layers, ConnectionSet Needed)
{
    /// <summary>What all layers allow beyond what is needed: the isolation's gap.</summary>
    public ConnectionSet Beyond => Layers.Allowed.Except(Needed);
}
