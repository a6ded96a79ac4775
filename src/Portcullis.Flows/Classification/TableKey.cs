using System.Numerics;
using System.Runtime.CompilerServices;

namespace Portcullis.Flows.Classification;

/// <summary>The key a table hashes on: the masks of its <see cref="EntryShape"/>, and the hash of a packet or entry under them.</summary>
internal readonly struct TableKey<TAddress>
    where TAddress : unmanaged, IBinaryInteger<TAddress>, IUnsignedNumber<TAddress>
{
    private const ulong PortHashMultiplier = 0xC2B2AE3D27D4EB4FUL;
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;

    private readonly TAddress _sourceMask;
    private readonly TAddress _destinationMask;
    private readonly uint _portMask;
    private readonly uint _protocolMask;

    public TableKey(EntryShape shape)
    {
        _sourceMask = AddressBits<TAddress>.Mask(shape.Source);
        _destinationMask = AddressBits<TAddress>.Mask(shape.Destination);
        _portMask = (PortMask(shape.SourcePort) << 16) | PortMask(shape.DestinationPort);
        _protocolMask = shape.Protocol == 0 ? 0u : (0xFFu << (8 - shape.Protocol)) & 0xFF;
    }

    /// <summary>The 64-bit hash of a packet's key; <paramref name="ports"/> is <c>source port &lt;&lt; 16 | destination port</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Hash(TAddress source, TAddress destination, uint protocol, uint ports)
    {
        var addresses = AddressBits<TAddress>.Fold(source & _sourceMask, destination & _destinationMask);
        var rest = ((ulong)(ports & _portMask) << 8) | (protocol & _protocolMask);
        return (addresses ^ (rest * PortHashMultiplier)) * HashMultiplier;
    }

    /// <summary>The hash of an entry's key (its low bounds under the masks: the bits all its packets share).</summary>
    public ulong Hash(in RuleEntry<TAddress> entry) =>
        Hash(entry.SourceLow, entry.DestinationLow, entry.ProtocolLow, ((uint)entry.SourcePortLow << 16) | entry.DestinationPortLow);

    /// <summary>An entry's key itself, to tell keys apart exactly.</summary>
    public (TAddress Source, TAddress Destination, uint Ports, uint Protocol) Of(in RuleEntry<TAddress> entry) =>
        (entry.SourceLow & _sourceMask, entry.DestinationLow & _destinationMask,
            ((uint)(entry.SourcePortLow << 16) | entry.DestinationPortLow) & _portMask, entry.ProtocolLow & _protocolMask);

    private static uint PortMask(int length) => length == 0 ? 0u : (0xFFFFu << (16 - length)) & 0xFFFF;
}
