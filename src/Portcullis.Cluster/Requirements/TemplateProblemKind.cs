namespace Portcullis.Cluster.Requirements;

/// <summary>Why a requirement's connection template does not resolve to packets.</summary>
public enum TemplateProblemKind
{
    /// <summary>The protocol is not one the VPC API names.</summary>
    UnknownProtocol,

    /// <summary>Ports are given with a protocol other than TCP or UDP.</summary>
    PortsWithoutTcpOrUdp,

    /// <summary>An ICMP type or code is given with a protocol other than ICMP.</summary>
    IcmpFieldsWithoutIcmp,

    /// <summary>The ICMP type or code is out of range, or a code is given without a type.</summary>
    IcmpOutOfRange,

    /// <summary>The ports name the master's port, which the cluster description does not give.</summary>
    MasterPortUnknown,

    /// <summary>The ports are not a port list.</summary>
    NotAPortList,
}
