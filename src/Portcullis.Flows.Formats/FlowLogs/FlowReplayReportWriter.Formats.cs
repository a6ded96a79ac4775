using Portcullis.Formats.Output;
using Portcullis.Formats.Reports;

namespace Portcullis.Flows.Formats.FlowLogs;

/// <summary>The formats of a flow replay report.</summary>
public static partial class FlowReplayReportWriter
{
    /// <summary>Text, JSON and CSV.</summary>
    public static OutputFormats<ReportFormat> Formats { get; } = OutputFormats<ReportFormat>.Of(
        (ReportFormat.Txt, "txt (the default)"),
        (ReportFormat.Json, "json"),
        (ReportFormat.Csv, "csv"));
}
