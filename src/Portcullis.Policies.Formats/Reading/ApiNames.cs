using System.Text.RegularExpressions;

namespace Portcullis.Policies.Formats.Reading;

/// <summary>The Kubernetes API's rules for names, label keys and values, and port names.</summary>
internal static partial class ApiNames
{
    /// <summary>Why a DNS subdomain name (a resource name) is invalid, or null.</summary>
    public static string? SubdomainProblem(string value) =>
        value.Length > 253 ? "is longer than 253 characters"
        : !Subdomain().IsMatch(value) ? "must be lower-case letters, digits, '-' and '.', and start and end with a letter or digit"
        : null;

    /// <summary>Why a DNS label (a namespace name) is invalid, or null.</summary>
    public static string? LabelNameProblem(string value) =>
        value.Length > 63 ? "is longer than 63 characters"
        : !DnsLabel().IsMatch(value) ? "must be lower-case letters, digits and '-', and start and end with a letter or digit"
        : null;

    /// <summary>Why a label key is invalid, or null.</summary>
    public static string? LabelKeyProblem(string key)
    {
        var parts = key.Split('/');
        if (parts.Length > 2)
        {
            return "may have one '/', between an optional prefix and the name";
        }

        if (parts.Length == 2)
        {
            if (parts[0].Length == 0)
            {
                return "has an empty prefix";
            }

            if (SubdomainProblem(parts[0]) is { } prefix)
            {
                return "has a prefix that " + prefix;
            }
        }

        var name = parts[^1];
        return name.Length == 0 ? "has no name"
            : name.Length > 63 ? "has a name longer than 63 characters"
            : !Qualified().IsMatch(name) ? "has a name that is not letters, digits, '-', '_' and '.' starting and ending with a letter or digit"
            : null;
    }

    /// <summary>Why a label value is invalid, or null.</summary>
    public static string? LabelValueProblem(string value) =>
        value.Length > 63 ? "is longer than 63 characters"
        : value.Length > 0 && !Qualified().IsMatch(value) ? "is not letters, digits, '-', '_' and '.' starting and ending with a letter or digit"
        : null;

    /// <summary>Why a port name (IANA_SVC_NAME) is invalid, or null.</summary>
    public static string? PortNameProblem(string value) =>
        value.Length > 15 ? "is longer than 15 characters"
        : !PortName().IsMatch(value) ? "must be lower-case letters, digits and '-', start and end with a letter or digit, and contain a letter"
        : value.Contains("--", StringComparison.Ordinal) ? "must not contain '--'"
        : null;

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex Subdomain();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex DnsLabel();

    [GeneratedRegex("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")]
    private static partial Regex Qualified();

    [GeneratedRegex("^(?=.*[a-z])[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex PortName();
}
