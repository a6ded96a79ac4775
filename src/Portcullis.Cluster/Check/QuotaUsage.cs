using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Cluster.Check;

/// <summary>How much of a VPC quota a table (or a worker) uses.</summary>
/// <remarks>Exactly one of <see cref="Acl"/>, <see cref="Group"/> and <see cref="Worker"/> is set, as <see cref="Kind"/> says.</remarks>
/// <param name="Kind">Which quota.</param>
/// <param name="Acl">The network ACL, for <see cref="QuotaKind.AclRules"/>.</param>
/// <param name="Group">The security group, for <see cref="QuotaKind.GroupRules"/>.</param>
/// <param name="Worker">The worker, for <see cref="QuotaKind.WorkerGroups"/>.</param>
/// <param name="Used">Rules (or groups) in use.</param>
/// <param name="Limit">The quota.</param>
public sealed record QuotaUsage(QuotaKind Kind, NetworkAcl? Acl, SecurityGroup? Group, Endpoint? Worker, int Used, int Limit)
{
    /// <summary>The share of the quota in use from which a check reports pressure.</summary>
    public const double PressureThreshold = 0.8;

    /// <summary>Whether the use is at or above <see cref="PressureThreshold"/>.</summary>
    public bool UnderPressure => Used >= Limit * PressureThreshold;

    /// <summary>The rules of a network ACL against <see cref="VpcQuotas.RulesPerAcl"/>.</summary>
    public static QuotaUsage Of(NetworkAcl acl)
    {
        ArgumentNullException.ThrowIfNull(acl);
        return new(QuotaKind.AclRules, acl, null, null, acl.Rules.Length, VpcQuotas.RulesPerAcl);
    }

    /// <summary>The rules of a security group against <see cref="VpcQuotas.RulesPerSecurityGroup"/>.</summary>
    public static QuotaUsage Of(SecurityGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new(QuotaKind.GroupRules, null, group, null, group.Rules.Length, VpcQuotas.RulesPerSecurityGroup);
    }

    /// <summary>The security groups of a worker against <see cref="VpcQuotas.GroupsPerInterface"/>.</summary>
    public static QuotaUsage Of(Endpoint worker)
    {
        ArgumentNullException.ThrowIfNull(worker);
        return new(QuotaKind.WorkerGroups, null, null, worker, worker.SecurityGroups.Length, VpcQuotas.GroupsPerInterface);
    }
}
