namespace Portcullis.Core.Topology;

/// <summary>What an internal endpoint is.</summary>
public enum EndpointKind
{
    /// <summary>An instance's network interface.</summary>
    NetworkInterface,

    /// <summary>An instance's virtual network interface (network attachment).</summary>
    VirtualNetworkInterface,

    /// <summary>A reserved IP of an endpoint gateway (VPE).</summary>
    EndpointGatewayIp,

    /// <summary>A private IP of a load balancer.</summary>
    LoadBalancerPrivateIp,

    /// <summary>A Kubernetes worker node.</summary>
    IksWorker,
}
