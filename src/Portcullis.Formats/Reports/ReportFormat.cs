namespace Portcullis.Formats.Reports;

/// <summary>The output formats of reports.</summary>
public enum ReportFormat
{
    /// <summary>Plain text, one <c>src =&gt; dst : connection</c> line per row.</summary>
    Txt,

    /// <summary>Markdown tables.</summary>
    Md,

    /// <summary>JSON, one entry per node pair.</summary>
    Json,

    /// <summary>Comma-separated values, one row per printed line.</summary>
    Csv,

    /// <summary>Graphviz DOT: the connectivity graph, for <c>dot</c> or any Graphviz viewer.</summary>
    Dot,

    /// <summary>One self-contained HTML page with the connectivity graph laid out by Graphviz, to explore in a browser.</summary>
    Html,
}
