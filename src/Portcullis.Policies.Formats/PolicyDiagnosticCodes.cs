namespace Portcullis.Policies.Formats;

/// <summary>The diagnostic codes of policy input and analysis, each defined once.</summary>
public static class PolicyDiagnosticCodes
{
    /// <summary>A policy or resource file cannot be read.</summary>
    public const string UnreadableFile = "PC9000";

    /// <summary>A file is not valid YAML or JSON.</summary>
    public const string MalformedFile = "PC9001";

    /// <summary>A required field is missing or null.</summary>
    public const string MissingField = "PC9002";

    /// <summary>A field has the wrong type (a list where a mapping belongs ...).</summary>
    public const string WrongType = "PC9003";

    /// <summary>A field the resource's schema does not have (kubectl and calicoctl reject it).</summary>
    public const string UnknownField = "PC9004";

    /// <summary>A value outside what the API accepts (a bad name, port, protocol, CIDR, action ...).</summary>
    public const string InvalidValue = "PC9005";

    /// <summary>A selector that does not parse.</summary>
    public const string InvalidSelector = "PC9006";

    /// <summary>Fields that contradict each other (ports without a protocol, ingress rules without the Ingress type ...).</summary>
    public const string Inconsistent = "PC9007";

    /// <summary>A resource of a kind or apiVersion the reader does not know; it is ignored.</summary>
    public const string UnknownKind = "PC9008";

    /// <summary>A second policy with the same kind and name; the first is kept.</summary>
    public const string DuplicatePolicy = "PC9009";

    /// <summary>A field the analysis cannot evaluate (HTTP matches, services); it is over-approximated and said so.</summary>
    public const string NotEvaluated = "PC9010";

    /// <summary>A directory or file given holds no resource of the expected kinds.</summary>
    public const string NothingFound = "PC9011";

    /// <summary>A command-line value (an endpoint, protocol or port to explain) that does not parse or names nothing.</summary>
    public const string BadArgument = "PC9012";
}
