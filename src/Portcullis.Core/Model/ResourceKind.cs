namespace Portcullis.Core.Model;

/// <summary>The kinds of object a <see cref="VpcConfiguration"/> holds.</summary>
public enum ResourceKind
{
    /// <summary>A VPC.</summary>
    Vpc,

    /// <summary>A subnet.</summary>
    Subnet,

    /// <summary>A network ACL.</summary>
    NetworkAcl,

    /// <summary>A security group.</summary>
    SecurityGroup,

    /// <summary>A virtual server instance.</summary>
    Instance,

    /// <summary>An endpoint gateway (VPE).</summary>
    EndpointGateway,

    /// <summary>A floating IP.</summary>
    FloatingIp,

    /// <summary>A public gateway.</summary>
    PublicGateway,

    /// <summary>A load balancer.</summary>
    LoadBalancer,

    /// <summary>A transit gateway.</summary>
    TransitGateway,

    /// <summary>A transit gateway connection.</summary>
    TransitConnection,

    /// <summary>A routing table.</summary>
    RoutingTable,

    /// <summary>A Kubernetes cluster.</summary>
    IksCluster,
}
