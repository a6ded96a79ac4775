using Portcullis.Formats.Output;

namespace Portcullis.Policies.Formats.Diff;

/// <summary>The formats of policy diffs.</summary>
public static partial class PolicyDiffWriter
{
    /// <summary>Text, Markdown, JSON and CSV.</summary>
    public static OutputFormats<PolicyDiffFormat> Formats { get; } = OutputFormats<PolicyDiffFormat>.Of(
        (PolicyDiffFormat.Txt, "txt (the default)"),
        (PolicyDiffFormat.Md, "md"),
        (PolicyDiffFormat.Json, "json"),
        (PolicyDiffFormat.Csv, "csv"));
}
