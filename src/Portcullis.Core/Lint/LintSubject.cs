using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint;

/// <summary>
/// An object a lint finding names, as a reference: what kind it is, the model object (a table, a rule with its
/// table, a subnet, an endpoint, external addresses, a transit gateway), the VPC it belongs to, and where it was
/// read. Writers name it; SARIF and JSON locate it.
/// </summary>
/// <remarks>Which references are set follows from <see cref="Kind"/>; the factories set exactly those.</remarks>
public sealed record LintSubject
{
    private LintSubject(LintSubjectKind kind, VpcNetwork? vpc, SourceLocation? location)
    {
        Kind = kind;
        Vpc = vpc;
        Location = location;
    }

    /// <summary>What it is.</summary>
    public LintSubjectKind Kind { get; }

    /// <summary>The VPC it belongs to (the VPC itself for <see cref="LintSubjectKind.Vpc"/>); <see langword="null"/> for external addresses and transit gateways.</summary>
    public VpcNetwork? Vpc { get; }

    /// <summary>Where it is in the user's input (file and JSON path, then line and column once resolved), when known.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The network ACL, or the ACL of a network ACL rule.</summary>
    public NetworkAcl? Acl { get; private init; }

    /// <summary>The rule, for a network ACL rule.</summary>
    public NetworkAclRule? AclRule { get; private init; }

    /// <summary>The security group, or the group of a security group rule.</summary>
    public SecurityGroup? SecurityGroup { get; private init; }

    /// <summary>The rule, for a security group rule.</summary>
    public SecurityGroupRule? GroupRule { get; private init; }

    /// <summary>The subnet, for a subnet.</summary>
    public Subnet? Subnet { get; private init; }

    /// <summary>The node, for an endpoint (a load balancer shown as one node is an endpoint too).</summary>
    public NetworkNode? Node { get; private init; }

    /// <summary>The transit gateway, for a transit gateway.</summary>
    public TransitGatewayNetwork? TransitGateway { get; private init; }

    /// <summary>The kind of external space, for external addresses.</summary>
    public ExternalKind? ExternalKind { get; private init; }

    /// <summary>The addresses it stands for (a subnet's block, an endpoint's address, external ranges); empty for tables, rules, VPCs and gateways.</summary>
    public IpAddressSet Addresses { get; private init; }

    /// <summary>For a rule, the rule as explanations cite it.</summary>
    public RuleCitation? Rule => AclRule is { } acl ? RuleCitation.Of(acl, Vpc!) : GroupRule is { } group ? RuleCitation.Of(group, Vpc!) : null;

    /// <summary>A VPC.</summary>
    public static LintSubject Of(VpcNetwork vpc)
    {
        ArgumentNullException.ThrowIfNull(vpc);
        return new LintSubject(LintSubjectKind.Vpc, vpc, vpc.Vpc.Location);
    }

    /// <summary>A network ACL.</summary>
    public static LintSubject Of(NetworkAcl acl, VpcNetwork vpc)
    {
        ArgumentNullException.ThrowIfNull(acl);
        ArgumentNullException.ThrowIfNull(vpc);
        return new LintSubject(LintSubjectKind.NetworkAcl, vpc, acl.Location) { Acl = acl };
    }

    /// <summary>A rule of a network ACL.</summary>
    public static LintSubject Of(NetworkAcl acl, NetworkAclRule rule, VpcNetwork vpc)
    {
        ArgumentNullException.ThrowIfNull(acl);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(vpc);
        return new LintSubject(LintSubjectKind.NetworkAclRule, vpc, rule.Location) { Acl = acl, AclRule = rule };
    }

    /// <summary>A security group.</summary>
    public static LintSubject Of(SecurityGroup group, VpcNetwork vpc)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(vpc);
        return new LintSubject(LintSubjectKind.SecurityGroup, vpc, group.Location) { SecurityGroup = group };
    }

    /// <summary>A rule of a security group.</summary>
    public static LintSubject Of(SecurityGroup group, SecurityGroupRule rule, VpcNetwork vpc)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(vpc);
        return new LintSubject(LintSubjectKind.SecurityGroupRule, vpc, rule.Location) { SecurityGroup = group, GroupRule = rule };
    }

    /// <summary>A subnet.</summary>
    public static LintSubject Of(Subnet subnet, VpcNetwork vpc)
    {
        ArgumentNullException.ThrowIfNull(subnet);
        ArgumentNullException.ThrowIfNull(vpc);
        return new LintSubject(LintSubjectKind.Subnet, vpc, subnet.Location) { Subnet = subnet, Addresses = subnet.Cidr.ToAddressSet() };
    }

    /// <summary>A transit gateway.</summary>
    public static LintSubject Of(TransitGatewayNetwork gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        return new LintSubject(LintSubjectKind.TransitGateway, null, gateway.Gateway?.SourceLocation) { TransitGateway = gateway };
    }

    /// <summary>
    /// A node of a connectivity report: an endpoint or a load balancer (located at the resource that owns it), a
    /// subnet, or external addresses.
    /// </summary>
    /// <param name="node">The node.</param>
    /// <param name="location">Where the node's resource is in the input, when known.</param>
    public static LintSubject Of(NetworkNode node, SourceLocation? location)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            SubnetNode subnet => Of(subnet.Subnet, subnet.Vpc),
            ExternalBlock block => External(block.Kind, block.Addresses),
            _ => new LintSubject(LintSubjectKind.Endpoint, node.Vpc, location) { Node = node, Addresses = node.Addresses },
        };
    }

    /// <summary>External addresses of one kind (several blocks merged, as reports merge them).</summary>
    public static LintSubject External(ExternalKind kind, IpAddressSet addresses) =>
        new(LintSubjectKind.ExternalAddresses, null, null) { ExternalKind = kind, Addresses = addresses };
}
