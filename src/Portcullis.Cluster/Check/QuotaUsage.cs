namespace Portcullis.Cluster.Check;

/// <summary>How much of a VPC quota a table uses.</summary>
/// <param name="What">The table, such as <c>network ACL iks-prod-workers-acl</c>.</param>
/// <param name="Used">Rules (or groups) in use.</param>
/// <param name="Limit">The quota.</param>
public sealed record QuotaUsage(string What, int Used, int Limit)
{
    /// <summary>The share of the quota in use from which a check reports pressure.</summary>
    public const double PressureThreshold = 0.8;

    /// <summary>Whether the use is at or above <see cref="PressureThreshold"/>.</summary>
    public bool UnderPressure => Used >= Limit * PressureThreshold;
}
