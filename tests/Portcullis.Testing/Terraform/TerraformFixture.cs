using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portcullis.Testing.Terraform;

/// <summary>
/// Hand-written Terraform resources, printed as <c>terraform show -json</c> prints a state, or a plan of changes to
/// them (the tests write every attribute value; this only wraps them in the format's envelope: modules, resource
/// changes with <c>after_unknown</c>, the prior state, and the configuration's references).
/// </summary>
public sealed class TerraformFixture
{
    /// <summary>The IBM provider's full name, as Terraform prints it.</summary>
    public const string IbmProvider = "registry.terraform.io/ibm-cloud/ibm";

    private readonly List<FixtureResource> _resources = [];

    /// <summary>Adds a resource instance by its address (<c>module.net.ibm_is_subnet.zone["1"]</c>, <c>data.x.y</c>).</summary>
    public TerraformFixture Add(string address, object values, string provider = IbmProvider)
    {
        var node = values as JsonObject ?? JsonSerializer.SerializeToNode(values)!.AsObject();
        _resources.Add(FixtureResource.Parse(address, node, provider));
        return this;
    }

    /// <summary>A fixture holding the resources of a state as <c>terraform show -json</c> printed it.</summary>
    public static TerraformFixture FromState(string stateJson)
    {
        var fixture = new TerraformFixture();
        var root = JsonNode.Parse(stateJson)!["values"]!["root_module"]!;
        void Walk(JsonNode module)
        {
            foreach (var resource in module["resources"]?.AsArray() ?? [])
            {
                fixture.Add(resource!["address"]!.GetValue<string>(), resource["values"]!.DeepClone().AsObject(), resource["provider_name"]?.GetValue<string>() ?? IbmProvider);
            }

            foreach (var child in module["child_modules"]?.AsArray() ?? [])
            {
                Walk(child!);
            }
        }

        Walk(root);
        return fixture;
    }

    /// <summary>The state.</summary>
    public string State() => new JsonObject
    {
        ["format_version"] = "1.0",
        ["terraform_version"] = "1.9.8",
        ["values"] = new JsonObject { ["root_module"] = Values(_resources.Select(r => (r, r.Values))) },
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>A plan: what <paramref name="plan"/> says changes; every other resource is unchanged (no-op).</summary>
    public string Plan(Action<FixturePlan> plan)
    {
        var changes = new FixturePlan(this);
        plan(changes);
        return changes.ToJson();
    }

    internal IReadOnlyList<FixtureResource> Resources => _resources;

    internal FixtureResource Find(string address) =>
        _resources.FirstOrDefault(r => r.Address == address) ?? throw new ArgumentException($"no resource {address} in the fixture", nameof(address));

    /// <summary>A values representation: the root module with child modules nested as Terraform nests them.</summary>
    internal static JsonObject Values(IEnumerable<(FixtureResource Resource, JsonObject Values)> resources)
    {
        var root = new JsonObject { ["resources"] = new JsonArray() };
        var modules = new Dictionary<string, JsonObject>(StringComparer.Ordinal) { [string.Empty] = root };
        JsonObject Module(string address)
        {
            if (modules.TryGetValue(address, out var found))
            {
                return found;
            }

            var parent = Module(FixtureResource.ParentModule(address));
            var module = new JsonObject { ["address"] = address, ["resources"] = new JsonArray() };
            if (parent["child_modules"] is not JsonArray children)
            {
                parent["child_modules"] = children = [];
            }

            children.Add(module);
            return modules[address] = module;
        }

        foreach (var (resource, values) in resources)
        {
            var item = resource.Header();
            item["schema_version"] = 0;
            item["values"] = values.DeepClone();
            item["sensitive_values"] = new JsonObject();
            Module(resource.ModuleAddress)["resources"]!.AsArray().Add(item);
        }

        return root;
    }
}
