using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portcullis.Formats.Json;

/// <summary>What a JSON syntax error says, for a diagnostic: the parser's first sentence, or plain words where its wording is obscure.</summary>
/// <remarks>
/// The parser quotes the character it stopped at; that is content of the file, and a file that is not JSON at all
/// (a path from inside another input, such as <c>/etc/shadow</c>) must not have its content printed, so the quote
/// is replaced: the line and column say where the character is.
/// </remarks>
public static partial class JsonSyntaxError
{
    /// <summary>The problem, without a final period; the caller gives the position.</summary>
    public static string Describe(JsonException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = error.Message;

        // System.Text.Json says a cut-off document is at the wrong "depth"; the user sees a truncated file.
        if (message.StartsWith("Expected depth to be zero at the end of the JSON payload", StringComparison.Ordinal)
            || message.StartsWith("Expected end of string, but instead reached end of data", StringComparison.Ordinal))
        {
            return "the file ends before the JSON is complete (cut off, or a bracket or quote not closed)";
        }

        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return Redact((cut > 0 ? message[..cut] : message).TrimEnd('.'));
    }

    private static string Redact(string sentence) =>
        QuotedCharacter().Replace(sentence, "a character").Replace(": a character", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex("'[^']{0,8}'")]
    private static partial Regex QuotedCharacter();
}
