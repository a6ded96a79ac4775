using Portcullis.Core.Diagnostics;
using Portcullis.Core.Explain;
using Portcullis.Core.Lint.Findings;

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
        : base(name, title, description, Severity.Error) => _layer = layer;

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
                        var table = LintSubject.Of(acl, vpc);
                        yield return new RuleQuotaFinding(Name, severity, table, acl.Rules.Length, RulesPerAcl) { Subjects = [table] };
                    }
                }

                if (Against(vpc.Acls.Length, TablesPerVpc) is { } tables)
                {
                    yield return new TableQuotaFinding(Name, tables, vpc, LayerKind.NetworkAcl, vpc.Acls.Length, TablesPerVpc) { Subjects = [LintSubject.Of(vpc)] };
                }
            }
            else
            {
                foreach (var group in vpc.SecurityGroups)
                {
                    if (Against(group.Rules.Length, RulesPerGroup) is { } severity)
                    {
                        var table = LintSubject.Of(group, vpc);
                        yield return new RuleQuotaFinding(Name, severity, table, group.Rules.Length, RulesPerGroup) { Subjects = [table] };
                    }
                }

                if (Against(vpc.SecurityGroups.Length, TablesPerVpc) is { } tables)
                {
                    yield return new TableQuotaFinding(Name, tables, vpc, LayerKind.SecurityGroup, vpc.SecurityGroups.Length, TablesPerVpc) { Subjects = [LintSubject.Of(vpc)] };
                }
            }
        }
    }

    /// <summary>Error above the quota, warning from 90% of it, nothing below.</summary>
    internal static Severity? Against(int count, int quota) =>
        count > quota ? Severity.Error : count * 10 >= quota * 9 ? Severity.Warning : null;
}
