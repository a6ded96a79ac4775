namespace Portcullis.Formats.Text;

/// <summary>Comma-separated values as RFC 4180 has them: a field with a comma, quote or line break is quoted, quotes doubled; lines end in CRLF.</summary>
public static class CsvText
{
    /// <summary>One field, quoted when it needs to be.</summary>
    public static string Field(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    /// <summary>Writes one record.</summary>
    public static void WriteRow(TextWriter output, params IEnumerable<string> fields)
    {
        output.Write(string.Join(',', fields.Select(Field)));
        output.Write("\r\n");
    }
}
