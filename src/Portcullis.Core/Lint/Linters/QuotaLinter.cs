using Portcullis.Core.Explain;

namespace Portcullis.Core.Lint.Linters;

/// <summary>
/// <c>acl-quota</c> and <c>sg-quota</c>: IBM Cloud VPC's limits on rules per table (200 per network ACL, 250 per
/// security group) and tables per VPC (100 of each). Above a limit the cloud refuses the configuration (an
/// error); at 90% of it the next change may fail (a warning).
/// </summary>
internal sealed class QuotaLinter : Linter
{
    /// <summary>Rules per network ACL, inbound and outbound together.</summary>
    public const int RulesPerAcl = 200;

    /// <summary>Rules per security group.</summary>
    public const int RulesPerGroup = 250;

    /// <summary>Network ACLs, and security groups, per VPC.</summary>
    public const int TablesPerVpc = 100;

    private readonly LayerKind _layer;

    private QuotaLinter(LayerKind layer, string name, string title, string description)
        : base(name, title, description, LintSeverity.Error) => _layer = layer;

    /// <summary>The network ACL variant.</summary>
    public static QuotaLinter NetworkAcls() => new(
        LayerKind.NetworkAcl,
        "acl-quota",
        "Network ACL quotas",
        $"A network ACL with more than {RulesPerAcl} rules, or a VPC with more than {TablesPerVpc} network ACLs, exceeds IBM Cloud's "
        + "quota (an error); 90% of a quota is a warning, because the next change may be refused.");

    /// <summary>The security group variant.</summary>
    public static QuotaLinter SecurityGroups() => new(
        LayerKind.SecurityGroup,
        "sg-quota",
        "Security group quotas",
        $"A security group with more than {RulesPerGroup} rules, or a VPC with more than {TablesPerVpc} security groups, exceeds IBM "
        + "Cloud's quota (an error); 90% of a quota is a warning, because the next change may be refused.");

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var vpc in context.Topology.Vpcs)
        {
            if (_layer == LayerKind.NetworkAcl)
            {
                foreach (var acl in vpc.Acls)
                {
                    if (Against(acl.Rules.Length, RulesPerAcl) is { } severity)
                    {
                        yield return Finding($"In VPC \"{vpc.Name}\", network ACL \"{acl.Name}\" has {acl.Rules.Length} rules; the quota is {RulesPerAcl} per network ACL", severity) with
                        {
                            Subjects = [LintSubject.Of(acl, vpc)],
                        };
                    }
                }

                if (Against(vpc.Acls.Length, TablesPerVpc) is { } tables)
                {
                    yield return Finding($"VPC \"{vpc.Name}\" has {vpc.Acls.Length} network ACLs; the quota is {TablesPerVpc} per VPC", tables) with
                    {
                        Subjects = [new LintSubject(LintSubjectKind.Vpc, vpc.Name, vpc.Vpc.Location) { Vpc = vpc.Name }],
                    };
                }
            }
            else
            {
                foreach (var group in vpc.SecurityGroups)
                {
                    if (Against(group.Rules.Length, RulesPerGroup) is { } severity)
                    {
                        yield return Finding($"In VPC \"{vpc.Name}\", security group \"{group.Name}\" has {group.Rules.Length} rules; the quota is {RulesPerGroup} per security group", severity) with
                        {
                            Subjects = [LintSubject.Of(group, vpc)],
                        };
                    }
                }

                if (Against(vpc.SecurityGroups.Length, TablesPerVpc) is { } tables)
                {
                    yield return Finding($"VPC \"{vpc.Name}\" has {vpc.SecurityGroups.Length} security groups; the quota is {TablesPerVpc} per VPC", tables) with
                    {
                        Subjects = [new LintSubject(LintSubjectKind.Vpc, vpc.Name, vpc.Vpc.Location) { Vpc = vpc.Name }],
                    };
                }
            }
        }
    }

    /// <summary>Error above the quota, warning from 90% of it, nothing below.</summary>
    internal static LintSeverity? Against(int count, int quota) =>
        count > quota ? LintSeverity.Error : count * 10 >= quota * 9 ? LintSeverity.Warning : null;
}
