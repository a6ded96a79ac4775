using Portcullis.Core.Addresses;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Diff;

/// <summary>One end of a diff line: an endpoint or subnet by name, or external addresses of one kind.</summary>
/// <param name="Name">The printed name (an external side prints its kind and address list).</param>
/// <param name="External">For external addresses, their kind.</param>
/// <param name="Addresses">For external addresses, the addresses.</param>
public sealed record DiffSide(string Name, ExternalKind? External = null, IpAddressSet Addresses = default)
{
    /// <summary>Whether the side is external address space.</summary>
    public bool IsExternal => External is not null;
}
