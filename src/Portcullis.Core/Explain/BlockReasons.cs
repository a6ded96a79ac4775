namespace Portcullis.Core.Explain;

/// <summary>Why a connection is blocked; several may hold at once.</summary>
[Flags]
public enum BlockReasons
{
    /// <summary>Not blocked.</summary>
    None = 0,

    /// <summary>A layer on the destination side allows none of it.</summary>
    Ingress = 1,

    /// <summary>A layer on the source side allows none of it.</summary>
    Egress = 2,

    /// <summary>No floating IP, public gateway or service route connects the endpoint with the external address.</summary>
    NoRouter = 4,

    /// <summary>A load balancer only opens connections to its pool members.</summary>
    LoadBalancer = 8,

    /// <summary>No transit gateway routes between the two VPCs (or its prefix filters deny the destination).</summary>
    TransitGateway = 16,

    /// <summary>A route of the source subnet's routing table drops the traffic.</summary>
    Route = 32,
}
