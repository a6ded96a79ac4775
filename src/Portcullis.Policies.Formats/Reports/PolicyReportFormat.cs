namespace Portcullis.Policies.Formats.Reports;

/// <summary>The formats of the policy connectivity report.</summary>
public enum PolicyReportFormat
{
    /// <summary>One <c>source =&gt; destination : connections</c> line per row.</summary>
    Txt,

    /// <summary>A Markdown table.</summary>
    Md,

    /// <summary>JSON.</summary>
    Json,

    /// <summary>CSV.</summary>
    Csv,

    /// <summary>A Graphviz digraph.</summary>
    Dot,
}
