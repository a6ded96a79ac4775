using System.Text.Json.Nodes;

namespace Portcullis.Collect.Internal.Resources;

/// <summary>Field access on API objects as the collector needs it: strings, reference ids, lists.</summary>
internal static class Json
{
    /// <summary>A string field, or <see langword="null"/>.</summary>
    public static string? Text(JsonNode? owner, string name) =>
        owner is JsonObject o && o[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The <c>id</c> of a reference field such as <c>"vpc": {"id": ...}</c>.</summary>
    public static string? RefId(JsonNode? owner, string name) => owner is JsonObject o ? Text(o[name], "id") : null;

    /// <summary>The objects of a list field (none when it is missing).</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? owner, string name) =>
        owner is JsonObject o && o[name] is JsonArray array ? array.OfType<JsonObject>() : [];

    /// <summary>A list node holding <paramref name="items"/> (which must have no parent).</summary>
    public static JsonArray Array(IEnumerable<JsonObject> items) => new([.. items]);

    /// <summary>How a warning names an object: its type, name and id.</summary>
    public static string Describe(string type, JsonObject item)
    {
        var name = Text(item, "name");
        var id = Text(item, "id");
        return name is null ? $"{type} {id ?? "(no id)"}" : id is null || id == name ? $"{type} {name}" : $"{type} {name} ({id})";
    }
}
