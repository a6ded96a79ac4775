using System.Collections.Immutable;

namespace Portcullis.Cluster.Requirements;

/// <summary>The published facts the checks rely on: the requirement catalogs of every era and the regions.</summary>
/// <param name="Catalogs">One catalog per era.</param>
/// <param name="Regions">The regions, including the pseudo-region <c>global</c> for <c>icr.io</c>.</param>
public sealed record CloudFacts(ImmutableArray<RequirementCatalog> Catalogs, ImmutableArray<IbmRegion> Regions)
{
    /// <summary>The catalog of an era.</summary>
    /// <exception cref="InvalidOperationException">When the era has no catalog.</exception>
    public RequirementCatalog Catalog(DocumentationEra era) =>
        Catalogs.FirstOrDefault(c => c.Era == era) ?? throw new InvalidOperationException($"No catalog for era {EraNames.Name(era)}.");

    /// <summary>A region by name, or <see langword="null"/>.</summary>
    public IbmRegion? Region(string name) => Regions.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The control-plane CIDRs of a metro (from any region of it), or an empty list.</summary>
    public ImmutableArray<Portcullis.Core.Addresses.IpPrefix> ControlPlane(string metro) =>
        Regions.FirstOrDefault(r => string.Equals(r.Metro, metro, StringComparison.OrdinalIgnoreCase) && !r.ControlPlaneCidrs.IsDefaultOrEmpty)?.ControlPlaneCidrs ?? [];
}
