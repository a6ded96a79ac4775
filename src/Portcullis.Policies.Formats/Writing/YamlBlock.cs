using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portcullis.Policies.Formats.Writing;

/// <summary>
/// A small block-style YAML builder for resources written for kubectl and calicoctl: mappings keep their insertion
/// order, sequences are indented like calicoctl prints them, and a string (a value or a key: label keys come from
/// input) is quoted unless YAML would read it back as the same string.
/// </summary>
internal sealed partial class YamlBlock
{
    private readonly List<KeyValuePair<string, object>> _entries = [];

    /// <summary>Whether the mapping has no entry.</summary>
    public bool IsEmpty => _entries.Count == 0;

    /// <summary>Adds a string (quoted when needed).</summary>
    public YamlBlock String(string key, string value) => Add(key, new Scalar(Quote(value)));

    /// <summary>Adds a number.</summary>
    public YamlBlock Number(string key, double value) => Add(key, new Scalar(NumberText(value)));

    /// <summary>Adds a boolean.</summary>
    public YamlBlock Boolean(string key, bool value) => Add(key, new Scalar(value ? "true" : "false"));

    /// <summary>Adds a nested mapping (written as <c>{}</c> when empty).</summary>
    public YamlBlock Map(string key, YamlBlock value) => Add(key, value);

    /// <summary>Adds a sequence of already rendered scalars (see <see cref="Quote"/>) or mappings.</summary>
    public YamlBlock List(string key, IEnumerable<object> items) => Add(key, items.Select(i => i is string s ? new Scalar(s) : i).ToList());

    /// <summary>Writes the mapping as a document body.</summary>
    public void WriteTo(TextWriter writer)
    {
        var text = new StringBuilder();
        WriteMapping(text, this, 0, firstPrefix: null);
        writer.Write(text.ToString());
    }

    /// <summary>A string as a YAML scalar that reads back as that string.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (PlainString().IsMatch(value) && !LooksTyped(value))
        {
            return value;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                // YAML 1.1 reads U+2028 and U+2029 as line breaks, which a quoted scalar folds away.
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>A number as YAML prints it (integers without a fraction).</summary>
    public static string NumberText(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15 ? ((long)value).ToString(CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);

    private YamlBlock Add(string key, object value)
    {
        _entries.Add(new(key, value));
        return this;
    }

    private static void WriteMapping(StringBuilder text, YamlBlock mapping, int indent, string? firstPrefix)
    {
        var first = true;
        foreach (var (key, value) in mapping._entries)
        {
            var lead = first && firstPrefix is not null ? firstPrefix : new string(' ', indent);
            first = false;
            switch (value)
            {
                case Scalar scalar:
                    text.Append(lead).Append(Quote(key)).Append(": ").Append(scalar.Text).Append('\n');
                    break;
                case YamlBlock { IsEmpty: true }:
                    text.Append(lead).Append(Quote(key)).Append(": {}\n");
                    break;
                case YamlBlock nested:
                    text.Append(lead).Append(Quote(key)).Append(":\n");
                    WriteMapping(text, nested, indent + 2, firstPrefix: null);
                    break;
                case List<object> { Count: 0 }:
                    text.Append(lead).Append(Quote(key)).Append(": []\n");
                    break;
                case List<object> items:
                    text.Append(lead).Append(Quote(key)).Append(":\n");
                    foreach (var item in items)
                    {
                        var dash = new string(' ', indent) + "- ";
                        if (item is YamlBlock { IsEmpty: false } map)
                        {
                            WriteMapping(text, map, indent + 2, dash);
                        }
                        else
                        {
                            text.Append(dash).Append(item is Scalar s ? s.Text : "{}").Append('\n');
                        }
                    }

                    break;
            }
        }
    }

    // What YAML 1.1 or 1.2 would read as a number, boolean or null rather than a string.
    private static bool LooksTyped(string value) =>
        TypedWord().IsMatch(value) || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || value.Contains(':', StringComparison.Ordinal);

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_./-]*$")]
    private static partial Regex PlainString();

    [GeneratedRegex("^(?i:y|n|yes|no|on|off|true|false|null|~|[-+]?\\.inf|\\.nan|0x[0-9a-f]+|0o[0-7]+|[0-9_]+)$")]
    private static partial Regex TypedWord();

    private sealed record Scalar(string Text);
}
