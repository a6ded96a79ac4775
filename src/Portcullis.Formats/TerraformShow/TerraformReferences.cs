using System.Text.Json;

namespace Portcullis.Formats.TerraformShow;

/// <summary>
/// Finds what a plan's unknown values refer to, from the expressions in its <c>configuration</c>: a value known only
/// after apply is often the id of another resource of the same plan (<c>vpc = ibm_is_vpc.main.id</c>), and naming that
/// resource is exact, not a guess. Follows input variables to the module call that sets them and module outputs to
/// the expression behind them.
/// </summary>
internal sealed class TerraformReferences
{
    private const int MaxDepth = 16; // module nesting a reference may cross; deeper is a cycle or a pathological configuration

    private readonly JsonElement _configuration;
    private readonly JsonElement _variables;
    private readonly IReadOnlyDictionary<string, TerraformResource> _byAddress;
    private readonly ILookup<string, TerraformResource> _byBlock;

    public TerraformReferences(JsonElement configuration, JsonElement variables, IReadOnlyList<TerraformResource> resources)
    {
        _configuration = configuration;
        _variables = variables;
        _byAddress = resources.GroupBy(r => r.Address, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _byBlock = resources.ToLookup(r => r.BlockAddress, StringComparer.Ordinal);
    }

    /// <summary>Whether the configuration of <paramref name="resource"/> writes an expression for <paramref name="attributePath"/>.</summary>
    public bool IsConfigured(TerraformResource resource, string attributePath) => Expression(resource, attributePath).ValueKind == JsonValueKind.Object;

    /// <summary>What the expression for <paramref name="attributePath"/> of <paramref name="resource"/> refers to, most specific first.</summary>
    public IReadOnlyList<ReferenceTarget> Resolve(TerraformResource resource, string attributePath)
    {
        var expression = Expression(resource, attributePath);
        if (expression.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var targets = new List<ReferenceTarget>();
        Collect(expression, resource.ModuleAddress, resource.Index, targets, 0);
        return targets;
    }

    /// <summary>A resource instance by its absolute address.</summary>
    public TerraformResource? Find(string address) => _byAddress.GetValueOrDefault(address);

    private void Collect(JsonElement expression, string moduleInstance, JsonElement instanceKey, List<ReferenceTarget> into, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (expression.TryGetProperty("constant_value", out var constant))
        {
            AddConstants(constant, into);
            return;
        }

        if (!expression.TryGetProperty("references", out var references) || references.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var all = references.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToList();
        var usesInstanceKey = all.Any(r => r is "count.index" || r.StartsWith("each.", StringComparison.Ordinal));

        // Terraform lists each reference with every shorter form after it ("a.b.id", "a.b"): keep the longest per object.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in all)
        {
            if (reference.StartsWith("var.", StringComparison.Ordinal))
            {
                var name = Segment(reference, 4);
                if (seen.Add("var." + name))
                {
                    CollectVariable(name, moduleInstance, into, depth);
                }
            }
            else if (reference.StartsWith("module.", StringComparison.Ordinal))
            {
                var call = Segment(reference, 7);
                var rest = reference.Length > 7 + call.Length + 1 ? reference[(7 + call.Length + 1)..] : string.Empty;
                var output = Segment(rest, 0);
                if (output.Length > 0 && seen.Add("module." + call + "." + output))
                {
                    CollectOutput(call, output, moduleInstance, into, depth);
                }
            }
            else if (ParseResource(reference) is { } parsed)
            {
                var block = (moduleInstance.Length == 0 ? string.Empty : moduleInstance + ".") + parsed.Block;
                if (!seen.Add(block + parsed.Key))
                {
                    continue;
                }

                var target = parsed.Key.Length > 0 ? Find(block + parsed.Key) : Single(block, instanceKey, usesInstanceKey);
                if (target is not null)
                {
                    into.Add(new ReferenceTarget(target, parsed.Attribute));
                }
            }
        }
    }

    private TerraformResource? Single(string block, JsonElement instanceKey, bool usesInstanceKey)
    {
        var instances = _byBlock[block].ToList();
        if (instances.Count == 1 && instances[0].Index.ValueKind == JsonValueKind.Undefined)
        {
            return instances[0];
        }

        // ibm_is_subnet.zone[count.index]: the instance with the referring instance's own key.
        return usesInstanceKey && instanceKey.ValueKind != JsonValueKind.Undefined
            ? instances.FirstOrDefault(i => i.Index.ValueKind == instanceKey.ValueKind && i.Index.GetRawText() == instanceKey.GetRawText())
            : null;
    }

    private void CollectVariable(string name, string moduleInstance, List<ReferenceTarget> into, int depth)
    {
        if (moduleInstance.Length == 0)
        {
            // A root variable's value is part of the plan.
            if (_variables.ValueKind == JsonValueKind.Object && _variables.TryGetProperty(name, out var variable) && variable.TryGetProperty("value", out var value))
            {
                AddConstants(value, into);
            }

            return;
        }

        var (parentInstance, callName) = SplitLastModule(moduleInstance);
        var call = ModuleCall(parentInstance, callName);
        if (call.ValueKind == JsonValueKind.Object && call.TryGetProperty("expressions", out var expressions) && expressions.TryGetProperty(name, out var argument)
            && argument.ValueKind == JsonValueKind.Object)
        {
            Collect(argument, parentInstance, default, into, depth + 1);
        }
    }

    private void CollectOutput(string callName, string output, string moduleInstance, List<ReferenceTarget> into, int depth)
    {
        var call = ModuleCall(moduleInstance, callName);
        if (call.ValueKind != JsonValueKind.Object || !call.TryGetProperty("module", out var module)
            || !module.TryGetProperty("outputs", out var outputs) || !outputs.TryGetProperty(output, out var declared)
            || !declared.TryGetProperty("expression", out var expression))
        {
            return;
        }

        // A module called with count or for_each has instances module.name[key]; a reference without a key means one of them.
        var prefix = (moduleInstance.Length == 0 ? string.Empty : moduleInstance + ".") + "module." + callName;
        var instances = _byAddress.Keys.Where(a => a.StartsWith(prefix, StringComparison.Ordinal)).Select(a => ModuleInstanceOf(a, prefix)).Distinct().ToList();
        var child = instances.Count == 1 ? instances[0] : prefix;
        Collect(expression, child, default, into, depth + 1);
    }

    private static string ModuleInstanceOf(string address, string prefix)
    {
        var rest = address[prefix.Length..];
        if (rest.StartsWith('['))
        {
            var close = ClosingBracket(rest, 0);
            return prefix + rest[..(close + 1)];
        }

        return prefix;
    }

    private static void AddConstants(JsonElement value, List<ReferenceTarget> into)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                into.Add(new ReferenceTarget(null, string.Empty, value.GetString()));
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String))
                {
                    into.Add(new ReferenceTarget(null, string.Empty, item.GetString()));
                }

                break;
        }
    }

    /// <summary>The expression for an attribute path, walking nested blocks (<c>rules[2].source</c>), or undefined.</summary>
    private JsonElement Expression(TerraformResource resource, string attributePath)
    {
        var module = ModuleConfig(resource.ModuleAddress);
        if (module.ValueKind != JsonValueKind.Object || !module.TryGetProperty("resources", out var resources) || resources.ValueKind != JsonValueKind.Array)
        {
            return default;
        }

        var config = resources.EnumerateArray().FirstOrDefault(r =>
            Text(r, "type") == resource.Type && Text(r, "name") == resource.Name && (Text(r, "mode") ?? "managed") == resource.Mode);
        if (config.ValueKind != JsonValueKind.Object || !config.TryGetProperty("expressions", out var current))
        {
            return default;
        }

        foreach (var step in Steps(attributePath))
        {
            if (current.ValueKind == JsonValueKind.Object && (current.TryGetProperty("references", out _) || current.TryGetProperty("constant_value", out _)))
            {
                return current; // an expression for the whole attribute (a list written as one expression)
            }

            if (step.Index is { } index)
            {
                if (current.ValueKind != JsonValueKind.Array || index < 0 || index >= current.GetArrayLength())
                {
                    return default;
                }

                current = current[index];
            }
            else if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(step.Name!, out current))
            {
                return default;
            }
        }

        // A block given once is written as a list of one block; an attribute path may stop at the block itself.
        return current.ValueKind == JsonValueKind.Object && (current.TryGetProperty("references", out _) || current.TryGetProperty("constant_value", out _)) ? current : default;
    }

    private JsonElement ModuleConfig(string moduleInstance)
    {
        if (_configuration.ValueKind != JsonValueKind.Object || !_configuration.TryGetProperty("root_module", out var module))
        {
            return default;
        }

        foreach (var call in ModuleCallNames(moduleInstance))
        {
            if (!module.TryGetProperty("module_calls", out var calls) || !calls.TryGetProperty(call, out var callConfig) || !callConfig.TryGetProperty("module", out module))
            {
                return default;
            }
        }

        return module;
    }

    private JsonElement ModuleCall(string moduleInstance, string callName)
    {
        var module = ModuleConfig(moduleInstance);
        return module.ValueKind == JsonValueKind.Object && module.TryGetProperty("module_calls", out var calls) && calls.TryGetProperty(callName, out var call) ? call : default;
    }

    /// <summary>The call names of a module instance address: <c>module.a[0].module.b</c> gives a, b.</summary>
    private static IEnumerable<string> ModuleCallNames(string moduleInstance)
    {
        var rest = moduleInstance;
        while (rest.StartsWith("module.", StringComparison.Ordinal))
        {
            var name = Segment(rest, 7);
            yield return name;
            rest = rest[(7 + name.Length)..];
            if (rest.StartsWith('['))
            {
                rest = rest[(ClosingBracket(rest, 0) + 1)..];
            }

            rest = rest.StartsWith('.') ? rest[1..] : rest;
        }
    }

    private static (string Parent, string Call) SplitLastModule(string moduleInstance)
    {
        var names = ModuleCallNames(moduleInstance).ToList();
        var last = moduleInstance.LastIndexOf("module.", StringComparison.Ordinal);
        var parent = last <= 0 ? string.Empty : moduleInstance[..(last - 1)];
        return (parent, names[^1]);
    }

    /// <summary>A resource reference: <c>[data.]TYPE.NAME[key].attribute...</c>.</summary>
    private static (string Block, string Key, string Attribute)? ParseResource(string reference)
    {
        var data = reference.StartsWith("data.", StringComparison.Ordinal);
        var rest = data ? reference[5..] : reference;
        var type = Segment(rest, 0);
        if (type.Length == 0 || rest.Length <= type.Length || rest[type.Length] != '.' || type is "local" or "each" or "count" or "path" or "terraform" or "self")
        {
            return null;
        }

        rest = rest[(type.Length + 1)..];
        var name = Segment(rest, 0);
        if (name.Length == 0)
        {
            return null;
        }

        rest = rest[name.Length..];
        var key = string.Empty;
        if (rest.StartsWith('['))
        {
            var close = ClosingBracket(rest, 0);
            key = rest[..(close + 1)];
            rest = rest[(close + 1)..];
        }

        var attribute = rest.StartsWith('.') ? rest[1..] : rest;
        return ((data ? "data." : string.Empty) + type + "." + name, key, attribute);
    }

    private static string Segment(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] is not ('.' or '['))
        {
            end++;
        }

        return start >= text.Length ? string.Empty : text[start..end];
    }

    private static int ClosingBracket(string text, int open)
    {
        var inString = false;
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '"' && text[i - 1] != '\\')
            {
                inString = !inString;
            }
            else if (text[i] == ']' && !inString)
            {
                return i;
            }
        }

        return text.Length - 1;
    }

    private static IEnumerable<(string? Name, int? Index)> Steps(string attributePath)
    {
        var i = 0;
        while (i < attributePath.Length)
        {
            if (attributePath[i] == '.')
            {
                i++;
            }
            else if (attributePath[i] == '[')
            {
                var close = ClosingBracket(attributePath, i);
                yield return (null, int.TryParse(attributePath.AsSpan(i + 1, close - i - 1), out var n) ? n : -1);
                i = close + 1;
            }
            else
            {
                var name = Segment(attributePath, i);
                yield return (name, null);
                i += name.Length;
            }
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
