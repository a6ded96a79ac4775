using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Portcullis.Flows.Classification;

/// <summary>
/// One compiled rule: every field as a low bound and a span, so that a field matches when
/// <c>value - low &lt;= span</c> in unsigned arithmetic (one subtraction and one comparison, no branch). For IPv4
/// this is 32 bytes, two to a cache line.
/// </summary>
/// <typeparam name="TAddress"><see cref="uint"/> for IPv4, <see cref="UInt128"/> for IPv6.</typeparam>
[StructLayout(LayoutKind.Sequential)]
internal struct RuleEntry<TAddress>
    where TAddress : unmanaged, IBinaryInteger<TAddress>, IUnsignedNumber<TAddress>
{
    /// <summary>The index of an empty hash slot; larger than every rule index, so it never wins.</summary>
    public const int EmptyIndex = int.MaxValue;

    public TAddress SourceLow;
    public TAddress SourceSpan;
    public TAddress DestinationLow;
    public TAddress DestinationSpan;
    public ushort SourcePortLow;
    public ushort SourcePortSpan;
    public ushort DestinationPortLow;
    public ushort DestinationPortSpan;
    public byte ProtocolLow;
    public byte ProtocolSpan;
    public int Index;

    public static RuleEntry<TAddress> Empty => new() { Index = EmptyIndex };

    public readonly bool IsEmpty => Index == EmptyIndex;

    public readonly TAddress SourceHigh => SourceLow + SourceSpan;

    public readonly TAddress DestinationHigh => DestinationLow + DestinationSpan;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool Matches(TAddress source, TAddress destination, uint protocol, uint sourcePort, uint destinationPort) =>
        // Non-short-circuit '&': all five comparisons are cheap, and a branch per field would mispredict.
        (source - SourceLow <= SourceSpan)
        & (destination - DestinationLow <= DestinationSpan)
        & (sourcePort - SourcePortLow <= SourcePortSpan)
        & (destinationPort - DestinationPortLow <= DestinationPortSpan)
        & (protocol - ProtocolLow <= ProtocolSpan);
}
