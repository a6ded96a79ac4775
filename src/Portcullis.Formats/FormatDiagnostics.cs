using Portcullis.Core.Diagnostics;

namespace Portcullis.Formats;

/// <summary>
/// The problems found while reading input files: the IBM Cloud VPC configuration JSON (<c>PC1xxx</c>, and an unknown
/// protocol, <c>PC2001</c>) and any YAML or JSON document read through <see cref="Yaml.YamlCursor"/> (<c>PC4000</c>
/// to <c>PC4006</c>, shared by the cluster and catalog readers).
/// </summary>
public static class FormatDiagnostics
{
    /// <summary>A configuration file cannot be opened.</summary>
    public static readonly DiagnosticDescriptor ConfigurationUnreadable = new(
        "PC1000", Severity.Error, "Configuration file cannot be read",
        "cannot read the {0}: {1}",
        "The file given with --config does not exist or cannot be opened. Check the path and the file's permissions.");

    /// <summary>A configuration file is empty.</summary>
    /// <remarks>The hole says what the reader expected (the collector's JSON, or any of the configuration formats).</remarks>
    public static readonly DiagnosticDescriptor ConfigurationEmpty = new(
        "PC1001", Severity.Error, "Empty configuration file",
        "the file is empty; expected {0}",
        "Give the JSON file that np-guard's cloud-resource-collector writes for the account, 'terraform show -json' of a state or saved plan, or what an 'ibmcloud is' list command prints.");

    /// <summary>A configuration file is not valid JSON.</summary>
    public static readonly DiagnosticDescriptor MalformedJson = new(
        "PC1002", Severity.Error, "Malformed JSON",
        "malformed JSON: {0}",
        "The file is not valid JSON; the location gives the line and column of the first syntax error. Fix the file or collect it again.");

    /// <summary>A required field or reference of a resource is missing.</summary>
    /// <remarks>The hole names what is missing, with its kind: <c>field 'id'</c>, <c>reference 'vpc'</c>.</remarks>
    public static readonly DiagnosticDescriptor RequiredFieldMissing = new(
        "PC1003", Severity.Error, "Required field missing",
        "required {0} is missing",
        "Every resource of the VPC API has this field, so the file was edited by hand or written by another tool. Collect the configuration again, or add the field.");

    /// <summary>A field that must be a list is something else.</summary>
    public static readonly DiagnosticDescriptor ArrayExpected = new(
        "PC1004", Severity.Error, "Array expected",
        "expected an array, found {0}",
        "The field holds a list in the VPC API (resources, rules, references); the file was edited by hand or written by another tool.");

    /// <summary>A field has a value of the wrong type, or a number out of its range.</summary>
    /// <remarks>The holes are the field, what it must be (<c>a string</c>, <c>true or false</c>, <c>an integer from 0 to 32</c>) and what was found.</remarks>
    public static readonly DiagnosticDescriptor WrongValueType = new(
        "PC1005", Severity.Error, "Value of the wrong type",
        "'{0}' must be {1}, found {2}",
        "The field's value is not of the type the VPC API gives it, or is a number outside its range.");

    /// <summary>A CIDR block or an address does not parse.</summary>
    /// <remarks>The second hole says what was expected: <c>CIDR block or IP address</c> or <c>IP address</c>.</remarks>
    public static readonly DiagnosticDescriptor InvalidAddress = new(
        "PC1006", Severity.Error, "Invalid CIDR block or address",
        "'{0}' is not a valid {1}",
        "CIDR blocks are written address/length (10.240.0.0/24, at most /32 for IPv4 and /128 for IPv6) and addresses as dotted quads without leading zeros or as IPv6 text.");

    /// <summary>An ICMP rule has a code but no type.</summary>
    public static readonly DiagnosticDescriptor IcmpCodeWithoutType = new(
        "PC1007", Severity.Error, "ICMP code without a type",
        "an ICMP code needs an ICMP type",
        "An ICMP code narrows a type (code 0 of type 3 ...); the API does not allow a code alone. Give the type, or remove the code.");

    /// <summary>A rule's port range is empty.</summary>
    public static readonly DiagnosticDescriptor EmptyPortRange = new(
        "PC1008", Severity.Error, "Empty port range",
        "port range {0}-{1} is empty: '{2}' is above '{3}'",
        "The minimum port is above the maximum, so the rule would match nothing; the API does not allow it. Swap the bounds.");

    /// <summary>A field that takes one of a few words has another.</summary>
    /// <remarks>The holes are the field, the words it takes (<c>'allow' or 'deny'</c>) and what was found.</remarks>
    public static readonly DiagnosticDescriptor UnknownValue = new(
        "PC1009", Severity.Error, "Unknown value",
        "{0} must be {1}, found '{2}'",
        "The field takes one of a few words in the VPC API (an ACL rule's action and direction, a prefix filter's action).");

    /// <summary>A JSON object has none of the collections of a VPC configuration.</summary>
    public static readonly DiagnosticDescriptor NotAVpcConfiguration = new(
        "PC1010", Severity.Error, "Not a VPC configuration",
        "this is not an IBM Cloud VPC configuration: it has none of {0} ...",
        "The file is JSON but has none of the collections the collector writes; another file was given with --config.");

    /// <summary>A security group rule's remote or local names nothing.</summary>
    /// <remarks>The holes are <c>remote</c> or <c>local</c>, and the fields it may have.</remarks>
    public static readonly DiagnosticDescriptor RuleEndpointIncomplete = new(
        "PC1011", Severity.Error, "Security group rule remote or local incomplete",
        "a rule's {0} must have {1}",
        "A security group rule's remote is a CIDR block, an address or a security group, and its local a CIDR block or an address; this one has none of them.");

    /// <summary>A CIDR block's address has bits set past its prefix length; it is read as its network.</summary>
    public static readonly DiagnosticDescriptor CidrHostBitsSet = new(
        "PC1012", Severity.Warning, "CIDR block with host bits set",
        "'{0}' has host bits set; it is read as {1}",
        "The address of a CIDR block has bits set past the prefix length (10.240.1.4/24). IBM Cloud's API rejects such blocks; Portcullis reads the block as the network that holds the address (10.240.1.0/24), never silently. Write the network address, or the length that was meant.");

    /// <summary>An IPv6 rule, which the IPv4 analysis leaves out.</summary>
    /// <remarks>The holes are the kind of table (<c>network ACL</c>, <c>security group</c>), its name and the rule's name.</remarks>
    public static readonly DiagnosticDescriptor Ipv6RuleLeftOut = new(
        "PC1020", Severity.Warning, "IPv6 rule left out",
        "{0} {1}: rule '{2}' is an IPv6 rule; the analysis covers IPv4 only and leaves it out",
        "Portcullis analyses IPv4 traffic: the VPC's subnets and endpoints are IPv4, and so are the answers. An IPv6 rule allows or denies nothing in them, so it is read and left out; IPv6 traffic through the VPC is not analysed.");

    /// <summary>An IPv6 block where the API has an IPv4 one (a subnet's <c>ipv4_cidr_block</c>).</summary>
    /// <remarks>The holes are the field and the value.</remarks>
    public static readonly DiagnosticDescriptor Ipv4BlockExpected = new(
        "PC1021", Severity.Error, "IPv6 block in an IPv4 field",
        "{0} must be an IPv4 CIDR block; '{1}' is IPv6",
        "The field holds the subnet's IPv4 range; an IPv6 block there would leave every endpoint of the subnet out of the analysis. Collect the configuration again, or correct the field.");

    /// <summary>An IKS worker of the configuration has no network interface.</summary>
    public static readonly DiagnosticDescriptor WorkerWithoutInterface = new(
        "PC1013", Severity.Error, "Worker node without a network interface",
        "a worker node needs at least one network interface",
        "A cluster's worker is placed in the VPC by its network interfaces; one without any cannot be analysed. Collect the configuration again.");

    /// <summary>The top of a configuration is not a JSON object.</summary>
    public static readonly DiagnosticDescriptor ConfigurationNotAnObject = new(
        "PC1014", Severity.Error, "Configuration is not a JSON object",
        "expected a JSON object with vpcs, subnets, network_acls ..., found {0}",
        "The collector writes one JSON object with a list per resource kind; this file holds another JSON value.");

    /// <summary>A rule's port range starts below port 1 or ends above port 65535; it is read as its part within 1-65535.</summary>
    /// <remarks>The holes are the field, its value, and the range as read.</remarks>
    public static readonly DiagnosticDescriptor PortBoundOutsidePorts = new(
        "PC1015", Severity.Warning, "Port range bound outside the port space",
        "'{0}' is {1}, outside the ports 1-65535; the rule's range is read as {2}-{3}",
        "The VPC API's ports are 1 to 65535, yet real exports carry ranges such as port_min 0. Such a range has an obvious meaning, so Portcullis reads the part of it within the port space (0-22 as 1-22, 1000-70000 as 1000-65535) and analyses the rest of the file. A bound that leaves no port in the range (a maximum below 1, a minimum above 65535) or a negative bound has no such meaning and stays an error (PC1005). See docs/input.md.");

    /// <summary>An input passes one of the limits that bound what a file may cost (size, nesting, string length, alias expansion, records).</summary>
    /// <remarks>The hole says what passed which limit, with the limit and the environment variable that raises it.</remarks>
    public static readonly DiagnosticDescriptor InputLimitExceeded = new(
        "PC1016", Severity.Error, "Input limit exceeded",
        "{0}",
        "Portcullis bounds what one input may cost so that a small hostile file cannot exhaust memory or time. The message names the limit and the environment variable that raises it; docs/security.md lists the limits and their defaults.");

    /// <summary>A rule's protocol is not one the analysis knows.</summary>
    public static readonly DiagnosticDescriptor UnknownProtocol = new(
        "PC2001", Severity.Warning, "Unknown protocol",
        "unknown protocol '{0}': the rule is kept as written but matches nothing in the analysis; known protocols are icmp_tcp_udp (all), any, tcp, udp, icmp, ah, esp, gre, ip_in_ip, l2tp, rsvp, sctp, vrrp and number_N",
        "A newer API version may have added the protocol; until Portcullis knows it, the rule matches no packet, so an allow rule allows less and a deny rule denies less than it does in the cloud.");

    /// <summary>A YAML or JSON file cannot be opened.</summary>
    public static readonly DiagnosticDescriptor YamlFileUnreadable = new(
        "PC4000", Severity.Error, "File cannot be read",
        "cannot read the {0}: {1}",
        "The file does not exist or cannot be opened. Check the path and the file's permissions.");

    /// <summary>A required key of a YAML or JSON document is missing.</summary>
    /// <remarks>The holes are what is required and an optional hint, empty or starting with a colon.</remarks>
    public static readonly DiagnosticDescriptor RequiredValueMissing = new(
        "PC4001", Severity.Error, "Required value missing",
        "{0} is required{1}",
        "The document lacks a value it must have; the location names the key, and the message what it holds.");

    /// <summary>A YAML node is a list or mapping where a value is expected, or the other way round.</summary>
    /// <remarks>The holes are what was expected (<c>a list</c>, <c>a value</c>) and what was found.</remarks>
    public static readonly DiagnosticDescriptor WrongNodeKind = new(
        "PC4002", Severity.Error, "Wrong kind of YAML node",
        "expected {0}, found {1}",
        "The key holds a list, a mapping or a single value where the format expects another kind.");

    /// <summary>A YAML value is not a number in range, or not true or false.</summary>
    /// <remarks>The holes are the text and what it must be (<c>a number from 1 to 65535</c>, <c>true or false</c>).</remarks>
    public static readonly DiagnosticDescriptor InvalidScalar = new(
        "PC4003", Severity.Error, "Invalid value",
        "'{0}' is not {1}",
        "The value must be a number within the range given, or true or false.");

    /// <summary>A mapping has a key the format does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = new(
        "PC4004", Severity.Warning, "Unknown key",
        "unknown key '{0}' is ignored (known: {1})",
        "The key is not part of the format, often a typo of one that is; its value is ignored.");

    /// <summary>A file is not valid YAML.</summary>
    public static readonly DiagnosticDescriptor MalformedYaml = new(
        "PC4005", Severity.Error, "Malformed YAML",
        "malformed YAML: {0}",
        "The file is not valid YAML (or JSON); the location gives the line and column of the first syntax error.");

    /// <summary>A YAML file holds no document.</summary>
    public static readonly DiagnosticDescriptor YamlDocumentEmpty = new(
        "PC4006", Severity.Error, "Empty file",
        "the file is empty; expected {0}",
        "The file holds no document; the message says what it should hold.");
}
