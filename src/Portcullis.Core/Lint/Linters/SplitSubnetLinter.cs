using Portcullis.Core.Addresses;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Linters;

/// <summary>
/// <c>nacl-split-subnet</c> and <c>sg-split-subnet</c>: a rule whose source or destination covers part of a subnet
/// of its VPC but not all of it, so endpoints of that subnet are treated differently. Syntactic: every rule of every
/// table counts, attached or not, shadowed or not.
/// </summary>
internal sealed class SplitSubnetLinter : Linter
{
    private readonly LayerKind _layer;

    private SplitSubnetLinter(LayerKind layer, string name, string title, string description, bool enabledByDefault)
        : base(name, title, description, layer == LayerKind.NetworkAcl ? LintSeverity.Warning : LintSeverity.Note, enabledByDefault) =>
        _layer = layer;

    /// <summary>The network ACL variant (on by default).</summary>
    public static SplitSubnetLinter NetworkAcls() => new(
        LayerKind.NetworkAcl,
        "nacl-split-subnet",
        "Network ACLs implying different connectivity for endpoints inside a subnet",
        "A network ACL rule whose source or destination covers part of a subnet but not all of it: endpoints of that subnet get "
        + "different connectivity, so subnet-level reports can only show what holds for all of them.",
        enabledByDefault: true);

    /// <summary>The security group variant (off by default: groups are per endpoint, and remote groups often pick some addresses of a subnet on purpose).</summary>
    public static SplitSubnetLinter SecurityGroups() => new(
        LayerKind.SecurityGroup,
        "sg-split-subnet",
        "Security groups implying different connectivity for endpoints inside a subnet",
        "A security group rule whose remote or local addresses (a remote group means its members) cover part of a subnet but not "
        + "all of it. Off by default: remote groups commonly select some endpoints of a subnet on purpose.",
        enabledByDefault: false);

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var vpc in context.Topology.Vpcs)
        {
            if (_layer == LayerKind.NetworkAcl)
            {
                foreach (var acl in vpc.Acls)
                {
                    foreach (var rule in acl.Rules)
                    {
                        if (Split(vpc, rule.Source.ToAddressSet(), rule.Destination.ToAddressSet()) is { Count: > 0 } subnets)
                        {
                            yield return Describe(vpc, "network ACL", acl.Name, rule.Name, RuleText.Of(rule), subnets, LintSubject.Of(acl, rule, vpc));
                        }
                    }
                }
            }
            else
            {
                foreach (var group in vpc.SecurityGroups)
                {
                    foreach (var rule in group.Rules)
                    {
                        var remote = vpc.RemoteAddresses(rule.Remote);
                        var local = rule.HasLocal ? rule.Local.ToAddressSet() : IpAddressSet.AllIPv4;
                        if (Split(vpc, remote, local) is { Count: > 0 } subnets)
                        {
                            yield return Describe(vpc, "security group", group.Name, rule.Name ?? rule.Id, RuleText.Of(rule, vpc), subnets, LintSubject.Of(group, rule, vpc));
                        }
                    }
                }
            }
        }
    }

    // The subnets (in configuration order) that one of the blocks overlaps without containing.
    private static List<Subnet> Split(VpcNetwork vpc, IpAddressSet first, IpAddressSet second)
    {
        static bool Splits(IpAddressSet block, IpAddressSet subnet) => block.Overlaps(subnet) && !subnet.IsSubsetOf(block);
        return [.. vpc.Subnets.Select(s => s.Subnet).Where(s => Splits(first, s.Cidr.ToAddressSet()) || Splits(second, s.Cidr.ToAddressSet()))];
    }

    private LintFinding Describe(VpcNetwork vpc, string table, string tableName, string ruleName, string ruleText, List<Subnet> subnets, LintSubject rule)
    {
        var list = string.Join(", ", subnets.Select(s => $"\"{s.Name}\" ({s.Cidr})"));
        var what = subnets.Count == 1 ? $"subnet {list}" : $"subnets {list}";
        return Finding($"In VPC \"{vpc.Name}\", {table} \"{tableName}\" rule \"{ruleName}\" splits {what}") with
        {
            Subjects = [rule, .. subnets.Select(s => LintSubject.Of(s, vpc))],
            Details = [$"rule: {ruleText}"],
        };
    }
}
