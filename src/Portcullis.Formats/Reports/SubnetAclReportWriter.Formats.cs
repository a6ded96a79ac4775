using Portcullis.Formats.Output;

namespace Portcullis.Formats.Reports;

/// <summary>The formats of the per-subnet ACL report.</summary>
public static partial class SubnetAclReportWriter
{
    /// <summary>Text, Markdown, JSON and CSV (a view per subnet has no graph).</summary>
    public static OutputFormats<ReportFormat> Formats { get; } = OutputFormats<ReportFormat>.Of(
        (ReportFormat.Txt, "txt (the default)"),
        (ReportFormat.Md, "md"),
        (ReportFormat.Json, "json"),
        (ReportFormat.Csv, "csv"));
}
