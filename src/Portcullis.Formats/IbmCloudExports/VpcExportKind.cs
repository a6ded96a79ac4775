namespace Portcullis.Formats.IbmCloudExports;

/// <summary>The <c>ibmcloud is</c> list commands whose <c>--output JSON</c> Portcullis reads, one per file.</summary>
/// <param name="Command">The command (<c>network-acls</c>).</param>
/// <param name="Collection">The collector's collection the objects belong to (<c>network_acls</c>).</param>
/// <param name="CrnType">The resource type in the objects' CRNs (<c>network-acl</c>).</param>
/// <param name="ResourceType">The objects' <c>resource_type</c> (<c>network_acl</c>).</param>
internal sealed record VpcExportKind(string Command, string Collection, string CrnType, string ResourceType)
{
    /// <summary>
    /// <c>ibmcloud is vpc-address-prefixes VPC</c>: the VPC list leaves the prefixes out, and transit gateways and the
    /// IKS registry requirement need them. Its objects have no CRN; their <c>href</c> names the VPC.
    /// </summary>
    public static readonly VpcExportKind AddressPrefixes = new("vpc-address-prefixes VPC", "address_prefixes", string.Empty, string.Empty);

    /// <summary>Every list Portcullis reads.</summary>
    public static readonly VpcExportKind[] All =
    [
        new("vpcs", "vpcs", "vpc", "vpc"),
        new("subnets", "subnets", "subnet", "subnet"),
        new("network-acls", "network_acls", "network-acl", "network_acl"),
        new("security-groups", "security_groups", "security-group", "security_group"),
        new("instances", "instances", "instance", "instance"),
        new("public-gateways", "public_gateways", "public-gateway", "public_gateway"),
        new("floating-ips", "floating_ips", "floating-ip", "floating_ip"),
        new("endpoint-gateways", "endpoint_gateways", "endpoint-gateway", "endpoint_gateway"),
        new("load-balancers", "load_balancers", "load-balancer", "load_balancer"),
        AddressPrefixes,
    ];

    /// <summary>The commands, for messages: <c>ibmcloud is vpcs|subnets|...</c>.</summary>
    public static string Commands => "ibmcloud is " + string.Join("|", All.Where(k => k != AddressPrefixes).Select(k => k.Command));
}
