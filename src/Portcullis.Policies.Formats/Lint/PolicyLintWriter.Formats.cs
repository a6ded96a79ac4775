using Portcullis.Formats.Output;

namespace Portcullis.Policies.Formats.Lint;

/// <summary>The formats of policy lint findings.</summary>
public static partial class PolicyLintWriter
{
    /// <summary>Text, JSON and SARIF.</summary>
    public static OutputFormats<PolicyLintFormat> Formats { get; } = OutputFormats<PolicyLintFormat>.Of(
        (PolicyLintFormat.Txt, "txt (the default)"),
        (PolicyLintFormat.Json, "json"),
        (PolicyLintFormat.Sarif, "sarif (SARIF 2.1.0 for code scanning)"));
}
