namespace Portcullis.Cluster.Formats.Allowlist;

/// <summary>How an allowlist is written.</summary>
public enum AllowlistFormat
{
    /// <summary>One aggregated CIDR per line.</summary>
    List,

    /// <summary><c>cidr,zone,reason</c>.</summary>
    Csv,

    /// <summary>The entries, CIDRs, connection and notes as JSON.</summary>
    Json,

    /// <summary>An nftables set and rule.</summary>
    Nftables,

    /// <summary>iptables rules.</summary>
    Iptables,

    /// <summary><c>ibmcloud is</c> security-group rules.</summary>
    Ibmcloud,

    /// <summary>Terraform security-group rules.</summary>
    Terraform,
}
