using Portcullis.Core.Diagnostics;

namespace Portcullis.Probing;

/// <summary>The problems found reading a probe targets file (<c>PC7xxx</c>), each with the line, column and path.</summary>
public static class ProbeDiagnostics
{
    /// <summary>A targets file cannot be opened.</summary>
    public static readonly DiagnosticDescriptor TargetsFileUnreadable = new(
        "PC7001", Severity.Error, "Targets file cannot be read",
        "cannot read the {0}: {1}",
        "The file given with --targets does not exist or cannot be opened. Check the path and the file's permissions.");

    /// <summary>A node of a targets file is of the wrong kind (a value where a list or mapping belongs, or the other way round).</summary>
    /// <remarks>The hole says what was expected there.</remarks>
    public static readonly DiagnosticDescriptor WrongTargetsStructure = new(
        "PC7002", Severity.Error, "Wrong structure",
        "{0}",
        "A targets file is a list of targets under 'targets:'; a target is a mapping (url: or host: and port:) or a text such as https://us.icr.io/api/v1/messages, and expect: is a mapping.");

    /// <summary>A targets file has a key it does not know.</summary>
    /// <remarks>The holes are the key and the keys allowed there.</remarks>
    public static readonly DiagnosticDescriptor UnknownTargetsKey = new(
        "PC7003", Severity.Error, "Unknown key",
        "unknown key '{0}'; {1}",
        "The key is not part of the targets format, often a typo of one that is; it is an error, so that a misspelt expectation is never skipped silently.");

    /// <summary>A value of a targets file is not one the prober can use.</summary>
    /// <remarks>The hole says which value is wrong and what it may be; some come from the target and status parsers.</remarks>
    public static readonly DiagnosticDescriptor InvalidTargetValue = new(
        "PC7004", Severity.Error, "Invalid value",
        "{0}",
        "A target's URL, host, port, check, method, expectation or flag does not fit the targets format; the message says which and what it may be.");

    /// <summary>A targets file or a target lacks a key it needs.</summary>
    /// <remarks>The hole says what is missing.</remarks>
    public static readonly DiagnosticDescriptor MissingTargetsKey = new(
        "PC7005", Severity.Error, "Missing key",
        "{0}",
        "A targets file needs 'targets:', an HTTP target 'url:', and a TCP or TLS target 'host:' and 'port:'.");

    /// <summary>A targets file has no target.</summary>
    /// <remarks>The hole says whether the file or its list is empty.</remarks>
    public static readonly DiagnosticDescriptor NoTargets = new(
        "PC7006", Severity.Error, "No targets",
        "{0}",
        "There is nothing to probe; give at least one target.");

    /// <summary>Several targets have the same name.</summary>
    public static readonly DiagnosticDescriptor DuplicateTargetName = new(
        "PC7007", Severity.Warning, "Duplicate target name",
        "{0} targets are named '{1}'; the report will not tell them apart",
        "The report names each target by its name; give each a name of its own.");

    /// <summary>A targets file is neither valid YAML nor valid JSON.</summary>
    public static readonly DiagnosticDescriptor MalformedTargetsFile = new(
        "PC7008", Severity.Error, "Malformed targets file",
        "malformed YAML or JSON: {0}",
        "The file does not parse as YAML (of which JSON is a part); the location gives the line and column of the first syntax error.");
}
