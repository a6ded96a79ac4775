namespace Portcullis.Application.Queries;

/// <summary>What is wrong with a connection query.</summary>
public enum ConnectionQueryProblem
{
    /// <summary>Ports or an ICMP type or code without a protocol.</summary>
    NeedsProtocol,

    /// <summary>A protocol that is neither a known name nor a number 0-255.</summary>
    UnknownProtocol,

    /// <summary>An ICMP type or code with TCP or UDP.</summary>
    IcmpFieldsNeedIcmp,

    /// <summary>Ports with a protocol that has none.</summary>
    PortsNeedTcpOrUdp,

    /// <summary>An ICMP type outside 0-254, a code outside 0-255, or a code without a type.</summary>
    IcmpOutOfRange,

    /// <summary>A port list that is not ports 1-65535 or ranges joined by commas.</summary>
    MalformedPorts,
}
