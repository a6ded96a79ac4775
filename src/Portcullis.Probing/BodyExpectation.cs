using System.Text.Json;

namespace Portcullis.Probing;

/// <summary>An expectation on an HTTP body, checked on the first <see cref="HttpCheck.MaxBodyBytes"/> bytes.</summary>
public sealed record BodyExpectation
{
    private BodyExpectation(BodyExpectationKind kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>The kind of expectation.</summary>
    public BodyExpectationKind Kind { get; }

    /// <summary>The text to find, or the dotted JSON property path.</summary>
    public string Value { get; }

    /// <summary>The body must contain <paramref name="text"/>.</summary>
    public static BodyExpectation Contains(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return new BodyExpectation(BodyExpectationKind.Contains, text);
    }

    /// <summary>The body must be a JSON object with a non-null property at <paramref name="path"/> (dots separate levels).</summary>
    public static BodyExpectation JsonProperty(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path.Split('.').Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"'{path}' is not a dotted property path such as gitVersion or a.b", nameof(path));
        }

        return new BodyExpectation(BodyExpectationKind.JsonProperty, path);
    }

    /// <summary>Checks a body; <paramref name="detail"/> says what was found either way, for the report.</summary>
    public bool Check(string body, out string detail)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (Kind == BodyExpectationKind.Contains)
        {
            var found = body.Contains(Value, StringComparison.Ordinal);
            detail = found ? $"body contains \"{Shorten(Value)}\"" : $"body does not contain \"{Shorten(Value)}\" (starts with \"{Shorten(body.Trim())}\")";
            return found;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            detail = $"body is not JSON (starts with \"{Shorten(body.Trim())}\")";
            return false;
        }

        using (document)
        {
            var element = document.RootElement;
            foreach (var name in Value.Split('.'))
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
                {
                    detail = $"JSON body has no property {Value}";
                    return false;
                }
            }

            if (element.ValueKind == JsonValueKind.Null)
            {
                detail = $"JSON property {Value} is null";
                return false;
            }

            var shown = element.ValueKind switch
            {
                JsonValueKind.String => $"\"{Shorten(element.GetString()!)}\"",
                JsonValueKind.Object => "an object",
                JsonValueKind.Array => "an array",
                _ => element.GetRawText(),
            };
            detail = $"JSON {Value} = {shown}";
            return true;
        }
    }

    /// <summary><c>contains "text"</c> or <c>json gitVersion</c>.</summary>
    public override string ToString() => Kind == BodyExpectationKind.Contains ? $"contains \"{Value}\"" : $"json {Value}";

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 60 ? line : string.Concat(line.AsSpan(0, 57), "...");
    }
}
