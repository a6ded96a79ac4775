using System.Text.Json;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Formats.Json;

/// <summary>
/// A JSON element with its path (<c>$.subnets[3].network_acl.id</c>), so that every problem a reader finds can be
/// reported where it is, and every problem is collected instead of stopping at the first.
/// </summary>
public readonly struct JsonCursor
{
    private readonly DiagnosticBag _diagnostics;

    /// <summary>A cursor on <paramref name="element"/>, found at <paramref name="path"/> of <paramref name="file"/>; problems go to <paramref name="diagnostics"/>.</summary>
    public JsonCursor(JsonElement element, string file, string path, DiagnosticBag diagnostics)
    {
        Element = element;
        File = file;
        Path = path;
        _diagnostics = diagnostics;
    }

    /// <summary>The element (<c>default</c> when the property is missing).</summary>
    public JsonElement Element { get; }

    /// <summary>The file, as the user named it.</summary>
    public string File { get; }

    /// <summary>The JSON path of the element, such as <c>$.subnets[3].network_acl</c>.</summary>
    public string Path { get; }

    /// <summary>The file and path, for diagnostics and for the model objects read here.</summary>
    public SourceLocation Location => new(File, Path);

    /// <summary>Whether the element is a JSON object.</summary>
    public bool IsObject => Element.ValueKind == JsonValueKind.Object;

    /// <summary>Whether the element is null or the property is missing.</summary>
    public bool IsNullOrMissing => Element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    /// <summary>The property <paramref name="name"/> (missing when this is not an object or has no such property).</summary>
    public JsonCursor Child(string name) =>
        new(IsObject && Element.TryGetProperty(name, out var value) ? value : default, File, $"{Path}.{name}", _diagnostics);

    /// <summary>Whether the object has the property with a value other than null.</summary>
    public bool Has(string name) => IsObject && Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>The items of an array property; a missing or null property is an empty list, anything else an error.</summary>
    public IEnumerable<JsonCursor> Items(string name)
    {
        var child = Child(name);
        return child.AsItems();
    }

    /// <summary>The items of this array; null or missing is an empty list, anything else an error.</summary>
    public IEnumerable<JsonCursor> AsItems()
    {
        if (IsNullOrMissing)
        {
            return [];
        }

        if (Element.ValueKind != JsonValueKind.Array)
        {
            Report(FormatDiagnostics.ArrayExpected, Describe(Element));
            return [];
        }

        var file = File;
        var path = Path;
        var diagnostics = _diagnostics;
        return Element.EnumerateArray().Select((item, index) => new JsonCursor(item, file, $"{path}[{index}]", diagnostics)).ToArray();
    }

    /// <summary>A required string property; reports and returns <see langword="null"/> when missing or not a string.</summary>
    public string? RequiredString(string name)
    {
        var child = Child(name);
        if (child.Element.ValueKind == JsonValueKind.String)
        {
            return child.Element.GetString();
        }

        if (child.IsNullOrMissing)
        {
            child.Report(FormatDiagnostics.RequiredFieldMissing, $"field '{name}'");
        }
        else
        {
            child.Report(FormatDiagnostics.WrongValueType, name, "a string", Describe(child.Element));
        }

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

        child.Report(FormatDiagnostics.WrongValueType, name, "a string", Describe(child.Element));
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

        child.Report(FormatDiagnostics.WrongValueType, name, $"an integer from {min} to {max}", Describe(child.Element));
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
            _ => child.ReportAndDefault<bool?>(FormatDiagnostics.WrongValueType, name, "true or false", Describe(child.Element)),
        };
    }

    /// <summary>Reports a diagnostic of the kind <paramref name="descriptor"/> describes at this element.</summary>
    public void Report(DiagnosticDescriptor descriptor, params object?[] arguments) => _diagnostics.Report(descriptor, Location, arguments);

    private T ReportAndDefault<T>(DiagnosticDescriptor descriptor, params object?[] arguments)
    {
        Report(descriptor, arguments);
        return default!;
    }

    /// <summary>A short description of a value for messages: the value itself (truncated) or its kind.</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
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
