namespace Portcullis.Core.Explain;

/// <summary>The routers between a VPC and external addresses.</summary>
public enum RouterKind
{
    /// <summary>A floating IP bound to the endpoint: the internet, both ways.</summary>
    FloatingIp,

    /// <summary>The subnet's public gateway: the internet, outbound only.</summary>
    PublicGateway,

    /// <summary>IBM's service network, always reachable.</summary>
    ServiceGateway,
}
