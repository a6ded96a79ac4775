using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portcullis.Core.Explain;
using Portcullis.Formats.Wording;

namespace Portcullis.Formats.Json;

/// <summary>How every JSON output of Portcullis is written: indented, readable names (no needless escapes), one final newline.</summary>
public static class JsonText
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the document <paramref name="write"/> produces to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            write(json);
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    /// <summary>Writes a cited rule as an object: its text, its action and where it was read.</summary>
    public static void WriteRule(Utf8JsonWriter json, RuleCitation rule)
    {
        json.WriteStartObject();
        json.WriteString("rule", RuleText.Of(rule));
        json.WriteString("action", rule.Action.ToString().ToLowerInvariant());
        if (rule.Location is { } location)
        {
            json.WriteString("location", location.ToString());
        }

        json.WriteEndObject();
    }
}
