namespace Portcullis.Formats.Graph;

/// <summary>What a cluster of the picture groups.</summary>
public enum GraphClusterKind
{
    /// <summary>A VPC.</summary>
    Vpc,

    /// <summary>An availability zone inside a VPC.</summary>
    Zone,

    /// <summary>A subnet (in endpoint-level reports).</summary>
    Subnet,

    /// <summary>The external address groups of one kind (public internet or service network).</summary>
    External,
}
