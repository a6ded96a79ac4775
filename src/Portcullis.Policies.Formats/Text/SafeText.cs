using System.Globalization;
using System.Text;

namespace Portcullis.Policies.Formats.Text;

/// <summary>Text from input files on its way to a terminal or report: control characters become visible escapes.</summary>
public static class SafeText
{
    /// <summary>The text with every control character (but none other) written as <c>\uXXXX</c>.</summary>
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(char.IsControl))
        {
            return text ?? "";
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
