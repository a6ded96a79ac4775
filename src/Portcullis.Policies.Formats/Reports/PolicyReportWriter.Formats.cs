using Portcullis.Formats.Output;

namespace Portcullis.Policies.Formats.Reports;

/// <summary>The formats of the policy connectivity report.</summary>
public static partial class PolicyReportWriter
{
    /// <summary>Text, Markdown, JSON, CSV and the graph as DOT.</summary>
    public static OutputFormats<PolicyReportFormat> Formats { get; } = OutputFormats<PolicyReportFormat>.Of(
        (PolicyReportFormat.Txt, "txt (the default)"),
        (PolicyReportFormat.Md, "md"),
        (PolicyReportFormat.Json, "json"),
        (PolicyReportFormat.Csv, "csv"),
        (PolicyReportFormat.Dot, "dot (Graphviz)"));
}
