namespace Portcullis.Formats.Text;

/// <summary>
/// POSIX shell words and comments for generated scripts: every value from input that a script passes to a command
/// goes through <see cref="Quote"/>, every comment line through <see cref="Comment"/>.
/// </summary>
public static class ShellText
{
    /// <summary>
    /// The value as one shell word that the shell reads back as exactly the value: as it is when it holds only
    /// characters no shell treats specially (letters, digits and <c>_@%+=:,./-</c>), otherwise in single quotes,
    /// inside which nothing is special; a single quote is written <c>'\''</c>.
    /// </summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value.All(IsPlain))
        {
            return value;
        }

        return "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    /// <summary>A comment line, <c># text</c>, with line breaks and other control characters in the text escaped so it stays one comment.</summary>
    public static string Comment(string text) => "# " + ControlText.Escape(text);

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '@' or '%' or '+' or '=' or ':' or ',' or '.' or '/' or '-';
}
