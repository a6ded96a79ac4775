using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Explain;
using Portcullis.Core.Lint.Findings;

namespace Portcullis.Core.Lint.Linters;

/// <summary>
/// <c>nacl-rule-cidr-out-of-range</c> and <c>sg-rule-cidr-out-of-range</c>: a rule whose local side (an ACL
/// rule's destination inbound or source outbound; a group rule's <c>local</c>) reaches outside the VPC's subnets,
/// so that part of it can never match. <c>0.0.0.0/0</c> means "any" and is never reported.
/// </summary>
internal sealed class RuleCidrOutOfRangeLinter : Linter
{
    private readonly LayerKind _layer;

    private RuleCidrOutOfRangeLinter(LayerKind layer, string name, string title, string description)
        : base(name, title, description, Severity.Warning) => _layer = layer;

    /// <summary>The network ACL variant.</summary>
    public static RuleCidrOutOfRangeLinter NetworkAcls() => new(
        LayerKind.NetworkAcl,
        "nacl-rule-cidr-out-of-range",
        "Network ACL rules referencing CIDRs outside of the VPC address space",
        "A network ACL rule whose local side (destination of an inbound rule, source of an outbound rule) is not within the VPC's "
        + "subnets: traffic crossing a subnet's boundary always has a local address inside the VPC, so that part of the rule never "
        + "matches. Usually a typo or a rule written the wrong way round.");

    /// <summary>The security group variant.</summary>
    public static RuleCidrOutOfRangeLinter SecurityGroups() => new(
        LayerKind.SecurityGroup,
        "sg-rule-cidr-out-of-range",
        "Security group rules referencing CIDRs outside of the VPC address space",
        "A security group rule whose local addresses are not within the VPC's subnets: members only have addresses inside the VPC, "
        + "so that part of the rule never matches.");

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var vpc in context.Topology.Vpcs)
        {
            var range = vpc.InternalAddresses;
            var blocks = vpc.Subnets.Select(s => s.Subnet.Cidr).Distinct().ToImmutableArray();
            if (_layer == LayerKind.NetworkAcl)
            {
                foreach (var acl in vpc.Acls)
                {
                    foreach (var rule in acl.Rules)
                    {
                        var local = AclEvaluator.LocalSide(rule);
                        if (Outside(local, range))
                        {
                            yield return Describe(LintSubject.Of(acl, rule, vpc), local, range, blocks);
                        }
                    }
                }
            }
            else
            {
                foreach (var group in vpc.SecurityGroups)
                {
                    foreach (var rule in group.Rules.Where(r => r.HasLocal && Outside(r.Local, range)))
                    {
                        yield return Describe(LintSubject.Of(group, rule, vpc), rule.Local, range, blocks);
                    }
                }
            }
        }
    }

    private static bool Outside(IpPrefix local, IpAddressSet range) => local.Length > 0 && !local.ToAddressSet().IsSubsetOf(range);

    private RuleCidrOutOfRangeFinding Describe(LintSubject rule, IpPrefix local, IpAddressSet range, ImmutableArray<IpPrefix> blocks) =>
        new(Name, Severity, rule, local, local.ToAddressSet().Overlaps(range), blocks) { Subjects = [rule] };
}
