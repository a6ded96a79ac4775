using System.Text.Json;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Formats.Json;

/// <summary>
/// A JSON element with its path (<c>$.subnets[3].network_acl.id</c>), so that every problem a reader finds can be
/// reported where it is, and every problem is collected instead of stopping at the first.
/// </summary>
internal readonly struct JsonCursor
{
    private readonly DiagnosticBag _diagnostics;
    private readonly Func<string, SourceLocation>? _locate;

    /// <param name="element">The element.</param>
    /// <param name="file">The file it was read from.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="diagnostics">Receives what readers report.</param>
    /// <param name="locate">
    /// Where a JSON path is in the user's input, when the document is a translation of it (a Terraform plan read as
    /// VPC API objects); <see langword="null"/> when the document is the user's own file.
    /// </param>
    public JsonCursor(JsonElement element, string file, string path, DiagnosticBag diagnostics, Func<string, SourceLocation>? locate = null)
    {
        Element = element;
        File = file;
        Path = path;
        _diagnostics = diagnostics;
        _locate = locate;
    }

    public JsonElement Element { get; }

    public string File { get; }

    public string Path { get; }

    public SourceLocation Location => _locate?.Invoke(Path) ?? new(File, Path);

    public bool IsObject => Element.ValueKind == JsonValueKind.Object;

    public bool IsNullOrMissing => Element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    public JsonCursor Child(string name) =>
        new(IsObject && Element.TryGetProperty(name, out var value) ? value : default, File, $"{Path}.{name}", _diagnostics, _locate);

    public bool Has(string name) => IsObject && Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>The items of an array property; a missing or null property is an empty list, anything else an error.</summary>
    public IEnumerable<JsonCursor> Items(string name)
    {
        var child = Child(name);
        return child.AsItems();
    }

    public IEnumerable<JsonCursor> AsItems()
    {
        if (IsNullOrMissing)
        {
            return [];
        }

        if (Element.ValueKind != JsonValueKind.Array)
        {
            Error("PC1004", $"expected an array, found {Describe(Element)}");
            return [];
        }

        var file = File;
        var path = Path;
        var diagnostics = _diagnostics;
        var locate = _locate;
        return Element.EnumerateArray().Select((item, index) => new JsonCursor(item, file, $"{path}[{index}]", diagnostics, locate)).ToArray();
    }

    /// <summary>A required string property; reports and returns <see langword="null"/> when missing or not a string.</summary>
    public string? RequiredString(string name)
    {
        var child = Child(name);
        if (child.Element.ValueKind == JsonValueKind.String)
        {
            return child.Element.GetString();
        }

        child.Error("PC1003", child.IsNullOrMissing ? $"required field '{name}' is missing" : $"'{name}' must be a string, found {Describe(child.Element)}");
        return null;
    }

    /// <summary>An optional string property: missing or null gives <see langword="null"/>; a non-string is reported.</summary>
    public string? OptionalString(string name)
    {
        var child = Child(name);
        if (child.IsNullOrMissing)
        {
            return null;
        }

        if (child.Element.ValueKind == JsonValueKind.String)
        {
            return child.Element.GetString();
        }

        child.Error("PC1003", $"'{name}' must be a string, found {Describe(child.Element)}");
        return null;
    }

    /// <summary>An optional integer property within bounds: missing or null gives <see langword="null"/>; anything else is reported.</summary>
    public int? OptionalInt(string name, int min, int max)
    {
        var child = Child(name);
        if (child.IsNullOrMissing)
        {
            return null;
        }

        if (child.Element.ValueKind == JsonValueKind.Number && child.Element.TryGetInt32(out var value) && value >= min && value <= max)
        {
            return value;
        }

        child.Error("PC1005", $"'{name}' must be an integer from {min} to {max}, found {Describe(child.Element)}");
        return null;
    }

    /// <summary>An optional boolean property.</summary>
    public bool? OptionalBool(string name)
    {
        var child = Child(name);
        return child.Element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => child.ErrorAndDefault<bool?>("PC1003", $"'{name}' must be true or false, found {Describe(child.Element)}"),
        };
    }

    public void Error(string code, string message) => _diagnostics.Error(code, message, Location);

    public void Warning(string code, string message) => _diagnostics.Warning(code, message, Location);

    private T ErrorAndDefault<T>(string code, string message)
    {
        Error(code, message);
        return default!;
    }

    internal static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"\"{Truncate(element.GetString() ?? string.Empty)}\"",
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "nothing",
    };

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
