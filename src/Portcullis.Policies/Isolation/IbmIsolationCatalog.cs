using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Portcullis.Policies.Isolation;

/// <summary>The per-region data of IBM's private-network isolation set, with where it came from.</summary>
/// <param name="Source">The repository and commit the data was taken from.</param>
/// <param name="Regions">The regions IBM publishes the set for, in name order.</param>
public sealed record IbmIsolationCatalog(IbmIsolationSource Source, ImmutableArray<IbmIsolationRegion> Regions)
{
    /// <summary>The names of the regions, in order.</summary>
    public IEnumerable<string> RegionNames => Regions.Select(r => r.Name);

    /// <summary>Finds a region by its exact name.</summary>
    public bool TryGetRegion(string name, [NotNullWhen(true)] out IbmIsolationRegion? region)
    {
        region = Regions.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));
        return region is not null;
    }
}
