using Portcullis.Formats.Output;

namespace Portcullis.Formats.Lint;

/// <summary>The formats of a lint report.</summary>
public static partial class LintWriter
{
    /// <summary>Text, JSON and SARIF.</summary>
    public static OutputFormats<LintFormat> Formats { get; } = OutputFormats<LintFormat>.Of(
        (LintFormat.Txt, "txt"),
        (LintFormat.Json, "json"),
        (LintFormat.Sarif, "sarif (SARIF 2.1.0, for code scanning in CI)"));
}
