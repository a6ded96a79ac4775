using Portcullis.Core.Diagnostics;

namespace Portcullis.Policies.Formats;

/// <summary>
/// The problems found while reading Kubernetes and Calico policies and the resources they select (<c>PC90xx</c>):
/// files that cannot be read, resources that kubectl or calicoctl would reject, and what the analysis reads
/// differently from a live cluster. A rejected resource is left out; the others are still read, so every problem is
/// listed at once.
/// </summary>
public static class PolicyDiagnostics
{
    /// <summary>A policy or resource file cannot be read.</summary>
    public static readonly DiagnosticDescriptor UnreadableFile = new(
        "PC9000", Severity.Error, "Policy or resource file cannot be read",
        "cannot read the file: {0}",
        "A file or directory given with --policies or --resources does not exist or cannot be opened. Check the path and its permissions.");

    /// <summary>A file is not valid YAML or JSON.</summary>
    public static readonly DiagnosticDescriptor MalformedFile = new(
        "PC9001", Severity.Error, "Malformed YAML or JSON",
        "malformed YAML or JSON: {0}",
        "The file is not valid YAML or JSON; the location gives the line and column of the first syntax error. Write it as kubectl or calicoctl get -o yaml prints it.");

    /// <summary>A required field is missing, null or empty.</summary>
    /// <remarks>The hole is the whole message: what is missing, and where it helps, what it would mean.</remarks>
    public static readonly DiagnosticDescriptor MissingField = new(
        "PC9002", Severity.Error, "Required field missing",
        "{0}",
        "The API server or calicoctl rejects the resource without this field (or with it null or empty), so the resource is left out.");

    /// <summary>A field has the wrong type (a list where a mapping belongs ...).</summary>
    /// <remarks>The hole is the whole message: the field, what it must be and what was found.</remarks>
    public static readonly DiagnosticDescriptor WrongType = new(
        "PC9003", Severity.Error, "Value of the wrong type",
        "{0}",
        "The field's value is not of the type the resource's schema gives it (a list where a mapping belongs, a number where a label value must be a string); the resource is left out.");

    /// <summary>A field the resource's schema does not have.</summary>
    /// <remarks>The holes are what has the field, the field, and the fields it does have.</remarks>
    public static readonly DiagnosticDescriptor UnknownField = new(
        "PC9004", Severity.Error, "Unknown field",
        "{0} has no field '{1}' (it has {2})",
        "kubectl's and calicoctl's strict decoding reject a field the schema does not have, which is often a misspelt or misplaced one; the resource is left out.");

    /// <summary>A value outside what the API accepts (a bad name, port, protocol, CIDR, action ...).</summary>
    /// <remarks>The hole is the whole message: the value and what it must be.</remarks>
    public static readonly DiagnosticDescriptor InvalidValue = new(
        "PC9005", Severity.Error, "Invalid value",
        "{0}",
        "The API server or calicoctl rejects the value (a name, label, port, protocol, CIDR or action outside what the API accepts), so the resource is left out.");

    /// <summary>A selector that does not parse.</summary>
    /// <remarks>The holes are the field, the selector and what is wrong with it.</remarks>
    public static readonly DiagnosticDescriptor InvalidSelector = new(
        "PC9006", Severity.Error, "Invalid selector",
        "{0} '{1}' is not a selector: {2}",
        "Calico's selector language is expressions such as app == 'db' && has(tier), joined with && and ||; calicoctl rejects a policy whose selector does not parse.");

    /// <summary>Fields that contradict each other (ports without a protocol, ingress rules without the Ingress type ...).</summary>
    /// <remarks>The hole is the whole message: which fields contradict each other, and how.</remarks>
    public static readonly DiagnosticDescriptor Inconsistent = new(
        "PC9007", Severity.Error, "Contradictory fields",
        "{0}",
        "Each field is valid on its own, but together they are rejected by the API server or calicoctl (ports need TCP, UDP or SCTP; ICMP fields need ICMP; rules need their policy type).");

    /// <summary>An ipBlock's CIDR without a prefix length, read as the one address.</summary>
    /// <remarks>The holes are the text and the block it is read as.</remarks>
    public static readonly DiagnosticDescriptor AddressWithoutPrefix = new(
        "PC9008", Severity.Warning, "CIDR without a prefix length",
        "'{0}' has no prefix length: read as {1}",
        "The API server wants a CIDR in an ipBlock; a bare address is read as the one address it names. Add /32 (or /128) to say so.");

    /// <summary>A second policy with the same kind and name.</summary>
    /// <remarks>The holes are the policy's kind and its name.</remarks>
    public static readonly DiagnosticDescriptor DuplicatePolicy = new(
        "PC9009", Severity.Warning, "Duplicate policy",
        "a second {0} named {1}: the first one read is kept",
        "A cluster holds one policy of a kind and name (in a namespace); two files give the same one, so only the first read is analysed.");

    /// <summary>A field the analysis cannot evaluate (HTTP matches, services).</summary>
    /// <remarks>The hole is the whole message: the field and how the analysis reads it.</remarks>
    public static readonly DiagnosticDescriptor NotEvaluated = new(
        "PC9010", Severity.Warning, "Field not evaluated",
        "{0}",
        "The field depends on what only a live cluster knows (service endpoints) or on application-layer data (HTTP); the analysis reads it as said, so its answer may allow more or less than the cluster does.");

    /// <summary>A directory given holds no file to read.</summary>
    public static readonly DiagnosticDescriptor NothingFound = new(
        "PC9011", Severity.Error, "No policy or resource file",
        "the directory holds no .yaml, .yml or .json file",
        "A directory given with --policies or --resources is read for its .yaml, .yml and .json files; this one has none, so something else was meant.");

    /// <summary>A value given for the isolation set (a region, a subnet, a worker) that does not parse or is not known.</summary>
    /// <remarks>The hole is the whole message: the value and what it must be.</remarks>
    public static readonly DiagnosticDescriptor InvalidIsolationValue = new(
        "PC9012", Severity.Error, "Invalid isolation value",
        "{0}",
        "The isolation set is written for a region IBM publishes it for and the cluster's own subnets and workers; the value does not parse or names nothing known.");

    /// <summary>An ipBlock exception outside its CIDR.</summary>
    /// <remarks>The holes are the exception and the CIDR.</remarks>
    public static readonly DiagnosticDescriptor ExceptionOutsideBlock = new(
        "PC9013", Severity.Warning, "Exception outside its block",
        "the exception {0} is not within the CIDR {1}",
        "The API server refuses an ipBlock exception that is not within its CIDR; what it means is still clear (the part outside the CIDR excepts nothing), so the policy is read that way.");

    /// <summary>A Profile with policy types.</summary>
    public static readonly DiagnosticDescriptor ProfileTypesIgnored = new(
        "PC9014", Severity.Warning, "Types on a profile",
        "a Profile has no types: the field is ignored",
        "Some hand-written profiles carry a policy's types; a profile has none (its ingress and egress rules always apply), so the field changes nothing.");

    /// <summary>No endpoint was read, so the policies have nothing to connect.</summary>
    public static readonly DiagnosticDescriptor NoEndpoints = new(
        "PC9015", Severity.Warning, "No endpoints",
        "no pods, workloads or endpoints were read, so there is nothing to connect; give --resources (kubectl get pods,deployments,namespaces -A -o yaml)",
        "Policies select endpoints by their labels; without the pods, workloads, WorkloadEndpoints or HostEndpoints they apply to, every answer is empty.");
}
