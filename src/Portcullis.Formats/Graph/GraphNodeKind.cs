namespace Portcullis.Formats.Graph;

/// <summary>What a node of the picture is; decides its shape and colour.</summary>
public enum GraphNodeKind
{
    /// <summary>An instance's network interface or virtual network interface.</summary>
    Instance,

    /// <summary>A Kubernetes worker node.</summary>
    Worker,

    /// <summary>A reserved IP of an endpoint gateway (VPE).</summary>
    EndpointGateway,

    /// <summary>A private IP of a load balancer.</summary>
    LoadBalancer,

    /// <summary>A subnet (in subnet-level reports).</summary>
    Subnet,

    /// <summary>Public internet addresses, merged as the text report merges them.</summary>
    PublicInternet,

    /// <summary>IBM service network addresses, merged as the text report merges them.</summary>
    ServiceNetwork,
}
