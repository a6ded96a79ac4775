using System.Globalization;
using System.Text;
using Portcullis.Formats.Text;

namespace Portcullis.Formats.Yaml;

/// <summary>
/// YAML scalars and comments for generated YAML: every value from input goes through <see cref="Scalar"/>, every
/// comment line through <see cref="Comment"/>, so that no value can add a key, an item or a line.
/// </summary>
public static class YamlText
{
    /// <summary>
    /// The value as a plain scalar when it is made of letters, digits and <c>-_./:</c>, starts with a letter or digit and
    /// holds no <c>": "</c> and is not YAML's <c>null</c> (which readers take for no value); otherwise double-quoted, with backslash and quote escaped and every control, format or
    /// separator character written as a YAML escape (<c>\n</c>, <c>\x1b</c>, <c>\u202e</c>).
    /// </summary>
    /// <remarks>Versions like <c>1.30</c> stay plain: the readers take them as text.</remarks>
    public static string Scalar(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && char.IsAsciiLetterOrDigit(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':')
            && !text.Contains(": ", StringComparison.Ordinal) && !text.EndsWith(':') && text is not ("null" or "Null" or "NULL"))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when !ControlText.NeedsEscape(c.ToString()) => c.ToString(),
                < '\u0100' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A comment line, <c># text</c>, with line breaks and other control characters escaped so it stays one comment.</summary>
    public static string Comment(string text) => "# " + ControlText.Escape(text);
}
