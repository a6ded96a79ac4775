using Portcullis.Formats.Output;
using Portcullis.Formats.Reports;

namespace Portcullis.Cluster.Formats.Check;

/// <summary>The formats of a cluster check.</summary>
public static partial class ClusterCheckWriter
{
    /// <summary>Text, Markdown and JSON.</summary>
    public static OutputFormats<ReportFormat> Formats { get; } = OutputFormats<ReportFormat>.Of(
        (ReportFormat.Txt, "txt"),
        (ReportFormat.Md, "md"),
        (ReportFormat.Json, "json"));
}
