using Portcullis.Core.Diagnostics;
using Portcullis.Core.Explain;
using Portcullis.Core.Lint.Findings;

namespace Portcullis.Core.Lint.Linters;

/// <summary><c>nacl-unattached</c> and <c>sg-unattached</c>: a network ACL no subnet uses, a security group no endpoint is in.</summary>
internal sealed class UnattachedLinter : Linter
{
    private readonly LayerKind _layer;

    private UnattachedLinter(LayerKind layer, string name, string title, string description)
        : base(name, title, description, Severity.Note) => _layer = layer;

    /// <summary>The network ACL variant.</summary>
    public static UnattachedLinter NetworkAcls() => new(
        LayerKind.NetworkAcl,
        "nacl-unattached",
        "Network ACLs not applied to any subnet",
        "A network ACL that no subnet uses: it filters nothing. Delete it, or attach it where it was meant to apply.");

    /// <summary>The security group variant.</summary>
    public static UnattachedLinter SecurityGroups() => new(
        LayerKind.SecurityGroup,
        "sg-unattached",
        "Security groups not applied to any resource",
        "A security group with no members (no interface, endpoint gateway, load balancer or worker node): it filters nothing, "
        + "and rules of other groups that name it as remote match no address.");

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var vpc in context.Topology.Vpcs)
        {
            if (_layer == LayerKind.NetworkAcl)
            {
                var used = vpc.Subnets.Select(s => s.Acl.Id).ToHashSet(StringComparer.Ordinal);
                foreach (var acl in vpc.Acls.Where(a => !used.Contains(a.Id)))
                {
                    var table = LintSubject.Of(acl, vpc);
                    yield return new UnattachedTableFinding(Name, Severity, table) { Subjects = [table] };
                }
            }
            else
            {
                foreach (var group in vpc.SecurityGroups.Where(g => vpc.SecurityGroupMembers.GetValueOrDefault(g.Id).IsEmpty))
                {
                    var table = LintSubject.Of(group, vpc);
                    yield return new UnattachedTableFinding(Name, Severity, table) { Subjects = [table] };
                }
            }
        }
    }
}
