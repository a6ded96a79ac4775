using Portcullis.Formats.Output;
using Portcullis.Formats.Reports;

namespace Portcullis.Formats.Diff;

/// <summary>The formats of a connectivity diff.</summary>
public static partial class DiffWriter
{
    /// <summary>Text, Markdown, JSON and CSV.</summary>
    public static OutputFormats<ReportFormat> Formats { get; } = OutputFormats<ReportFormat>.Of(
        (ReportFormat.Txt, "txt (the default)"),
        (ReportFormat.Md, "md"),
        (ReportFormat.Json, "json"),
        (ReportFormat.Csv, "csv"));
}
