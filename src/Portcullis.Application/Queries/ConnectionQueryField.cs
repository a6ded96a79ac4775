namespace Portcullis.Application.Queries;

/// <summary>The parts of a connection query, each given by its own option.</summary>
public enum ConnectionQueryField
{
    /// <summary>The protocol: a name or number.</summary>
    Protocol,

    /// <summary>The source ports.</summary>
    SourcePorts,

    /// <summary>The destination ports.</summary>
    DestinationPorts,

    /// <summary>The ICMP type.</summary>
    IcmpType,

    /// <summary>The ICMP code.</summary>
    IcmpCode,
}
