using System.Collections.Immutable;

namespace Portcullis.Collect;

/// <summary>
/// What to collect: regions (empty: every VPC region of the account), one resource group and some VPCs (empty: all).
/// A VPC is kept when it matches; then everything in it is kept, whatever its own resource group, because a subnet,
/// group or instance of another group in the VPC still decides its connectivity.
/// </summary>
/// <param name="Regions">Region names such as <c>us-south</c>; empty for every region the account has.</param>
/// <param name="ResourceGroup">A resource group name or id, or <see langword="null"/> for all.</param>
/// <param name="Vpcs">VPC names, ids or CRNs; empty for all.</param>
public sealed record CollectScope(ImmutableArray<string> Regions, string? ResourceGroup, ImmutableArray<string> Vpcs)
{
    /// <summary>Everything the key may read.</summary>
    public static CollectScope Everything { get; } = new([], null, []);

    /// <summary>Whether the scope narrows the VPCs (so resources found by other means than their VPC are kept only when they serve one).</summary>
    public bool NarrowsVpcs => ResourceGroup is not null || !Vpcs.IsDefaultOrEmpty;
}
