namespace Portcullis.Cluster.Allowlist;

/// <summary>What an allowlist entry's block is.</summary>
public enum AllowlistEntryKind
{
    /// <summary>The floating IP of a zone's public gateway, which the cluster's traffic to the internet leaves from.</summary>
    PublicGateway,

    /// <summary>A worker subnet.</summary>
    WorkerSubnet,

    /// <summary>A worker's primary IP.</summary>
    Worker,
}
