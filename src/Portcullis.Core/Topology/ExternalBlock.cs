using Portcullis.Core.Addresses;

namespace Portcullis.Core.Topology;

/// <summary>
/// A range of external addresses that every rule treats alike: the external space is cut at every CIDR any rule
/// mentions, so one answer holds for each whole block.
/// </summary>
public sealed class ExternalBlock : ExternalNode
{
    internal ExternalBlock(ExternalKind kind, IpAddress first, IpAddress last)
    {
        Kind = kind;
        First = first;
        Last = last;
        Addresses = IpAddressSet.Range(first, last);
    }

    /// <inheritdoc />
    public override ExternalKind Kind { get; }

    /// <summary>The first address.</summary>
    public IpAddress First { get; }

    /// <summary>The last address.</summary>
    public IpAddress Last { get; }

    /// <inheritdoc />
    public override IpAddressSet Addresses { get; }
}
