using System.Text.Json.Nodes;

namespace Portcullis.Testing.Terraform;

/// <summary>One resource instance of a <see cref="TerraformFixture"/>, with the parts of its address.</summary>
internal sealed record FixtureResource(string Address, string ModuleAddress, string Mode, string Type, string Name, JsonNode? Index, string Provider, JsonObject Values)
{
    /// <summary>The address of the block without the instance key, relative to its module (as configuration lists it).</summary>
    public string LocalBlock => (Mode == "data" ? "data." : string.Empty) + Type + "." + Name;

    public static FixtureResource Parse(string address, JsonObject values, string provider)
    {
        var rest = address;
        var module = string.Empty;
        while (rest.StartsWith("module.", StringComparison.Ordinal))
        {
            var end = rest.IndexOf('.', 7);
            var name = rest[..end];
            if (rest[end..].StartsWith('[') || name.Contains('[', StringComparison.Ordinal))
            {
                throw new ArgumentException("module instance keys are not supported by the fixture", nameof(address));
            }

            module = module.Length == 0 ? name : $"{module}.{name}";
            rest = rest[(end + 1)..];
        }

        var mode = "managed";
        if (rest.StartsWith("data.", StringComparison.Ordinal))
        {
            mode = "data";
            rest = rest[5..];
        }

        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        var type = rest[..dot];
        var local = rest[(dot + 1)..];
        JsonNode? index = null;
        var bracket = local.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            var key = local[(bracket + 1)..^1];
            index = key.StartsWith('"') ? JsonValue.Create(key[1..^1]) : JsonValue.Create(int.Parse(key, System.Globalization.CultureInfo.InvariantCulture));
            local = local[..bracket];
        }

        return new FixtureResource(address, module, mode, type, local, index, provider, values);
    }

    /// <summary>The module that contains a module (<c>module.a.module.b</c> gives <c>module.a</c>).</summary>
    public static string ParentModule(string moduleAddress)
    {
        var last = moduleAddress.LastIndexOf(".module.", StringComparison.Ordinal);
        return last < 0 ? string.Empty : moduleAddress[..last];
    }

    /// <summary>The address, mode, type, name, index and provider, as every representation starts.</summary>
    public JsonObject Header()
    {
        var header = new JsonObject
        {
            ["address"] = Address,
            ["mode"] = Mode,
            ["type"] = Type,
            ["name"] = Name,
        };
        if (Index is not null)
        {
            header["index"] = Index.DeepClone();
        }

        header["provider_name"] = Provider;
        return header;
    }
}
