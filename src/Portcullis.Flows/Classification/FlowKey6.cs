using System.Runtime.InteropServices;
using Portcullis.Core.Addresses;

namespace Portcullis.Flows.Classification;

/// <summary>
/// The IPv6 counterpart of <see cref="FlowKey"/>: addresses as 128-bit numbers (<see cref="IpAddress.Value"/> of an
/// IPv6 address), the same protocol and port conventions.
/// </summary>
/// <remarks><c>default</c> is the all-zero header (<c>::</c> to <c>::</c>, protocol 0, ports 0), a real key.</remarks>
/// <param name="Source">The source address as a 128-bit number.</param>
/// <param name="Destination">The destination address as a 128-bit number.</param>
/// <param name="Protocol">The IP protocol number (next header).</param>
/// <param name="SourcePort">The source port, or the ICMPv6 type.</param>
/// <param name="DestinationPort">The destination port, or the ICMPv6 code.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct FlowKey6(UInt128 Source, UInt128 Destination, byte Protocol, ushort SourcePort, ushort DestinationPort)
{
    /// <summary>A key from engine addresses.</summary>
    /// <exception cref="ArgumentException">When an address is IPv4 (use <see cref="FlowKey"/>).</exception>
    public static FlowKey6 Of(IpAddress source, IpAddress destination, int protocol, int sourcePort, int destinationPort)
    {
        if (source.IsIPv4 || destination.IsIPv4)
        {
            throw new ArgumentException($"FlowKey6 holds IPv6 flows; {source} -> {destination} is not one (use FlowKey).");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(protocol);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(protocol, 255);
        ArgumentOutOfRangeException.ThrowIfNegative(sourcePort);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sourcePort, 65535);
        ArgumentOutOfRangeException.ThrowIfNegative(destinationPort);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(destinationPort, 65535);
        return new FlowKey6(source.Value, destination.Value, (byte)protocol, (ushort)sourcePort, (ushort)destinationPort);
    }

    /// <summary>The key of the reply: addresses and ports exchanged, same protocol.</summary>
    public FlowKey6 Reversed() => new(Destination, Source, Protocol, DestinationPort, SourcePort);

    /// <summary><c>[fd00::1]:34567 -> [fd00::2]:443 proto 6</c>.</summary>
    public override string ToString() =>
        $"[{new IpAddress(Source)}]:{SourcePort} -> [{new IpAddress(Destination)}]:{DestinationPort} proto {Protocol}";
}
