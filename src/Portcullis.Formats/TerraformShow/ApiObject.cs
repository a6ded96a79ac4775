using System.Text.Json.Nodes;

namespace Portcullis.Formats.TerraformShow;

/// <summary>
/// One VPC API object being written from Terraform values (a subnet, an ACL rule ...), recording for every field where
/// in the user's file it came from: the resource's address with the attribute's path, and the value's JSON path.
/// </summary>
internal sealed class ApiObject
{
    private readonly SourceMap _map;

    /// <param name="node">The object being written.</param>
    /// <param name="apiPath">Its path in the translated document.</param>
    /// <param name="resourceAddress">The address of the resource instance its values come from.</param>
    /// <param name="source">The value it is written from.</param>
    /// <param name="map">Where locations are recorded.</param>
    public ApiObject(JsonObject node, string apiPath, string resourceAddress, TerraformValue source, SourceMap map)
    {
        Node = node;
        ApiPath = apiPath;
        ResourceAddress = resourceAddress;
        _map = map;
        _map.Add(apiPath, AddressOf(source), source.JsonPath, container: true);
    }

    /// <summary>The object being written.</summary>
    public JsonObject Node { get; }

    /// <summary>Its path in the translated document.</summary>
    public string ApiPath { get; }

    /// <summary>The address of the resource instance its values come from.</summary>
    public string ResourceAddress { get; }

    /// <summary>Sets a field written from <paramref name="source"/> (or, with none, from the object itself); a null value is not written.</summary>
    public ApiObject Set(string name, JsonNode? value, TerraformValue? source = null)
    {
        if (value is null)
        {
            return this;
        }

        Node[name] = value;
        if (source is { } s)
        {
            _map.Add($"{ApiPath}.{name}", AddressOf(s), s.JsonPath);
        }

        return this;
    }

    /// <summary>Sets a reference object <c>{"id": ...}</c> (with a CRN or name when given); nothing when the id is null.</summary>
    public ApiObject SetRef(string name, string? id, TerraformValue? source = null, string? crn = null, string? referenceName = null)
    {
        if (id is null)
        {
            return this;
        }

        var reference = new JsonObject { ["id"] = id };
        if (crn is not null)
        {
            reference["crn"] = crn;
        }

        if (referenceName is not null)
        {
            reference["name"] = referenceName;
        }

        return Set(name, reference, source);
    }

    /// <summary>Sets an array of reference objects.</summary>
    public ApiObject SetRefs(string name, IEnumerable<string> ids, TerraformValue? source = null) =>
        Set(name, new JsonArray([.. ids.Select(id => (JsonNode)new JsonObject { ["id"] = id })]), source);

    /// <summary>Appends a nested object (a rule, an interface) written from <paramref name="source"/> to the array <paramref name="name"/>.</summary>
    /// <param name="name">The array.</param>
    /// <param name="source">The value it is written from.</param>
    /// <param name="resourceAddress">The resource the value belongs to, when not this object's (a separate rule resource joining its ACL).</param>
    public ApiObject Append(string name, TerraformValue source, string? resourceAddress = null)
    {
        if (Node[name] is not JsonArray array)
        {
            Node[name] = array = [];
        }

        var node = new JsonObject();
        array.Add(node);
        return new ApiObject(node, $"{ApiPath}.{name}[{array.Count - 1}]", resourceAddress ?? ResourceAddress, source, _map);
    }

    /// <summary>Sets a nested object written from <paramref name="source"/>.</summary>
    public ApiObject Nested(string name, TerraformValue source)
    {
        var node = new JsonObject();
        Node[name] = node;
        return new ApiObject(node, $"{ApiPath}.{name}", ResourceAddress, source, _map);
    }

    private string AddressOf(TerraformValue source) => source.AttributePath.Length == 0 ? ResourceAddress : $"{ResourceAddress}.{source.AttributePath}";
}
