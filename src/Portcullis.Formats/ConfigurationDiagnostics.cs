using Portcullis.Core.Diagnostics;

namespace Portcullis.Formats;

/// <summary>
/// The problems found while reading a VPC configuration from where it lives other than the collector's JSON, and while
/// combining several files: telling the formats apart (<c>PC5000</c>), <c>terraform show -json</c> of a state or a
/// saved plan (<c>PC51xx</c>), <c>ibmcloud is ... --output JSON</c> exports (<c>PC52xx</c>), and what a Terraform file
/// replaced in the configurations given before it (<c>PC525x</c>).
/// </summary>
public static class ConfigurationDiagnostics
{
    /// <summary>A JSON file is none of the configuration formats.</summary>
    /// <remarks>The hole says what the file holds instead (<c>an object with none of those</c>, <c>a string</c>).</remarks>
    public static readonly DiagnosticDescriptor UnknownConfigurationFormat = new(
        "PC5000", Severity.Error, "Not a configuration Portcullis reads",
        "this is not a configuration Portcullis reads: expected the collector's JSON (an object with vpcs, subnets, network_acls ...), the output of 'terraform show -json' for a state or a saved plan, or what an 'ibmcloud is ... --output JSON' list command prints; found {0}",
        "A --config file is told apart by its content: an object with the collector's lists, an object with Terraform's format_version, or a list of VPC API objects. This one is JSON but none of them; another file was given with --config.");

    /// <summary>A Terraform JSON document of a major format version other than 1.</summary>
    public static readonly DiagnosticDescriptor UnsupportedTerraformFormat = new(
        "PC5100", Severity.Error, "Unsupported Terraform JSON format version",
        "format_version \"{0}\" is not supported: Portcullis reads version 1.x of the output of 'terraform show -json'",
        "Terraform promises that readers reject a major version they do not know, since its meaning may have changed. Write the JSON with a Terraform version whose output is format 1.x.");

    /// <summary>A plan Terraform could not finish.</summary>
    public static readonly DiagnosticDescriptor ErroredPlan = new(
        "PC5101", Severity.Error, "Plan with errors",
        "the plan has errors (\"errored\": true): Terraform could not finish it, so it does not say what would change; fix what 'terraform plan' reports and save the plan again",
        "A plan that errored lists only some of its changes, so checking it could pass a change that breaks the network. Fix the errors 'terraform plan' reports and save the plan again.");

    /// <summary>A plan with changes deferred to a later plan.</summary>
    public static readonly DiagnosticDescriptor IncompletePlan = new(
        "PC5102", Severity.Warning, "Incomplete plan",
        "the plan is not complete (\"complete\": false): some changes are deferred to a later plan, and only what this one applies is analysed",
        "Terraform defers changes it cannot plan yet (such as resources whose count depends on values known after apply); the network after this plan is not the one after all of them. Check the next plan too.");

    /// <summary>The Terraform JSON is not shaped as <c>terraform show -json</c> prints it.</summary>
    /// <remarks>The holes are what is wrong (<c>a module</c>, <c>'resources'</c>), what it must be (<c>an object</c>, <c>an array</c>) and what was found.</remarks>
    public static readonly DiagnosticDescriptor MalformedTerraformJson = new(
        "PC5103", Severity.Error, "Terraform JSON not as 'terraform show -json' writes it",
        "{0} must be {1}, found {2}",
        "The file has Terraform's format_version but is not shaped as 'terraform show -json' prints it: it was edited by hand or written by another tool. Write it again with 'terraform show -json'.");

    /// <summary>A state or plan without a resource of the IBM Cloud provider.</summary>
    /// <remarks>The hole says what it holds instead.</remarks>
    public static readonly DiagnosticDescriptor NoIbmResources = new(
        "PC5104", Severity.Error, "No IBM Cloud resources",
        "no resource of the IBM Cloud provider (IBM-Cloud/ibm) to read: {0}",
        "Portcullis reads the IBM provider's VPC, transit gateway and Kubernetes resources; this file has none, so it says nothing about the network. Give the state or plan of the configuration that manages the VPC.");

    /// <summary>A resource type or data source that says nothing about the network.</summary>
    /// <remarks>The holes are <c>resource type</c> or <c>data source</c>, and the type.</remarks>
    public static readonly DiagnosticDescriptor IgnoredResourceType = new(
        "PC5105", Severity.Note, "Resource type ignored",
        "{0} {1} says nothing Portcullis reads; ignored",
        "The type does not change which connections the VPC allows (a resource group, a key, a DNS record ...), so it is left out.");

    /// <summary>An attribute Portcullis does not know for its resource type.</summary>
    public static readonly DiagnosticDescriptor IgnoredAttribute = new(
        "PC5106", Severity.Note, "Attribute ignored",
        "attribute '{0}' is not one Portcullis knows for {1}; ignored",
        "A newer provider version may have added the attribute, or it says nothing about traffic (tags, timeouts). If it changes what the resource allows, the analysis does not see it.");

    /// <summary>A value a plan knows only after apply, and what was assumed so that it adds no connectivity.</summary>
    /// <remarks>The hole says what was assumed instead.</remarks>
    public static readonly DiagnosticDescriptor UnknownValue = new(
        "PC5107", Severity.Warning, "Value known only after apply",
        "known only after apply: {0}",
        "The plan leaves the value to the cloud, and the plan's configuration does not say which object it names. Portcullis never guesses: it assumes what adds no connectivity (a rule left out, an address that is no endpoint), so the answer may show less than the cloud will allow. Apply, or refer to the object by its resource address in the configuration.");

    /// <summary>A network resource type that Portcullis does not read from Terraform.</summary>
    public static readonly DiagnosticDescriptor NetworkResourceNotRead = new(
        "PC5108", Severity.Warning, "Network resource not read",
        "Portcullis does not read {0} from Terraform, so the analysis does not see what it does to traffic",
        "The resource changes traffic (a VPN gateway, a bare metal server's interface ...), but Portcullis does not translate it yet; the answer may miss what it allows or blocks. Give the collected configuration for it too.");

    /// <summary>A rule, filter, prefix or pool member whose parent the same Terraform file does not hold.</summary>
    /// <remarks>The hole names the kind of parent (<c>a VPC</c>, <c>a transit gateway connection</c>).</remarks>
    public static readonly DiagnosticDescriptor ParentNotInFile = new(
        "PC5109", Severity.Warning, "Parent not in the Terraform file",
        "belongs to {0} this file does not hold; it is ignored",
        "The resource names its parent by an id no resource of the file has, and such parents are not looked for in the other configurations given. Give the state that manages the parent.");

    /// <summary>A <c>before</c> that names no rule or filter of its list.</summary>
    /// <remarks>The holes are what is placed (<c>rule</c>, <c>filter</c>) and its list (<c>network ACL workers</c>, <c>its connection</c>).</remarks>
    public static readonly DiagnosticDescriptor BeforeNotFound = new(
        "PC5110", Severity.Warning, "Rule placed before nothing",
        "'before' names no {0} of {1}; it is placed last",
        "A rule or prefix filter is placed before the one its 'before' names; none of the list has that id, so the order Portcullis analyses may not be the cloud's. Check the id.");

    /// <summary>A value known only after apply, found through the plan's configuration.</summary>
    /// <remarks>The hole names what the configuration refers to (a resource address, or several).</remarks>
    public static readonly DiagnosticDescriptor ResolvedReference = new(
        "PC5111", Severity.Note, "Reference resolved through the configuration",
        "known only after apply; the configuration names {0}",
        "The plan does not know the id yet, but the configuration's expression refers to a resource: the object the plan makes for that resource stands for it.");

    /// <summary>Resources of providers other than IBM Cloud, ignored.</summary>
    /// <remarks>The holes are the count, the provider and the first few addresses.</remarks>
    public static readonly DiagnosticDescriptor OtherProviderIgnored = new(
        "PC5112", Severity.Note, "Resources of another provider ignored",
        "{0} resources of provider {1} ignored ({2})",
        "Portcullis reads the IBM Cloud provider's resources; the others say nothing about the VPC.");

    /// <summary>A transit gateway connection to a network other than a VPC.</summary>
    public static readonly DiagnosticDescriptor TransitNetworkNotCovered = new(
        "PC5113", Severity.Note, "Transit gateway connection not analysed",
        "connects a {0} network, which the analysis does not cover; it is ignored",
        "Portcullis analyses the VPCs a transit gateway connects; classic infrastructure, Direct Link and other networks are outside the configuration.");

    /// <summary>A value known only after apply for which Portcullis assumes something that cannot hide a connection.</summary>
    /// <remarks>The hole says what was assumed.</remarks>
    public static readonly DiagnosticDescriptor UnknownValueStoodFor = new(
        "PC5114", Severity.Note, "Value known only after apply, stood for",
        "known only after apply: {0}",
        "The value does not decide what is allowed (a name), or every value it may take is analysed (a load balancer's addresses in its subnets), so the answer holds whatever the cloud picks.");

    /// <summary>A cluster whose workers' addresses the Terraform file does not hold.</summary>
    public static readonly DiagnosticDescriptor ClusterWorkersNotInFile = new(
        "PC5115", Severity.Note, "Cluster workers not in the Terraform file",
        "the addresses of the cluster's workers are not in this file (read them with data \"ibm_container_vpc_cluster_worker\"); 'cluster check' takes them from the cluster description",
        "The cluster resource does not record its workers' addresses; the worker data source does. Without them, the report has no worker endpoints, while 'cluster check' places workers by the subnets of the cluster description.");

    /// <summary>A worker pool of a cluster the Terraform file does not hold.</summary>
    public static readonly DiagnosticDescriptor WorkerPoolWithoutCluster = new(
        "PC5116", Severity.Note, "Worker pool of another cluster",
        "a worker pool of a cluster this file does not hold",
        "Worker pools place workers in subnets; the analysis takes the workers from the cluster (or the worker data source), so a pool alone changes nothing.");

    /// <summary>Rules, targets or routes a Terraform file manages for an ACL, a security group or a routing table that no configuration given holds.</summary>
    /// <remarks>The holes are the Terraform address, the kind of parent and its id.</remarks>
    public static readonly DiagnosticDescriptor ParentNotInConfigurations = new(
        "PC5117", Severity.Warning, "Parent in none of the configurations",
        "{0} changes {1} '{2}', which none of the configurations given holds; the change is ignored (give the collected configuration too, with another --config)",
        "A separate rule, target or route resource names a network ACL, security group or routing table that neither the file nor the configurations before it hold, so there is nothing to add it to.");

    /// <summary>An export of a command Portcullis does not read.</summary>
    /// <remarks>The holes are what the export holds and the commands that are read.</remarks>
    public static readonly DiagnosticDescriptor UnsupportedExport = new(
        "PC5200", Severity.Error, "Export of an unsupported command",
        "this export holds {0}; give the JSON that '{1} --output JSON' prints, one command per file (and 'ibmcloud is vpc-address-prefixes VPC --output JSON' for a VPC's prefixes)",
        "A JSON list is read as what one 'ibmcloud is' list command prints; the objects' resource type, CRN or fields say which. This one lists objects of another command, or not VPC objects at all.");

    /// <summary>An export that mixes objects of several lists.</summary>
    public static readonly DiagnosticDescriptor MixedExport = new(
        "PC5201", Severity.Error, "Export of several commands",
        "this object is from 'ibmcloud is {0}' but the ones before it are from 'ibmcloud is {1}'; give each command's output as a file of its own",
        "Each export file is one command's list; give each command's output with a --config of its own.");

    /// <summary>A load balancer export that names listeners and pools only by reference.</summary>
    public static readonly DiagnosticDescriptor IncompleteExport = new(
        "PC5202", Severity.Warning, "Export without what the analysis needs",
        "load balancer {0}: the export names its listeners and pools without their ports and members, so it is taken to forward nothing; the collector's configuration (or Terraform) has them",
        "'ibmcloud is load-balancers' lists listeners and pools by reference only; without their ports and members a listener would seem to accept every port, so the load balancer is taken to forward nothing.");

    /// <summary>An export with no objects.</summary>
    public static readonly DiagnosticDescriptor EmptyExport = new(
        "PC5203", Severity.Note, "Empty export",
        "the export lists no objects",
        "The command listed nothing (no such objects in the region, or none the key may read).");

    /// <summary>An address prefix export without the prefix's VPC.</summary>
    public static readonly DiagnosticDescriptor ExportPrefixWithoutVpc = new(
        "PC5204", Severity.Error, "Address prefix without its VPC",
        "the prefix's 'href' (.../vpcs/VPC/address_prefixes/ID) is missing, so its VPC is not known",
        "An address prefix names its VPC only in its href; the export was edited, or is not what 'ibmcloud is vpc-address-prefixes VPC --output JSON' prints.");

    /// <summary>Address prefixes of a VPC that no configuration given lists.</summary>
    public static readonly DiagnosticDescriptor ExportPrefixVpcMissing = new(
        "PC5205", Severity.Warning, "Address prefixes of an unknown VPC",
        "address prefixes of VPC '{0}', which none of the configurations given lists; they are ignored (give 'ibmcloud is vpcs --output JSON' too)",
        "The prefixes export gives prefixes to VPCs that the other files list; give the VPC list too.");

    /// <summary>What a Terraform file replaced in the configurations given before it.</summary>
    /// <remarks>The holes are the count (<c>3 objects</c>) and the first few, named.</remarks>
    public static readonly DiagnosticDescriptor ObjectsReplaced = new(
        "PC5250", Severity.Warning, "Objects replaced by Terraform",
        "replaces {0} of the configurations given before it ({1}); --verbose lists each",
        "A Terraform file laid over a collected configuration replaces the objects it manages (matched by id, else by VPC and name) with its own version: the analysis is of the network as Terraform has or plans it. Check that it replaces what you meant.");

    /// <summary>One object a Terraform file replaced.</summary>
    /// <remarks>The holes are the kind, name and id of the object replaced, and the Terraform address of its replacement.</remarks>
    public static readonly DiagnosticDescriptor ObjectReplaced = new(
        "PC5251", Severity.Note, "Object replaced by Terraform",
        "{0} {1} ({2}) is replaced by {3}",
        "The Terraform file manages the object with the same id, and its version is analysed.");

    /// <summary>What a Terraform file removed from the configurations given before it.</summary>
    /// <remarks>The holes are the count and the first few, named.</remarks>
    public static readonly DiagnosticDescriptor ObjectsRemoved = new(
        "PC5252", Severity.Warning, "Objects removed by Terraform",
        "removes {0} of the configurations given before it, as it deletes them ({1}); --verbose lists each",
        "A plan that destroys an object removes it from the collected configuration it is laid over: the analysis is of the network after apply.");

    /// <summary>One object a Terraform file replaced, matched by VPC and name.</summary>
    /// <remarks>The holes are the kind, name and id of the object replaced, and the Terraform address of its replacement.</remarks>
    public static readonly DiagnosticDescriptor ObjectReplacedByName = new(
        "PC5253", Severity.Note, "Object replaced by Terraform, matched by name",
        "{0} {1} ({2}) is replaced by {3}, matched by VPC and name (its id is new)",
        "The Terraform file makes an object of the same kind, VPC and name (a plan that replaces it gives it a new id), so its version stands for the collected one.");

    /// <summary>One object a Terraform file removed.</summary>
    /// <remarks>The holes are the kind, name and id of the object, and the file that deletes it.</remarks>
    public static readonly DiagnosticDescriptor ObjectRemoved = new(
        "PC5254", Severity.Note, "Object removed by Terraform",
        "{0} {1} ({2}) is removed: {3} deletes it",
        "The plan destroys the object, so the network after apply does not have it.");
}
