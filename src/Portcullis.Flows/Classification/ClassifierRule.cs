using System.Runtime.InteropServices;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;

namespace Portcullis.Flows.Classification;

/// <summary>
/// One rule as the classifiers see it: a source and destination block, a range of IP protocols and ranges of
/// source and destination ports, and the index of the policy rule it comes from.
/// </summary>
/// <remarks>
/// <para>A policy rule that matches several protocols or port ranges (a <see cref="ConnectionSet"/> with holes, a
/// security-group remote with several blocks) becomes several classifier rules with the same
/// <see cref="Index"/>; <see cref="ClassifierRules"/> does that expansion.</para>
/// <para>Ports range over 0-65535 (for ICMP: type and code, see <see cref="FlowKey"/>), protocols over 0-255. Both
/// blocks must be of one family: IPv4 rules match <see cref="FlowKey"/>s, IPv6 rules <see cref="FlowKey6"/>s.</para>
/// <para><c>default</c> is not a usable rule: its blocks are the "no prefix" <c>default</c>
/// <see cref="IpPrefix"/>, and the classifiers' <c>Build</c> rejects it.</para>
/// </remarks>
/// <param name="Index">The policy rule's index, 0 or more. For first-match classifiers it is also the priority: a lower index wins.</param>
/// <param name="Source">The source block.</param>
/// <param name="Destination">The destination block.</param>
/// <param name="Protocols">The IP protocol numbers, inclusive (0-255 for any).</param>
/// <param name="SourcePorts">The source ports (or ICMP types), inclusive (0-65535 for any).</param>
/// <param name="DestinationPorts">The destination ports (or ICMP codes), inclusive (0-65535 for any).</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct ClassifierRule(
    int Index,
    IpPrefix Source,
    IpPrefix Destination,
    Interval<int> Protocols,
    Interval<int> SourcePorts,
    Interval<int> DestinationPorts)
{
    /// <summary>Every protocol number.</summary>
    public static Interval<int> AnyProtocol { get; } = new(0, IpProtocols.Max);

    /// <summary>Every port, 0 included.</summary>
    public static Interval<int> AnyPort { get; } = new(0, 65535);

    /// <summary>A rule that matches every IPv4 packet.</summary>
    public static ClassifierRule AnyIPv4(int index) => new(index, IpPrefix.AllIPv4, IpPrefix.AllIPv4, AnyProtocol, AnyPort, AnyPort);

    /// <summary>Whether the rule holds the packet (the naive definition the compiled classifiers are tested against).</summary>
    public bool Matches(in FlowKey flow) =>
        Source.IsIPv4 && Destination.IsIPv4
        && Source.Contains(IpAddress.FromIPv4(flow.Source)) && Destination.Contains(IpAddress.FromIPv4(flow.Destination))
        && Protocols.Contains(flow.Protocol) && SourcePorts.Contains(flow.SourcePort) && DestinationPorts.Contains(flow.DestinationPort);

    /// <summary>Whether the rule holds the IPv6 packet.</summary>
    public bool Matches(in FlowKey6 flow) =>
        !Source.IsDefault && !Destination.IsDefault && !Source.IsIPv4 && !Destination.IsIPv4
        && Source.Contains(new IpAddress(flow.Source)) && Destination.Contains(new IpAddress(flow.Destination))
        && Protocols.Contains(flow.Protocol) && SourcePorts.Contains(flow.SourcePort) && DestinationPorts.Contains(flow.DestinationPort);

    /// <summary>Throws when the rule cannot be compiled: negative index, missing or mixed-family blocks, out-of-range ports or protocols.</summary>
    internal void Validate()
    {
        if (Index < 0)
        {
            throw new ArgumentException($"Classifier rule index {Index} is negative.");
        }

        if (Source.IsDefault || Destination.IsDefault)
        {
            throw new ArgumentException($"Classifier rule {Index} has no source or destination block (a default ClassifierRule is not a rule).");
        }

        if (Source.IsIPv4 != Destination.IsIPv4)
        {
            throw new ArgumentException($"Classifier rule {Index} mixes address families: {Source} -> {Destination}.");
        }

        if (Protocols.Start < 0 || Protocols.End > IpProtocols.Max)
        {
            throw new ArgumentException($"Classifier rule {Index}: protocols {Protocols} are not within 0-255.");
        }

        if (SourcePorts.Start < 0 || SourcePorts.End > 65535 || DestinationPorts.Start < 0 || DestinationPorts.End > 65535)
        {
            throw new ArgumentException($"Classifier rule {Index}: ports {SourcePorts} / {DestinationPorts} are not within 0-65535.");
        }
    }
}
