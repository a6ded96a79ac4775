using System.Globalization;
using System.Text.Json;

namespace Portcullis.Formats.TerraformShow;

/// <summary>
/// One attribute value of a resource instance as <c>terraform show -json</c> prints it, with whether the plan knows it:
/// <c>after</c> beside <c>after_unknown</c> (whose leaves are <see langword="true"/> where a value is known only after
/// apply), or a state's fully known <c>values</c>. Carries the attribute path (<c>rules[2].source</c>) for messages and
/// the JSON path in the file (<c>$.resource_changes[3].change.after.rules[2].source</c>) for line numbers.
/// </summary>
internal readonly struct TerraformValue
{
    private readonly string? _attributePath;
    private readonly string? _jsonPath;

    public TerraformValue(JsonElement value, JsonElement unknown, string attributePath, string jsonPath)
    {
        Value = value;
        Unknown = unknown;
        _attributePath = attributePath;
        _jsonPath = jsonPath;
    }

    /// <summary>The value (<see cref="JsonValueKind.Undefined"/> when absent).</summary>
    public JsonElement Value { get; }

    /// <summary>The matching part of <c>after_unknown</c> (undefined in a state, or where everything is known).</summary>
    public JsonElement Unknown { get; }

    /// <summary>The path below the resource instance, empty for the instance itself (and for <c>default</c>, a value that is not there).</summary>
    public string AttributePath => _attributePath ?? string.Empty;

    /// <summary>The JSON path of the value in the file.</summary>
    public string JsonPath => _jsonPath ?? "$";

    /// <summary>Whether the plan knows this value only after apply.</summary>
    public bool IsUnknown => Unknown.ValueKind == JsonValueKind.True;

    /// <summary>Whether the value is known and null (or absent).</summary>
    public bool IsNull => !IsUnknown && Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    /// <summary>Whether the value is a known JSON object.</summary>
    public bool IsObject => !IsUnknown && Value.ValueKind == JsonValueKind.Object;

    /// <summary>Whether the value is present, whether known or not.</summary>
    public bool IsPresent => IsUnknown || Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);

    /// <summary>An attribute of an object value.</summary>
    public TerraformValue this[string name] => Child(name);

    /// <summary>An attribute of an object value.</summary>
    public TerraformValue Child(string name)
    {
        var value = Value.ValueKind == JsonValueKind.Object && Value.TryGetProperty(name, out var v) ? v : default;
        var unknown = Unknown.ValueKind == JsonValueKind.Object && Unknown.TryGetProperty(name, out var u) ? u : default;
        return new TerraformValue(value, unknown, AttributePath.Length == 0 ? name : $"{AttributePath}.{name}", $"{JsonPath}.{name}");
    }

    /// <summary>The element at <paramref name="index"/> of a list value.</summary>
    public TerraformValue At(int index)
    {
        var value = Value.ValueKind == JsonValueKind.Array && index < Value.GetArrayLength() ? Value[index] : default;
        var unknown = Unknown.ValueKind == JsonValueKind.Array && index < Unknown.GetArrayLength() ? Unknown[index] : default;
        return new TerraformValue(value, unknown, $"{AttributePath}[{index}]", $"{JsonPath}[{index}]");
    }

    /// <summary>The elements of a known list (none when the list is null or unknown: callers check <see cref="IsUnknown"/>).</summary>
    public IReadOnlyList<TerraformValue> Items()
    {
        if (IsUnknown || Value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var items = new TerraformValue[Value.GetArrayLength()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = At(i);
        }

        return items;
    }

    /// <summary>
    /// A nested block given at most once (the provider's <c>MaxItems: 1</c> lists, such as <c>primary_ip</c> or the
    /// deprecated <c>tcp</c>): its single element, or a null value when the list is empty.
    /// </summary>
    public TerraformValue Block(string name)
    {
        var list = Child(name);
        if (list.Value.ValueKind == JsonValueKind.Object)
        {
            return list; // a map or a single nested object (floating_ip of a public gateway)
        }

        return list.Value.ValueKind == JsonValueKind.Array && list.Value.GetArrayLength() > 0 ? list.At(0) : new TerraformValue(default, list.Unknown, list.AttributePath, list.JsonPath);
    }

    /// <summary>The value as a string, when it is a known non-empty string (numbers are written as the provider would).</summary>
    public string? String => IsUnknown ? null : Value.ValueKind switch
    {
        JsonValueKind.String when Value.GetString() is { Length: > 0 } text => text,
        JsonValueKind.Number => Value.GetRawText(),
        _ => null,
    };

    /// <summary>The value as an integer, when it is a known whole number (or a string holding one).</summary>
    public long? Integer => IsUnknown ? null : Value.ValueKind switch
    {
        JsonValueKind.Number when Value.TryGetInt64(out var n) => n,
        JsonValueKind.String when long.TryParse(Value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    /// <summary>The value as a boolean, when it is a known boolean.</summary>
    public bool? Boolean => IsUnknown ? null : Value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>Whether any leaf below this value is unknown.</summary>
    public bool HasUnknown => Contains(Unknown);

    private static bool Contains(JsonElement unknown) => unknown.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.Object => unknown.EnumerateObject().Any(p => Contains(p.Value)),
        JsonValueKind.Array => unknown.EnumerateArray().Any(Contains),
        _ => false,
    };
}
