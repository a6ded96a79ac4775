namespace Portcullis.Formats.Text;

/// <summary>Plain, deterministic text tables: columns padded to their widest cell, the last column unpadded.</summary>
public static class TextTable
{
    /// <summary>Writes a header row, a rule of dashes, and the rows (control characters in cells escaped).</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(headers);
        // Cells from input are escaped first, so the widths are those of what is written and no cell breaks a line.
        var all = rows.Select(r => (IReadOnlyList<string>)[.. r.Select(ControlText.Escape)]).ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => i < r.Count ? r[i].Length : 0))).ToArray();
        void Line(IReadOnlyList<string> cells)
        {
            var parts = cells.Select((c, i) => i == cells.Count - 1 ? c : c.PadRight(widths[i]));
            writer.WriteLine(string.Join("  ", parts).TrimEnd());
        }

        Line(headers);
        Line([.. widths.Select(w => new string('-', w))]);
        foreach (var row in all)
        {
            Line(row);
        }
    }

    /// <summary>Writes a Markdown table; cells are escaped (<see cref="MarkdownText.Cell"/>).</summary>
    public static void WriteMarkdown(TextWriter writer, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(headers);
        static string Cell(string text) => MarkdownText.Cell(text);
        writer.WriteLine("| " + string.Join(" | ", headers.Select(Cell)) + " |");
        writer.WriteLine("|" + string.Concat(headers.Select(_ => " --- |")));
        foreach (var row in rows)
        {
            writer.WriteLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
        }
    }
}
