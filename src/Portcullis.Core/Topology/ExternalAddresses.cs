using Portcullis.Core.Addresses;

namespace Portcullis.Core.Topology;

/// <summary>
/// External addresses of one kind that share a verdict: any set of ranges, as the streaming analysis merges the
/// external blocks an endpoint treats alike (<see cref="ExternalBlock"/> is one block of the cut).
/// </summary>
public sealed class ExternalAddresses : ExternalNode
{
    /// <summary>Addresses of <paramref name="kind"/>.</summary>
    public ExternalAddresses(ExternalKind kind, IpAddressSet addresses)
    {
        Kind = kind;
        Addresses = addresses;
    }

    /// <inheritdoc />
    public override ExternalKind Kind { get; }

    /// <inheritdoc />
    public override IpAddressSet Addresses { get; }
}
