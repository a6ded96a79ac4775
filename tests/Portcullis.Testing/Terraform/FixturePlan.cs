using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portcullis.Testing.Terraform;

/// <summary>
/// The changes of a plan over a <see cref="TerraformFixture"/>: what it creates (with the attributes known only after
/// apply), replaces, updates and deletes, and the references its configuration writes.
/// </summary>
public sealed class FixturePlan
{
    private readonly TerraformFixture _fixture;
    private readonly Dictionary<string, (string[] Actions, JsonObject? Prior, JsonObject? After, string[] Unknown)> _changes = new(StringComparer.Ordinal);
    private readonly List<FixtureResource> _added = [];
    private readonly Dictionary<string, JsonObject> _expressions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _moduleInputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _moduleOutputs = new(StringComparer.Ordinal);
    private readonly JsonObject _variables = [];
    private readonly JsonObject _extra = [];

    internal FixturePlan(TerraformFixture fixture) => _fixture = fixture;

    /// <summary>The plan creates a resource of the fixture (the prior state lacks it); <paramref name="unknown"/> are known only after apply.</summary>
    public FixturePlan Create(string address, params string[] unknown)
    {
        _changes[address] = (["create"], null, _fixture.Find(address).Values, unknown);
        return this;
    }

    /// <summary>The plan creates a resource the fixture does not hold.</summary>
    public FixturePlan Create(string address, object values, params string[] unknown)
    {
        var resource = FixtureResource.Parse(address, values as JsonObject ?? JsonSerializer.SerializeToNode(values)!.AsObject(), TerraformFixture.IbmProvider);
        _added.Add(resource);
        _changes[address] = (["create"], null, resource.Values, unknown);
        return this;
    }

    /// <summary>The plan replaces a resource of the fixture: the new object's <paramref name="unknown"/> are known only after apply.</summary>
    public FixturePlan Replace(string address, params string[] unknown)
    {
        var values = _fixture.Find(address).Values;
        _changes[address] = (["delete", "create"], values, values, unknown);
        return this;
    }

    /// <summary>The plan updates a resource of the fixture: <paramref name="changes"/> replace top-level attributes.</summary>
    public FixturePlan Update(string address, object changes, params string[] unknown)
    {
        var prior = _fixture.Find(address).Values;
        var after = prior.DeepClone().AsObject();
        foreach (var (name, value) in (changes as JsonObject ?? JsonSerializer.SerializeToNode(changes)!.AsObject()).ToList())
        {
            after[name] = value?.DeepClone();
        }

        _changes[address] = (["update"], prior, after, unknown);
        return this;
    }

    /// <summary>The plan deletes a resource of the fixture.</summary>
    public FixturePlan Delete(string address)
    {
        _changes[address] = (["delete"], _fixture.Find(address).Values, null, []);
        return this;
    }

    /// <summary>The configuration writes <paramref name="attributePath"/> of a resource as an expression with these references.</summary>
    public FixturePlan Reference(string address, string attributePath, params string[] references)
    {
        Set(Expressions(address), attributePath, new JsonObject { ["references"] = new JsonArray([.. references.Select(r => (JsonNode)r)]) });
        return this;
    }

    /// <summary>The configuration writes <paramref name="attributePath"/> of a resource as a constant.</summary>
    public FixturePlan Constant(string address, string attributePath, JsonNode? value)
    {
        Set(Expressions(address), attributePath, new JsonObject { ["constant_value"] = value?.DeepClone() });
        return this;
    }

    /// <summary>The call of <paramref name="module"/> sets its input variable <paramref name="variable"/> from these references.</summary>
    public FixturePlan ModuleInput(string module, string variable, params string[] references)
    {
        if (!_moduleInputs.TryGetValue(module, out var inputs))
        {
            _moduleInputs[module] = inputs = [];
        }

        inputs[variable] = new JsonObject { ["references"] = new JsonArray([.. references.Select(r => (JsonNode)r)]) };
        return this;
    }

    /// <summary><paramref name="module"/> declares an output from these references.</summary>
    public FixturePlan ModuleOutput(string module, string output, params string[] references)
    {
        if (!_moduleOutputs.TryGetValue(module, out var outputs))
        {
            _moduleOutputs[module] = outputs = [];
        }

        outputs[output] = new JsonObject { ["expression"] = new JsonObject { ["references"] = new JsonArray([.. references.Select(r => (JsonNode)r)]) } };
        return this;
    }

    /// <summary>A root variable's value, as the plan records it.</summary>
    public FixturePlan Variable(string name, JsonNode value)
    {
        _variables[name] = new JsonObject { ["value"] = value };
        return this;
    }

    /// <summary>Adds a top-level property (<c>"errored": true</c>, <c>"complete": false</c>).</summary>
    public FixturePlan Top(string name, JsonNode value)
    {
        _extra[name] = value;
        return this;
    }

    internal string ToJson()
    {
        var all = _fixture.Resources.Concat(_added).ToList();
        var changes = new JsonArray();
        var planned = new List<(FixtureResource, JsonObject)>();
        var prior = new List<(FixtureResource, JsonObject)>();
        foreach (var resource in all)
        {
            var (actions, before, after, unknown) = _changes.TryGetValue(resource.Address, out var change)
                ? change
                : (["no-op"], resource.Values, resource.Values, []);
            JsonObject? afterValues = null;
            var afterUnknown = new JsonObject();
            if (after is not null)
            {
                afterValues = after.DeepClone().AsObject();
                foreach (var path in unknown)
                {
                    MarkUnknown(afterValues, afterUnknown, path);
                }

                planned.Add((resource, afterValues));
            }

            if (before is not null)
            {
                prior.Add((resource, before));
            }

            var item = resource.Header();
            if (resource.ModuleAddress.Length > 0)
            {
                item["module_address"] = resource.ModuleAddress;
            }

            item["change"] = new JsonObject
            {
                ["actions"] = new JsonArray([.. actions.Select(a => (JsonNode)a)]),
                ["before"] = before?.DeepClone(),
                ["after"] = afterValues,
                ["after_unknown"] = afterUnknown,
                ["before_sensitive"] = before is null ? false : new JsonObject(),
                ["after_sensitive"] = after is null ? false : new JsonObject(),
            };
            changes.Add(item);
        }

        var plan = new JsonObject
        {
            ["format_version"] = "1.2",
            ["terraform_version"] = "1.9.8",
            ["variables"] = _variables.DeepClone(),
            ["planned_values"] = new JsonObject { ["root_module"] = TerraformFixture.Values(planned) },
            ["resource_changes"] = changes,
            ["prior_state"] = new JsonObject
            {
                ["format_version"] = "1.0",
                ["terraform_version"] = "1.9.8",
                ["values"] = new JsonObject { ["root_module"] = TerraformFixture.Values(prior) },
            },
            ["configuration"] = Configuration(all.Where(r => !_changes.TryGetValue(r.Address, out var c) || c.After is not null)),
            ["timestamp"] = "2026-09-14T08:15:00Z",
            ["applyable"] = true,
            ["complete"] = true,
            ["errored"] = false,
        };
        foreach (var (name, value) in _extra)
        {
            plan[name] = value!.DeepClone();
        }

        return plan.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private JsonObject Configuration(IEnumerable<FixtureResource> resources)
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
            var name = address[(address.LastIndexOf("module.", StringComparison.Ordinal) + 7)..];
            if (parent["module_calls"] is not JsonObject calls)
            {
                parent["module_calls"] = calls = [];
            }

            var module = new JsonObject { ["resources"] = new JsonArray() };
            if (_moduleOutputs.TryGetValue(address, out var outputs))
            {
                module["outputs"] = outputs.DeepClone();
            }

            calls[name] = new JsonObject
            {
                ["source"] = $"./modules/{name}",
                ["expressions"] = _moduleInputs.GetValueOrDefault(address)?.DeepClone() ?? new JsonObject(),
                ["module"] = module,
            };
            return modules[address] = module;
        }

        foreach (var module in _moduleInputs.Keys.Concat(_moduleOutputs.Keys))
        {
            Module(module);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            var block = resource.ModuleAddress + "|" + resource.LocalBlock;
            if (!seen.Add(block))
            {
                continue; // one configuration block for every instance of a count or for_each
            }

            var expressions = _expressions.Where(e => Block(e.Key) == block).Select(e => e.Value).FirstOrDefault() ?? [];
            Module(resource.ModuleAddress)["resources"]!.AsArray().Add(new JsonObject
            {
                ["address"] = resource.LocalBlock,
                ["mode"] = resource.Mode,
                ["type"] = resource.Type,
                ["name"] = resource.Name,
                ["provider_config_key"] = "ibm",
                ["expressions"] = expressions.DeepClone(),
                ["schema_version"] = 0,
            });
        }

        return new JsonObject
        {
            ["provider_config"] = new JsonObject
            {
                ["ibm"] = new JsonObject
                {
                    ["name"] = "ibm",
                    ["full_name"] = TerraformFixture.IbmProvider,
                    ["expressions"] = new JsonObject { ["region"] = new JsonObject { ["constant_value"] = "us-south" } },
                },
            },
            ["root_module"] = root,
        };
    }

    private string Block(string address)
    {
        var resource = _fixture.Resources.Concat(_added).FirstOrDefault(r => r.Address == address) ?? throw new ArgumentException($"no resource {address}", nameof(address));
        return resource.ModuleAddress + "|" + resource.LocalBlock;
    }

    private JsonObject Expressions(string address)
    {
        if (!_expressions.TryGetValue(address, out var expressions))
        {
            _expressions[address] = expressions = [];
        }

        return expressions;
    }

    /// <summary>Sets a value at a path such as <c>rules[2].before</c>, making the objects and lists on the way.</summary>
    private static void Set(JsonObject root, string path, JsonNode value)
    {
        var steps = Steps(path);
        JsonNode current = root;
        for (var i = 0; i < steps.Count; i++)
        {
            var last = i == steps.Count - 1;
            var step = steps[i];
            if (step.Index is { } index)
            {
                var array = current.AsArray();
                while (array.Count <= index)
                {
                    array.Add(new JsonObject());
                }

                if (last)
                {
                    array[index] = value;
                    return;
                }

                current = array[index]!;
            }
            else
            {
                var obj = current.AsObject();
                if (last)
                {
                    obj[step.Name!] = value;
                    return;
                }

                obj[step.Name!] ??= steps[i + 1].Index is null ? new JsonObject() : new JsonArray();
                current = obj[step.Name!]!;
            }
        }
    }

    // Removes the value at the path from "after" and marks it true in "after_unknown", as Terraform prints an unknown.
    private static void MarkUnknown(JsonObject after, JsonObject unknown, string path)
    {
        var steps = Steps(path);
        JsonNode? value = after;
        JsonNode marks = unknown;
        for (var i = 0; i < steps.Count; i++)
        {
            var last = i == steps.Count - 1;
            var step = steps[i];
            if (step.Index is { } index)
            {
                var values = value!.AsArray();
                var array = marks.AsArray();
                while (array.Count < values.Count)
                {
                    array.Add(values[array.Count] is JsonObject ? new JsonObject() : JsonValue.Create(false));
                }

                if (last)
                {
                    values[index] = null;
                    array[index] = true;
                    return;
                }

                value = values[index];
                marks = array[index]!;
            }
            else
            {
                var obj = value!.AsObject();
                var markObj = marks.AsObject();
                if (last)
                {
                    obj.Remove(step.Name!);
                    markObj[step.Name!] = true;
                    return;
                }

                value = obj[step.Name!];
                markObj[step.Name!] ??= value is JsonArray ? new JsonArray() : new JsonObject();
                marks = markObj[step.Name!]!;
            }
        }
    }

    private static List<(string? Name, int? Index)> Steps(string path)
    {
        var steps = new List<(string?, int?)>();
        foreach (var part in path.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            steps.Add(part.StartsWith('[') ? (null, int.Parse(part[1..^1], CultureInfo.InvariantCulture)) : (part, null));
        }

        return steps;
    }
}
