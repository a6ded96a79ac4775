using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint;

/// <summary>An object a lint finding names: a table, a rule, a subnet, an endpoint or external addresses, with where it was read.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Name">Its name: the table's or subnet's name, a rule's name (or id), an endpoint as reports print it.</param>
/// <param name="Location">Where it is in the user's input (file and JSON path), when known.</param>
public sealed record LintSubject(LintSubjectKind Kind, string Name, SourceLocation? Location)
{
    /// <summary>The name of the VPC it belongs to; <see langword="null"/> for external addresses.</summary>
    public string? Vpc { get; init; }

    /// <summary>For a rule, the name of its network ACL or security group.</summary>
    public string? Table { get; init; }

    /// <summary>For a rule, the rule as explanations cite it (<c>name: ..., priority: ..., action: ...</c>).</summary>
    public string? Text { get; init; }

    /// <summary>The addresses it stands for (a subnet's block, an endpoint's address, external ranges); empty for tables and rules.</summary>
    public IpAddressSet Addresses { get; init; }

    /// <summary>A network ACL.</summary>
    public static LintSubject Of(NetworkAcl acl, VpcNetwork vpc)
    {
        ArgumentNullException.ThrowIfNull(acl);
        ArgumentNullException.ThrowIfNull(vpc);
        return new LintSubject(LintSubjectKind.NetworkAcl, acl.Name, acl.Location) { Vpc = vpc.Name };
    }

    /// <summary>A rule of a network ACL.</summary>
    public static LintSubject Of(NetworkAcl acl, NetworkAclRule rule, VpcNetwork vpc)
    {
        ArgumentNullException.ThrowIfNull(acl);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(vpc);
        return new LintSubject(LintSubjectKind.NetworkAclRule, rule.Name, rule.Location) { Vpc = vpc.Name, Table = acl.Name, Text = TransitionalRuleText.Of(rule) };
    }

    /// <summary>A security group.</summary>
    public static LintSubject Of(SecurityGroup group, VpcNetwork vpc)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(vpc);
        return new LintSubject(LintSubjectKind.SecurityGroup, group.Name, group.Location) { Vpc = vpc.Name };
    }

    /// <summary>A rule of a security group (named by its name, else its id).</summary>
    public static LintSubject Of(SecurityGroup group, SecurityGroupRule rule, VpcNetwork vpc)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(vpc);
        return new LintSubject(LintSubjectKind.SecurityGroupRule, rule.Name ?? rule.Id, rule.Location) { Vpc = vpc.Name, Table = group.Name, Text = TransitionalRuleText.Of(rule, vpc) };
    }

    /// <summary>A subnet.</summary>
    public static LintSubject Of(Subnet subnet, VpcNetwork vpc)
    {
        ArgumentNullException.ThrowIfNull(subnet);
        ArgumentNullException.ThrowIfNull(vpc);
        return new LintSubject(LintSubjectKind.Subnet, subnet.Name, subnet.Location) { Vpc = vpc.Name, Addresses = subnet.Cidr.ToAddressSet() };
    }

    /// <summary>A transit gateway.</summary>
    public static LintSubject Of(TransitGatewayNetwork gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        return new LintSubject(LintSubjectKind.TransitGateway, gateway.Name, gateway.Gateway?.SourceLocation);
    }

    /// <summary>
    /// A node of a connectivity report: an endpoint (named as reports print it, located at the resource that owns
    /// it), a subnet, or external addresses.
    /// </summary>
    /// <param name="node">The node.</param>
    /// <param name="location">Where the node's resource is in the input, when known.</param>
    public static LintSubject Of(NetworkNode node, SourceLocation? location)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            SubnetNode subnet => Of(subnet.Subnet, subnet.Vpc),
            ExternalBlock => new LintSubject(LintSubjectKind.ExternalAddresses, node.DisplayName, null) { Addresses = node.Addresses },
            _ => new LintSubject(LintSubjectKind.Endpoint, node.DisplayName, location) { Vpc = node.Vpc?.Name, Addresses = node.Addresses },
        };
    }

    /// <summary>External addresses of one kind, named as reports name them (<c>Public Internet 8.8.8.0/24</c>).</summary>
    public static LintSubject External(ExternalKind kind, IpAddressSet addresses) =>
        new(LintSubjectKind.ExternalAddresses, ExternalAddressSpace.Describe(kind, addresses), null) { Addresses = addresses };

    /// <summary>The name with its VPC, as multi-VPC findings print it: <c>vpc/name</c>; external addresses have no VPC.</summary>
    public string QualifiedName => Vpc is null ? Name : $"{Vpc}/{Name}";

    /// <inheritdoc />
    public override string ToString() => Table is null ? QualifiedName : $"{Vpc}/{Table}/{Name}";
}
