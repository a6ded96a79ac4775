using Portcullis.Formats.Output;

namespace Portcullis.Formats.Reports;

/// <summary>The formats of endpoint and subnet connectivity reports.</summary>
public static partial class ConnectivityReportWriter
{
    /// <summary>Every report format: text, Markdown, JSON, CSV, and the graph as DOT or an HTML page.</summary>
    public static OutputFormats<ReportFormat> Formats { get; } = OutputFormats<ReportFormat>.Of(
        (ReportFormat.Txt, "txt (the default)"),
        (ReportFormat.Md, "md"),
        (ReportFormat.Json, "json"),
        (ReportFormat.Csv, "csv"),
        (ReportFormat.Dot, "dot (Graphviz)"),
        (ReportFormat.Html, "html (one self-contained page; needs Graphviz)"));
}
