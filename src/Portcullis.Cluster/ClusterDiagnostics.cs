using Portcullis.Core.Diagnostics;

namespace Portcullis.Cluster;

/// <summary>
/// The problems of the cluster assistant (<c>PC40xx</c>, <c>PC41xx</c>): reading cluster descriptions and the
/// exports they are made from, the embedded requirement catalogs and region facts, and binding a cluster to a VPC
/// configuration. Missing keys, wrong node kinds and unknown keys are the YAML reader's own codes (<c>PC4000</c> to
/// <c>PC4006</c>).
/// </summary>
public static class ClusterDiagnostics
{
    /// <summary>A cluster description is not a mapping.</summary>
    public static readonly DiagnosticDescriptor NotAClusterDescription = new(
        "PC4007", Severity.Error, "Not a cluster description",
        "expected a cluster description (a mapping with name, id, region, version, workerPools ...), found {0}",
        "A cluster description is a YAML mapping; 'portcullis cluster init' writes one from the cluster's exports.");

    /// <summary>A Kubernetes version does not parse.</summary>
    public static readonly DiagnosticDescriptor UnknownKubernetesVersion = new(
        "PC4010", Severity.Error, "Unknown Kubernetes version",
        "unknown Kubernetes version '{0}': expected major.minor such as 1.29 or 1.29.8_1543",
        "The version decides which requirements apply; write it as 'ibmcloud ks cluster get' prints it, or as major.minor.");

    /// <summary>A worker subnet's CIDR block is not known.</summary>
    public static readonly DiagnosticDescriptor WorkerSubnetCidrUnknown = new(
        "PC4011", Severity.Error, "Worker subnet without a CIDR block",
        "worker pool {0}: the CIDR of subnet {1} is not known (import 'ibmcloud is subnets --output JSON' or give cidr)",
        "The checks need the address block of every worker subnet; an export named the subnet but none gave its block.");

    /// <summary>No worker subnet is known.</summary>
    public static readonly DiagnosticDescriptor NoWorkerSubnets = new(
        "PC4012", Severity.Error, "No worker subnets",
        "no worker subnet is known: give workerPools with their subnets (or import 'ibmcloud ks worker ls --output json')",
        "Without the subnets the workers are in there is nothing to check.");

    /// <summary>A cluster description's CIDR block does not parse.</summary>
    public static readonly DiagnosticDescriptor InvalidDescriptionCidr = new(
        "PC4013", Severity.Error, "Invalid CIDR block",
        "'{0}' is not an IPv4 CIDR block",
        "Subnets, pod and service networks are IPv4 blocks written address/length, such as 10.240.0.0/24.");

    /// <summary>A cluster description's address does not parse.</summary>
    public static readonly DiagnosticDescriptor InvalidDescriptionAddress = new(
        "PC4014", Severity.Error, "Invalid IPv4 address",
        "'{0}' is not an IPv4 address",
        "Worker and public gateway addresses are IPv4 dotted quads, such as 10.240.0.4.");

    /// <summary>A service endpoint is neither a URL nor host:port.</summary>
    public static readonly DiagnosticDescriptor InvalidServiceEndpoint = new(
        "PC4015", Severity.Error, "Invalid service endpoint",
        "'{0}' is not a URL or host:port",
        "Service endpoints are written as URLs (https://c100.us-south.containers.cloud.ibm.com:30245) or host:port.");

    /// <summary>A service endpoint without a port where no default applies.</summary>
    public static readonly DiagnosticDescriptor ServiceEndpointWithoutPort = new(
        "PC4016", Severity.Error, "Service endpoint without a port",
        "'{0}' needs a port: host:port or https://host:port",
        "This endpoint (etcd) has no default port, so the port must be written.");

    /// <summary>The embedded catalogs do not have one catalog per documentation era.</summary>
    public static readonly DiagnosticDescriptor CatalogPerEra = new(
        "PC4020", Severity.Error, "Not one catalog per era",
        "there must be exactly one catalog for era {0}",
        "Each documentation era has one requirement catalog; a catalog file is missing or two name the same era.");

    /// <summary>An era name is unknown.</summary>
    public static readonly DiagnosticDescriptor UnknownEra = new(
        "PC4021", Severity.Error, "Unknown documentation era",
        "unknown era '{0}': use {1}",
        "The era selects which generation of IBM's documented firewall rules the cluster is checked against.");

    /// <summary>Two requirements of a catalog share an id.</summary>
    public static readonly DiagnosticDescriptor DuplicateRequirementId = new(
        "PC4022", Severity.Error, "Duplicate requirement id",
        "duplicate requirement id '{0}'",
        "Requirement ids are how findings and waivers name a requirement, so each must be unique in its catalog.");

    /// <summary>A requirement id is not a lowercase name.</summary>
    public static readonly DiagnosticDescriptor InvalidRequirementId = new(
        "PC4023", Severity.Error, "Invalid requirement id",
        "requirement id '{0}' must be lowercase letters, digits and hyphens",
        "Requirement ids are written in waivers and on command lines; they start with a letter.");

    /// <summary>A requirement's direction is neither inbound nor outbound.</summary>
    public static readonly DiagnosticDescriptor InvalidRequirementDirection = new(
        "PC4024", Severity.Error, "Invalid requirement direction",
        "direction must be inbound or outbound, not '{0}'",
        "A requirement is seen from the workers: inbound to them or outbound from them.");

    /// <summary>A requirement's protocol, ports or ICMP fields do not make a connection.</summary>
    /// <remarks>The hole is the problem the connection template reports.</remarks>
    public static readonly DiagnosticDescriptor InvalidRequirementConnection = new(
        "PC4025", Severity.Error, "Invalid requirement connection",
        "{0}",
        "The protocol, ports and ICMP type and code of a requirement must describe at least one packet, with ports only for TCP and UDP.");

    /// <summary>A requirement's peer does not parse.</summary>
    /// <remarks>The hole is the problem the peer parser reports.</remarks>
    public static readonly DiagnosticDescriptor InvalidRequirementPeer = new(
        "PC4026", Severity.Error, "Invalid requirement peer",
        "{0}",
        "A requirement's peer is any, cidr followed by IPv4 blocks, or one of the named peers the message lists.");

    /// <summary>A requirement names an unknown firewall layer.</summary>
    public static readonly DiagnosticDescriptor UnknownLayer = new(
        "PC4027", Severity.Error, "Unknown firewall layer",
        "unknown layer '{0}': use acl or security-group",
        "A requirement applies to network ACLs, security groups, or both.");

    /// <summary>A since-version is not a Kubernetes version.</summary>
    public static readonly DiagnosticDescriptor InvalidSinceVersion = new(
        "PC4028", Severity.Error, "Invalid since-version",
        "'{0}' is not a Kubernetes version such as 1.28",
        "'since' gives the first Kubernetes version a requirement applies to, as major.minor.");

    /// <summary>A region's metro has no control-plane CIDR blocks.</summary>
    public static readonly DiagnosticDescriptor MetroWithoutCidrs = new(
        "PC4029", Severity.Error, "Metro without control-plane CIDR blocks",
        "metro '{0}' has no control-plane CIDRs in this file",
        "Every region names a metro whose control-plane CIDR blocks are listed under control-plane in the same file.");

    /// <summary>A catalog or override CIDR block does not parse.</summary>
    public static readonly DiagnosticDescriptor InvalidFactsCidr = new(
        "PC4030", Severity.Error, "Invalid control-plane CIDR block",
        "'{0}' is not an IPv4 CIDR block",
        "Control-plane CIDR blocks are IPv4 blocks written address/length, such as 166.9.12.0/24.");

    /// <summary>A requirement's layers name no layer.</summary>
    public static readonly DiagnosticDescriptor NoLayers = new(
        "PC4031", Severity.Error, "No firewall layer",
        "layers must name acl, security-group or both",
        "A requirement that applies to no firewall layer would never be checked.");

    /// <summary>A VPC configuration has several clusters and none was chosen.</summary>
    public static readonly DiagnosticDescriptor ClusterNotChosen = new(
        "PC4040", Severity.Error, "Cluster not chosen",
        "the configuration has {0} clusters ({1}); say which with --cluster",
        "The VPC configuration lists several clusters, so the cluster to describe must be named.");

    /// <summary>A file given as a cluster export is not one.</summary>
    public static readonly DiagnosticDescriptor NotAClusterExport = new(
        "PC4041", Severity.Error, "Not a cluster export",
        "this is not 'ibmcloud ks cluster get --output json' output: expected an object with id, name, region ...",
        "Give the JSON that 'ibmcloud ks cluster get --cluster NAME --output json' prints.");

    /// <summary>A file given as a worker export is not one.</summary>
    public static readonly DiagnosticDescriptor NotAWorkerExport = new(
        "PC4042", Severity.Error, "Not a worker export",
        "this is not 'ibmcloud ks worker ls --output json' output: expected a list of workers",
        "Give the JSON that 'ibmcloud ks worker ls --cluster NAME --output json' prints.");

    /// <summary>An exported worker lacks an id or an address.</summary>
    public static readonly DiagnosticDescriptor WorkerIncomplete = new(
        "PC4043", Severity.Error, "Worker without id or address",
        "a worker without an id or a private IP cannot be imported",
        "Each worker of the export needs its id and private IP; export the workers again.");

    /// <summary>A file given as a subnet export is not one.</summary>
    public static readonly DiagnosticDescriptor NotASubnetExport = new(
        "PC4044", Severity.Error, "Not a subnet export",
        "this is not a subnet list: expected the JSON list 'ibmcloud ks subnets --output json' or 'ibmcloud is subnets --output JSON' prints",
        "Give the JSON list of subnets that either command prints.");

    /// <summary>An exported subnet lacks a CIDR block or a zone.</summary>
    public static readonly DiagnosticDescriptor SubnetIncomplete = new(
        "PC4045", Severity.Error, "Subnet without CIDR block or zone",
        "a subnet without a CIDR block or a zone cannot be imported",
        "Each subnet of the export needs its IPv4 CIDR block and its zone; export the subnets again.");

    /// <summary>A file given as a public gateway export is not one.</summary>
    public static readonly DiagnosticDescriptor NotAPublicGatewayExport = new(
        "PC4046", Severity.Error, "Not a public gateway export",
        "this is not 'ibmcloud is public-gateways --output JSON' output: expected a list of public gateways",
        "Give the JSON list that 'ibmcloud is public-gateways --output JSON' prints.");

    /// <summary>An exported public gateway has no floating IP.</summary>
    public static readonly DiagnosticDescriptor PublicGatewayWithoutAddress = new(
        "PC4047", Severity.Warning, "Public gateway without a floating IP",
        "a public gateway without a floating IP is left out",
        "The gateway's floating IP is the address the cluster's outbound traffic comes from; without it the gateway cannot be allowlisted.");

    /// <summary>A file given as the cluster-info ConfigMap is not one.</summary>
    public static readonly DiagnosticDescriptor NotClusterInfo = new(
        "PC4048", Severity.Error, "Not the cluster-info ConfigMap",
        "this is not the cluster-info ConfigMap: expected data.cluster-config.json",
        "Give what 'kubectl get cm -n kube-system cluster-info -o yaml' prints.");

    /// <summary>The cluster-info ConfigMap's etcd host does not parse.</summary>
    public static readonly DiagnosticDescriptor InvalidEtcdHost = new(
        "PC4049", Severity.Error, "Invalid etcd host",
        "etcd_host '{0}' is not a host or URL",
        "The ConfigMap's etcd_host names where calicoctl reaches the cluster's etcd; it is a host name or a URL.");

    /// <summary>No export says which subnets the worker pools use, so every listed subnet of the cluster's zones is taken.</summary>
    public static readonly DiagnosticDescriptor WorkerSubnetsGuessed = new(
        "PC4050", Severity.Warning, "Worker subnets guessed",
        "no export says which subnets the worker pools use; every listed subnet in the cluster's zones is taken as a worker subnet: check workerPools",
        "Import the worker list ('ibmcloud ks worker ls --output json') or edit workerPools in the written description, so that only the worker subnets are checked.");

    /// <summary>The cluster-info ConfigMap's cluster-config.json is not JSON.</summary>
    public static readonly DiagnosticDescriptor ClusterConfigNotJson = new(
        "PC4051", Severity.Error, "Invalid cluster-config.json",
        "data.cluster-config.json is not valid JSON",
        "The ConfigMap holds the cluster's configuration as a JSON text under data.cluster-config.json; this one does not parse.");

    /// <summary>Neither the cluster description nor the command line names a VPC configuration.</summary>
    public static readonly DiagnosticDescriptor NoVpcConfiguration = new(
        "PC4100", Severity.Error, "No VPC configuration",
        "no VPC configuration: list the collector's output under vpcConfigs in the cluster description, or give --config",
        "Checking a cluster needs its VPC's firewalls: name the configuration files under vpcConfigs in cluster.yaml, or give them with --config.");

    /// <summary>None of a cluster's workers is in the VPC configuration.</summary>
    public static readonly DiagnosticDescriptor WorkersNotInConfiguration = new(
        "PC4101", Severity.Error, "Workers not in the configuration",
        "cluster {0} ({1}): none of its workers is in a subnet of the VPC configuration; check the worker subnets in the cluster description and the --config files",
        "The cluster description and the VPC configuration do not meet: the description's worker subnets are not in the files given with --config.");

    /// <summary>A cluster's workers are in several VPCs; only the first is checked.</summary>
    public static readonly DiagnosticDescriptor WorkersInSeveralVpcs = new(
        "PC4102", Severity.Warning, "Workers in several VPCs",
        "cluster {0}: workers are in more than one VPC; only VPC {1} is checked",
        "An IKS cluster lives in one VPC; workers elsewhere mean the description or the configuration is mixed up.");

    /// <summary>A worker subnet of the description is not in the VPC.</summary>
    public static readonly DiagnosticDescriptor WorkerSubnetNotInVpc = new(
        "PC4103", Severity.Warning, "Worker subnet not in the VPC",
        "cluster {0}: worker subnet {1} ({2}) is not in VPC {3} of the configuration; it is not checked",
        "The description names a worker subnet the VPC configuration does not contain (collected at another time, or another VPC).");

    /// <summary>A file the description names (under vpcConfigs or policies) does not exist.</summary>
    public static readonly DiagnosticDescriptor NamedFileMissing = new(
        "PC4104", Severity.Warning, "Named file missing",
        "{0} names {1}, which does not exist (paths are read from the description's folder)",
        "Paths in a cluster description are read relative to the description's folder. A configuration given with --config replaces vpcConfigs, and only some commands read policies, so a missing entry is an error (at the file) only when the command reads it.");
}
