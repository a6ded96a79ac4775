using System.Runtime.InteropServices;
using Portcullis.Core.Addresses;

namespace Portcullis.Flows.Classification;

/// <summary>
/// The header fields that decide an IPv4 packet's fate: source and destination address, IP protocol, and source and
/// destination port. The classifiers' hot path takes this 16-byte value; IPv6 flows use <see cref="FlowKey6"/>.
/// </summary>
/// <remarks>
/// <para>Addresses are 32-bit numbers in host order (<c>10.0.0.1</c> is <c>0x0A000001</c>). For TCP, UDP and SCTP
/// the ports are the transport ports; for ICMP the source port carries the type and the destination port the code,
/// as OpenFlow does; for other protocols both ports are 0.</para>
/// <para><c>default</c> is the all-zero header (0.0.0.0 to 0.0.0.0, protocol 0, ports 0). It is a real key, not a
/// "no flow" marker: it matches exactly the rules that cover it, which are usually only wildcard rules.</para>
/// </remarks>
/// <param name="Source">The source address.</param>
/// <param name="Destination">The destination address.</param>
/// <param name="Protocol">The IP protocol number (6 TCP, 17 UDP, 1 ICMP ...).</param>
/// <param name="SourcePort">The source port, or the ICMP type.</param>
/// <param name="DestinationPort">The destination port, or the ICMP code.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct FlowKey(uint Source, uint Destination, byte Protocol, ushort SourcePort, ushort DestinationPort)
{
    /// <summary>A key from engine addresses.</summary>
    /// <exception cref="ArgumentException">When an address is not IPv4.</exception>
    public static FlowKey Of(IpAddress source, IpAddress destination, int protocol, int sourcePort, int destinationPort)
    {
        if (!source.IsIPv4 || !destination.IsIPv4)
        {
            throw new ArgumentException($"FlowKey holds IPv4 flows; {source} -> {destination} is not one (use FlowKey6).");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(protocol);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(protocol, 255);
        ArgumentOutOfRangeException.ThrowIfNegative(sourcePort);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sourcePort, 65535);
        ArgumentOutOfRangeException.ThrowIfNegative(destinationPort);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(destinationPort, 65535);
        return new FlowKey(source.IPv4Value, destination.IPv4Value, (byte)protocol, (ushort)sourcePort, (ushort)destinationPort);
    }

    /// <summary>The key of the reply: addresses and ports exchanged, same protocol.</summary>
    public FlowKey Reversed() => new(Destination, Source, Protocol, DestinationPort, SourcePort);

    /// <summary><c>10.0.0.1:34567 -> 10.0.0.2:443 proto 6</c>.</summary>
    public override string ToString() =>
        $"{IpAddress.FromIPv4(Source)}:{SourcePort} -> {IpAddress.FromIPv4(Destination)}:{DestinationPort} proto {Protocol}";
}
