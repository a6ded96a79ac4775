namespace Portcullis.Policies.Isolation;

/// <summary>The names of the policies in IBM's private-network isolation set (the file names without .yaml).</summary>
public static class IbmIsolationPolicyNames
{
    /// <summary>Workers reach each other and the pod subnet; workers accept everything from workers.</summary>
    public const string AllowAllWorkers = "allow-all-workers-private";

    /// <summary>Pods reach cluster services, other pods, non-private nets and the master.</summary>
    public const string AllowEgressPods = "allow-egress-pods-private";

    /// <summary>The ports workers need (DNS, NFS, block storage, calico-typha, the master's proxies, BigFix, VPN).</summary>
    public const string AllowIbmPorts = "allow-ibm-ports-private";

    /// <summary>ICMP into workers (infrastructure health monitoring).</summary>
    public const string AllowIcmp = "allow-icmp-private";

    /// <summary>Workers reach the master through the private service endpoint.</summary>
    public const string AllowPrivateServiceEndpoint = "allow-private-service-endpoint";

    /// <summary>Workers reach and are reached by the classic infrastructure management subnets.</summary>
    public const string AllowSysMgmt = "allow-sys-mgmt-private";

    /// <summary>Workers reach IBM Cloud services over private endpoints (optional).</summary>
    public const string AllowPrivateServices = "allow-private-services";

    /// <summary>Pods reach IBM Cloud services over private endpoints (optional).</summary>
    public const string AllowPrivateServicesPods = "allow-private-services-pods";

    /// <summary>VRRP both ways (optional; load balancer services on classic).</summary>
    public const string AllowVrrp = "allow-vrrp-private";

    /// <summary>Everything else into and out of workers' private interfaces is denied.</summary>
    public const string DenyAllDefault = "deny-all-private-default";
}
