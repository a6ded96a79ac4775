using System.Collections.Immutable;

namespace Portcullis.Policies.Layering;

/// <summary>Whether two clusters that share subnets are isolated from each other: every worker pair, both ways, layer by layer.</summary>
/// <param name="First">The first cluster.</param>
/// <param name="Second">The second cluster.</param>
/// <param name="SharedSubnets">The worker subnets both use (as the caller names them).</param>
/// <param name="NeedsKnown">Whether what the clusters need was known (their isolation sets); otherwise nothing is needed.</param>
/// <param name="Pairs">Every worker of each towards every worker of the other.</param>
public sealed record IsolationReport(string First, string Second, ImmutableArray<string> SharedSubnets, bool NeedsKnown, ImmutableArray<IsolationPair> Pairs)
{
    /// <summary>Whether no pair allows more than is needed.</summary>
    public bool Isolated => Pairs.All(p => p.Beyond.IsEmpty);
}
