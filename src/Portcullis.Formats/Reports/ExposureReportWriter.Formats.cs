using Portcullis.Formats.Output;

namespace Portcullis.Formats.Reports;

/// <summary>The formats of the exposure report.</summary>
public static partial class ExposureReportWriter
{
    /// <summary>Text, Markdown, JSON and CSV.</summary>
    public static OutputFormats<ReportFormat> Formats { get; } = OutputFormats<ReportFormat>.Of(
        (ReportFormat.Txt, "txt (the default)"),
        (ReportFormat.Md, "md"),
        (ReportFormat.Json, "json"),
        (ReportFormat.Csv, "csv"));
}
