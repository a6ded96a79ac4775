namespace Portcullis.Core.Diagnostics;

/// <summary>
/// The problems found while a configuration is compiled into a topology: references that do not resolve
/// (<c>PC3xxx</c> errors), inconsistencies that are worked around (<c>PC2xxx</c> warnings), and notes on what the
/// analysis assumes or skips.
/// </summary>
public static class TopologyDiagnostics
{
    /// <summary>Two resources of one kind share an id.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = new(
        "PC2002", Severity.Warning, "Duplicate id",
        "duplicate {0} id '{1}': references to it use the first one",
        "Two resources of the same kind have the same id, usually because a file was given twice with --config or merged by hand. References resolve to the first; remove the duplicate.");

    /// <summary>An endpoint gateway's address lies in no subnet of its VPC.</summary>
    public static readonly DiagnosticDescriptor EndpointGatewayAddressOutsideSubnets = new(
        "PC2003", Severity.Warning, "Endpoint gateway address outside every subnet",
        "endpoint gateway {0}: address {1} is in no subnet of VPC {2}; it is left out",
        "A virtual private endpoint gateway has a reserved IP outside every subnet of its VPC in the configuration, so no firewall applies to it and the address is not analysed. Collect the configuration again, with all subnets.");

    /// <summary>Two endpoints of one VPC have the same address.</summary>
    public static readonly DiagnosticDescriptor DuplicateAddress = new(
        "PC2004", Severity.Warning, "Address used twice",
        "VPC {0}: address {1} belongs to both {2} and {3}",
        "Two endpoints of one VPC claim the same IP address, which the VPC does not allow; the configuration is inconsistent (collected while something changed?). Both are analysed.");

    /// <summary>A transit gateway connection is not attached.</summary>
    public static readonly DiagnosticDescriptor TransitConnectionNotAttached = new(
        "PC2005", Severity.Warning, "Transit gateway connection not attached",
        "transit gateway {0}: connection {1} to VPC {2} is '{3}', not attached; it carries no traffic",
        "A transit gateway connection whose status is not 'attached' (pending, failed, deleting ...) routes nothing, so the VPC is analysed as if it were not connected.");

    /// <summary>A transit gateway joins VPCs whose address prefixes overlap.</summary>
    public static readonly DiagnosticDescriptor TransitGatewayOverlappingPrefixes = new(
        "PC2006", Severity.Warning, "Transit gateway with overlapping prefixes",
        "transit gateway {0}: the address prefixes of VPCs {1} and {2} overlap, so it cannot route between them; it is not analysed",
        "A transit gateway cannot route between VPCs whose address prefixes overlap, so its connectivity is left out. Use prefix filters or different prefixes.");

    /// <summary>A subnet names an ACL that does not list the subnet.</summary>
    public static readonly DiagnosticDescriptor AclSubnetMismatch = new(
        "PC2007", Severity.Warning, "Subnet and network ACL disagree",
        "subnet {0} names network ACL {1}, but the ACL does not list the subnet; the subnet's own reference is used",
        "The subnet's network_acl reference and the ACL's subnets list disagree (the configuration was collected while it changed, or edited by hand). The subnet's reference decides.");

    /// <summary>A security group lists a target that is not in the configuration.</summary>
    public static readonly DiagnosticDescriptor SecurityGroupTargetMissing = new(
        "PC2008", Severity.Warning, "Security group target not found",
        "security group {0} lists target '{1}', which is not in the configuration; it is ignored",
        "A security group is attached to an interface, endpoint gateway or load balancer that the configuration does not contain; the group still applies to the targets it has.");

    /// <summary>A floating IP is bound to something not in the configuration.</summary>
    public static readonly DiagnosticDescriptor FloatingIpTargetMissing = new(
        "PC2009", Severity.Warning, "Floating IP target not found",
        "floating IP {0} is bound to '{1}', which is not in the configuration; it is ignored",
        "A floating IP is bound to an interface or public gateway the configuration does not contain, so no internet traffic reaches anything through it in the analysis.");

    /// <summary>A security group rule's remote names one group and identifies another.</summary>
    public static readonly DiagnosticDescriptor RemoteGroupNameMismatch = new(
        "PC2010", Severity.Warning, "Remote security group name and id disagree",
        "security group {0}: a rule's remote names group '{1}' but its id is group {2}'s; the id decides",
        "The API identifies a remote group by its id; a different name is stale (the group was renamed while the configuration was collected) or hand-edited.");

    /// <summary>A VPC has no subnets and is skipped.</summary>
    public static readonly DiagnosticDescriptor VpcWithoutSubnets = new(
        "PC3001", Severity.Note, "VPC without subnets",
        "VPC {0} has no subnets and is not analysed",
        "A VPC with no subnet has no endpoints and no connectivity to report; it is left out of the analysis.");

    /// <summary>A resource refers to a VPC that is not in the configuration.</summary>
    public static readonly DiagnosticDescriptor UnknownVpc = new(
        "PC3002", Severity.Error, "Reference to an unknown VPC",
        "{0} {1} refers to VPC '{2}', which is not in the configuration",
        "A subnet, network ACL, instance or security group belongs to a VPC the configuration does not contain. Give every file of the account with --config, or collect it again.");

    /// <summary>A subnet refers to a network ACL that is not in the configuration.</summary>
    public static readonly DiagnosticDescriptor UnknownNetworkAcl = new(
        "PC3003", Severity.Error, "Reference to an unknown network ACL",
        "subnet {0} refers to network ACL '{1}', which is not in the configuration",
        "Every subnet has a network ACL, and without it the subnet's traffic cannot be decided. Give every file of the account with --config, or collect it again.");

    /// <summary>A subnet refers to a public gateway that is not in the configuration.</summary>
    public static readonly DiagnosticDescriptor UnknownPublicGateway = new(
        "PC3004", Severity.Error, "Reference to an unknown public gateway",
        "subnet {0} refers to public gateway '{1}', which is not in the configuration",
        "The subnet's way to the internet is not in the configuration. Give every file of the account with --config, or collect it again.");

    /// <summary>An instance interface refers to a subnet that is not in the configuration.</summary>
    public static readonly DiagnosticDescriptor UnknownInterfaceSubnet = new(
        "PC3005", Severity.Error, "Reference to an unknown subnet",
        "instance {0}: interface {1} refers to subnet '{2}', which is not in the configuration",
        "An instance's network interface is in a subnet the configuration does not contain, so its ACL is unknown. Give every file of the account with --config, or collect it again.");

    /// <summary>An instance interface's address is outside its subnet.</summary>
    public static readonly DiagnosticDescriptor InterfaceAddressOutsideSubnet = new(
        "PC3006", Severity.Error, "Interface address outside its subnet",
        "instance {0}: interface {1} has address {2}, outside its subnet {3} ({4})",
        "The VPC gives an interface an address of its subnet; one outside it means the configuration is inconsistent or hand-edited.");

    /// <summary>A security group rule's remote is a group that is not in the configuration.</summary>
    public static readonly DiagnosticDescriptor UnknownRemoteSecurityGroup = new(
        "PC3007", Severity.Error, "Reference to an unknown security group",
        "security group {0}: a rule's remote is security group '{1}', which is not in the configuration",
        "A rule allows traffic from or to the members of a group the configuration does not contain, so the rule cannot be decided. Give every file of the account with --config, or collect it again.");

    /// <summary>A route delivers to a next hop, which the analysis assumes forwards the traffic.</summary>
    public static readonly DiagnosticDescriptor RouteToNextHop = new(
        "PC3008", Severity.Note, "Route delivered to a next hop",
        "routing table {0} sends {1} from subnet {2} to next hop {3}; Portcullis assumes that hop forwards it unchanged",
        "A deliver route sends traffic to an appliance (a firewall, a NAT instance, a VPN gateway); Portcullis does not model the appliance and assumes it forwards every packet as it is.");
}
