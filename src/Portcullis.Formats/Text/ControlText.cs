using System.Globalization;
using System.Text;

namespace Portcullis.Formats.Text;

/// <summary>
/// Makes text from input safe to print on one line of a terminal or a text report: control characters (C0, DEL, C1),
/// line and paragraph separators, bidirectional and other invisible format characters, and unpaired surrogates
/// become visible escapes (<c>\n</c>, <c>\t</c>, <c>\x1b</c>, <c>\u202e</c>), so that a name can neither move the
/// cursor, retitle the terminal, reorder what is shown, nor start a line of its own.
/// </summary>
/// <remarks>Text without such characters is returned as it is (the same instance), so ordinary output does not change.</remarks>
public static class ControlText
{
    /// <summary>The text with every unsafe character escaped.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var first = FirstUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!IsUnsafe(c))
            {
                builder.Append(c);
                continue;
            }

            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < '\u0100' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }

        return builder.ToString();
    }

    /// <summary>Whether the text holds a character <see cref="Escape"/> would escape.</summary>
    public static bool NeedsEscape(string? text) => !string.IsNullOrEmpty(text) && FirstUnsafe(text) >= 0;

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsUnsafe(c))
            {
                return i;
            }
        }

        return -1;
    }

    // C0, DEL and C1 controls; U+2028/2029 (which some viewers break lines at); the bidirectional controls and other
    // zero-width format characters (Unicode category Cf: U+200B-200F, U+202A-202E, U+2066-2069, U+FEFF ...); a lone
    // surrogate (which no encoder can write faithfully).
    private static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007f' and <= '\u009f' || c is '\u2028' or '\u2029' || char.IsSurrogate(c)
        || (c > '\u00ff' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);
}
