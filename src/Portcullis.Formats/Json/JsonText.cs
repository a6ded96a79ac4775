using System.Text.Encodings.Web;
using System.Text.Json;
using Portcullis.Core.Explain;
using Portcullis.Formats.Wording;

namespace Portcullis.Formats.Json;

/// <summary>How every JSON output of Portcullis is written: indented, readable names (no needless escapes), one final newline.</summary>
public static class JsonText
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Writers of long documents flush the JSON writer's buffer to the output once it holds this much.
    private const int FlushThreshold = 1 << 16;

    /// <summary>
    /// Writes the document <paramref name="write"/> produces to <paramref name="output"/>, as it is produced: writers
    /// of long documents call <see cref="FlushIfFull"/> between items, so memory stays flat however long it is.
    /// </summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(write);
        using (var stream = new TextWriterStream(output))
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            write(json);
        }

        output.Write('\n');
    }

    /// <summary>Passes what the JSON writer holds on to the output once it is large.</summary>
    public static void FlushIfFull(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.BytesPending >= FlushThreshold)
        {
            json.Flush();
        }
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
