using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Flows.Classification;

namespace Portcullis.Flows.Formats.ClassBench;

/// <summary>
/// One filter of a ClassBench filter set:
/// <c>@src/len  dst/len  sp_lo : sp_hi  dp_lo : dp_hi  proto/mask  flags/mask</c> (the flags are read and ignored).
/// </summary>
/// <param name="Source">The source prefix.</param>
/// <param name="Destination">The destination prefix.</param>
/// <param name="SourcePorts">The source port range.</param>
/// <param name="DestinationPorts">The destination port range.</param>
/// <param name="Protocol">The protocol value.</param>
/// <param name="ProtocolMask">The protocol mask: <c>0xFF</c> exactly <see cref="Protocol"/>, <c>0x00</c> any protocol.</param>
/// <param name="Line">The 1-based line it was read from.</param>
public sealed record ClassBenchFilter(
    IpPrefix Source,
    IpPrefix Destination,
    Interval<int> SourcePorts,
    Interval<int> DestinationPorts,
    byte Protocol,
    byte ProtocolMask,
    int Line)
{
    /// <summary>
    /// The classifier rules of the filter with the given index (its 0-based position, which is its priority). A
    /// partial protocol mask becomes one rule per run of protocol numbers it admits.
    /// </summary>
    public IEnumerable<ClassifierRule> ToClassifierRules(int index)
    {
        var value = Protocol & ProtocolMask;
        var start = -1;
        for (var p = 0; p <= 256; p++)
        {
            var admitted = p <= 255 && (p & ProtocolMask) == value;
            if (admitted && start < 0)
            {
                start = p;
            }
            else if (!admitted && start >= 0)
            {
                yield return new ClassifierRule(index, Source, Destination, new Interval<int>(start, p - 1), SourcePorts, DestinationPorts);
                start = -1;
            }
        }
    }

    /// <summary>Whether the filter holds the packet (the naive definition).</summary>
    public bool Matches(in FlowKey flow) =>
        Source.Contains(IpAddress.FromIPv4(flow.Source)) && Destination.Contains(IpAddress.FromIPv4(flow.Destination))
        && SourcePorts.Contains(flow.SourcePort) && DestinationPorts.Contains(flow.DestinationPort)
        && (flow.Protocol & ProtocolMask) == (Protocol & ProtocolMask);
}
