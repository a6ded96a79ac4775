namespace Portcullis.Core.Model;

/// <summary>The direction of a rule, seen from the subnet (ACL) or the member (security group) it protects.</summary>
public enum TrafficDirection
{
    /// <summary>Traffic arriving.</summary>
    Inbound,

    /// <summary>Traffic leaving.</summary>
    Outbound,
}
