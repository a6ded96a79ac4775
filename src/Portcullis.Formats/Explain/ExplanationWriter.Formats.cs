using Portcullis.Formats.Output;
using Portcullis.Formats.Reports;

namespace Portcullis.Formats.Explain;

/// <summary>The formats of an explanation.</summary>
public static partial class ExplanationWriter
{
    /// <summary>Text, Markdown and JSON.</summary>
    public static OutputFormats<ReportFormat> Formats { get; } = OutputFormats<ReportFormat>.Of(
        (ReportFormat.Txt, "txt (the default)"),
        (ReportFormat.Md, "md"),
        (ReportFormat.Json, "json"));
}
