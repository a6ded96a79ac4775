namespace Portcullis.Cluster.Allowlist;

/// <summary>What an allowlist's user should know.</summary>
public enum AllowlistNoteKind
{
    /// <summary>A worker subnet has no public gateway: nothing from it reaches the internet.</summary>
    NoPublicGateway,

    /// <summary>The floating IP of a worker subnet's public gateway is not known.</summary>
    GatewayAddressUnknown,

    /// <summary>The workers' IPs are not known.</summary>
    WorkerAddressesUnknown,

    /// <summary>Worker IPs change when workers are replaced; the subnets stay valid.</summary>
    WorkerAddressesChange,

    /// <summary>Connections into VPC workers can only come from the IBM Cloud private network.</summary>
    PrivateNetworkOnly,
}
