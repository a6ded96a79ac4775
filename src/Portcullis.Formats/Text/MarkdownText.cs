namespace Portcullis.Formats.Text;

/// <summary>Markdown table cells from input: one line, no cell break, no HTML.</summary>
public static class MarkdownText
{
    /// <summary>
    /// The text for a table cell: control characters escaped (<see cref="ControlText.Escape"/>), <c>&amp;</c>,
    /// <c>&lt;</c> and <c>&gt;</c> as HTML entities so no tag is embedded, and <c>|</c> as <c>\|</c> so no cell is added.
    /// </summary>
    public static string Cell(string? text)
    {
        var escaped = ControlText.Escape(text);
        return escaped.AsSpan().IndexOfAny("&<>|") < 0
            ? escaped
            : escaped.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
                .Replace("|", "\\|", StringComparison.Ordinal);
    }
}
