using System.Globalization;
using System.Text;

namespace Portcullis.Formats.Text;

/// <summary>
/// HashiCorp configuration language (Terraform) literals and comments: every value from input written into HCL goes
/// through <see cref="String"/>, every identifier through <see cref="Identifier"/>, every comment line through
/// <see cref="Comment"/>.
/// </summary>
public static class HclText
{
    /// <summary>
    /// A quoted string literal that HCL reads back as exactly the value: backslash and double quote escaped, control
    /// characters written as <c>\n</c>, <c>\r</c>, <c>\t</c> or <c>\uNNNN</c>, and the template openers <c>${</c> and
    /// <c>%{</c> written <c>$${</c> and <c>%%{</c> so that no interpolation or directive runs.
    /// </summary>
    public static string String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var next = i + 1 < value.Length ? value[i + 1] : '\0';
            switch (c)
            {
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '$' or '%' when next == '{':
                    builder.Append(c).Append(c);
                    break;
                case < ' ' or (>= '\u007f' and <= '\u009f'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// An identifier (a resource name) made from a name: lowercase ASCII letters, digits and underscores, every other
    /// character an underscore, starting with a letter or underscore (<c>r_</c> is put before a leading digit).
    /// </summary>
    public static string Identifier(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_')]);
        return text.Length == 0 || char.IsAsciiDigit(text[0]) ? "r_" + text : text;
    }

    /// <summary>A comment line, <c># text</c>, with line breaks and other control characters escaped so it stays one comment.</summary>
    public static string Comment(string text) => "# " + ControlText.Escape(text);
}
