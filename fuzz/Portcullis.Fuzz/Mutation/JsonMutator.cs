using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portcullis.Fuzz.Mutation;

/// <summary>
/// Structural JSON mutations: the document stays well-formed JSON but its values, types and shapes are wrong in the
/// ways real exports and attackers get them wrong (missing and duplicated members, other types, hostile strings,
/// numbers out of range, deep nesting).
/// </summary>
internal static class JsonMutator
{
    /// <summary>A structural mutant, or null when <paramref name="input"/> is not JSON.</summary>
    public static byte[]? Mutate(byte[] input, Random random)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(input, documentOptions: new JsonDocumentOptions { MaxDepth = 4096 });
        }
        catch (JsonException)
        {
            return null;
        }

        if (root is null)
        {
            return null;
        }

        var changes = 1 + random.Next(4);
        var nesting = new List<(string Marker, int Depth, string Inner)>();
        for (var i = 0; i < changes; i++)
        {
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            var node = nodes[random.Next(nodes.Count)];
            root = Apply(root, node, nodes, nesting, random);
        }

        string text;
        try
        {
            text = root.ToJsonString(Options);
        }
        catch (ArgumentException)
        {
            // A value the writer cannot encode (a lone surrogate): the byte-level mutator puts those in instead.
            return null;
        }

        foreach (var (marker, depth, inner) in Enumerable.Reverse(nesting))
        {
            // Nesting is spliced into the text (the serializer would recurse as deep as the document); later markers may hold
            // earlier ones, so they are expanded first.
            text = text.Replace(JsonValue.Create(marker).ToJsonString(Options), new string('[', depth) + inner + new string(']', depth), StringComparison.Ordinal);
        }

        return Encoding.UTF8.GetBytes(text);
    }

    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonNode Apply(JsonNode root, JsonNode node, List<JsonNode> nodes, List<(string, int, string)> nesting, Random random)
    {
        switch (random.Next(9))
        {
            case 0:
                Remove(node);
                return root;
            case 1:
                return Replace(root, node, JsonValue.Create(HostileValues.Strings[random.Next(HostileValues.Strings.Length)]));
            case 2:
                return Replace(root, node, JsonNode.Parse(HostileValues.Numbers[random.Next(HostileValues.Numbers.Length)]));
            case 3:
                return Replace(root, node, random.Next(4) switch { 0 => null, 1 => JsonValue.Create(true), 2 => new JsonArray(), _ => new JsonObject() });
            case 4 when node.Parent is JsonArray array:
                array.Insert(random.Next(array.Count + 1), node.DeepClone());
                return root;
            case 5:
                // A subtree from elsewhere: a rule where a subnet was, an id where a name was.
                var donor = nodes[random.Next(nodes.Count)];
                return donor == root || IsAncestor(node, donor) ? root : Replace(root, node, donor.DeepClone());
            case 6:
                var marker = $"nest-{nesting.Count}-{random.Next()}";
                nesting.Add((marker, random.Next(4) == 0 ? 100_000 : 1 + random.Next(64), node.ToJsonString(Options)));
                return Replace(root, node, JsonValue.Create(marker));
            case 7 when node is JsonObject obj:
                obj[HostileValues.Strings[random.Next(HostileValues.Strings.Length)] + random.Next(10)] = JsonValue.Create("x");
                return root;
            default:
                if (node is JsonValue value && value.TryGetValue<string>(out var text))
                {
                    var edited = text.Length == 0 ? "x" : random.Next(3) switch
                    {
                        0 => text + text,
                        1 => text[..random.Next(text.Length)],
                        _ => text.Insert(random.Next(text.Length), ((char)random.Next(0x20, 0x7f)).ToString()),
                    };
                    return Replace(root, node, JsonValue.Create(edited));
                }

                return root;
        }
    }

    private static bool IsAncestor(JsonNode node, JsonNode of)
    {
        for (var current = of; current is not null; current = current.Parent)
        {
            if (current == node)
            {
                return true;
            }
        }

        return false;
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null || nodes.Count > 50_000)
        {
            return;
        }

        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Collect(child, nodes);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, nodes);
                }

                break;
        }
    }

    private static void Remove(JsonNode node)
    {
        switch (node.Parent)
        {
            case JsonObject obj:
                obj.Remove(obj.First(p => p.Value == node).Key);
                break;
            case JsonArray array:
                array.Remove(node);
                break;
        }
    }

    private static JsonNode Replace(JsonNode root, JsonNode node, JsonNode? replacement)
    {
        switch (node.Parent)
        {
            case JsonObject obj:
                obj[obj.First(p => p.Value == node).Key] = replacement;
                return root;
            case JsonArray array:
                array[array.IndexOf(node)] = replacement;
                return root;
            default:
                return replacement ?? new JsonObject();
        }
    }
}
