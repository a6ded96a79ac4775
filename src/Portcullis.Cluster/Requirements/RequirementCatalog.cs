using System.Collections.Immutable;
using Portcullis.Cluster.Description;

namespace Portcullis.Cluster.Requirements;

/// <summary>The requirements of one documentation era, as data.</summary>
/// <param name="Era">The era.</param>
/// <param name="Title">What documentation it follows.</param>
/// <param name="Requirements">The requirements, in the documentation's order.</param>
public sealed record RequirementCatalog(DocumentationEra Era, string Title, ImmutableArray<Requirement> Requirements)
{
    /// <summary>The requirements that apply to a cluster at <paramref name="version"/>, without the waived ones.</summary>
    public IEnumerable<Requirement> For(KubernetesVersion version, IEnumerable<string>? waived = null)
    {
        var skip = (waived ?? []).ToHashSet(StringComparer.Ordinal);
        return Requirements.Where(r => r.AppliesTo(version) && !skip.Contains(r.Id));
    }
}
