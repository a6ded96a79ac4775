using Portcullis.Formats.Output;
using Portcullis.Formats.Reports;

namespace Portcullis.Probing.Formats;

/// <summary>The formats of a probe report.</summary>
public static partial class ProbeReportWriter
{
    /// <summary>Text and JSON (the schema <see cref="JsonSchema"/>).</summary>
    public static OutputFormats<ReportFormat> Formats { get; } = OutputFormats<ReportFormat>.Of(
        (ReportFormat.Txt, "txt (the default)"),
        (ReportFormat.Json, "json"));
}
