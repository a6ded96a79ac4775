using System.Collections.Immutable;

namespace Portcullis.Policies.Analysis;

/// <summary>What changed between two configurations, by category (an endpoint's connections to itself are left out).</summary>
/// <param name="Changes">The changed connections of each non-empty category.</param>
public sealed record SemanticDiffReport(ImmutableDictionary<SemanticDiffCategory, ImmutableArray<ConnectionDifference>> Changes)
{
    /// <summary>Whether nothing changed.</summary>
    public bool IsEmpty => Changes.IsEmpty;
}
