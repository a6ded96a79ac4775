using System.Globalization;
using System.Text.Json;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Formats.TerraformShow;

/// <summary>
/// The envelope of <c>terraform show -json</c> output: a state (<c>values</c>) or a saved plan (<c>resource_changes</c>,
/// <c>prior_state</c>, <c>configuration</c>), flattened into resource instances with the modules walked.
/// </summary>
internal sealed class TerraformDocument
{
    private TerraformDocument(bool isPlan, string? terraformVersion, IReadOnlyList<TerraformResource> resources, IReadOnlyList<TerraformResource> deleted, JsonElement configuration, JsonElement variables)
    {
        IsPlan = isPlan;
        TerraformVersion = terraformVersion;
        Resources = resources;
        Deleted = deleted;
        Configuration = configuration;
        Variables = variables;
    }

    /// <summary>Whether this is a plan (else a state).</summary>
    public bool IsPlan { get; }

    /// <summary>The Terraform version that wrote it, if given.</summary>
    public string? TerraformVersion { get; }

    /// <summary>Every resource instance (of every provider) as it is, or as it will be after the plan is applied.</summary>
    public IReadOnlyList<TerraformResource> Resources { get; }

    /// <summary>The instances the plan deletes without a replacement, as they were before (their values are the prior ones).</summary>
    public IReadOnlyList<TerraformResource> Deleted { get; }

    /// <summary>A plan's <c>configuration</c> (undefined in a state).</summary>
    public JsonElement Configuration { get; }

    /// <summary>A plan's <c>variables</c>: the values given to the root module (undefined in a state).</summary>
    public JsonElement Variables { get; }

    /// <summary>The region the IBM provider is configured for, when the configuration writes it as a constant.</summary>
    public string? ProviderRegion
    {
        get
        {
            if (Configuration.ValueKind != JsonValueKind.Object || !Configuration.TryGetProperty("provider_config", out var providers) || providers.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var provider in providers.EnumerateObject())
            {
                if (provider.Value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() == "ibm"
                    && provider.Value.TryGetProperty("expressions", out var expressions) && expressions.TryGetProperty("region", out var region)
                    && region.TryGetProperty("constant_value", out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Whether a document's root is <c>terraform show -json</c> output: an object with <c>format_version</c> (a state's
    /// <c>values</c> or a plan's body beside it; a workspace with no state prints the version alone).
    /// </summary>
    public static bool Recognizes(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("format_version", out var version) && version.ValueKind == JsonValueKind.String;

    /// <summary>Reads the envelope, reporting what makes it unusable; <see langword="null"/> on errors.</summary>
    public static TerraformDocument? Read(JsonElement root, string file, DiagnosticBag diagnostics)
    {
        var version = root.GetProperty("format_version").GetString() ?? string.Empty;
        var major = version.Split('.')[0];
        if (!int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var majorVersion) || majorVersion != 1)
        {
            // The format's promise: reject any input which reports an unsupported major version.
            diagnostics.Report(ConfigurationDiagnostics.UnsupportedTerraformFormat, new SourceLocation(file, "$.format_version"), version);
            return null;
        }

        var terraformVersion = root.TryGetProperty("terraform_version", out var tv) && tv.ValueKind == JsonValueKind.String ? tv.GetString() : null;
        var isPlan = root.TryGetProperty("resource_changes", out _) || root.TryGetProperty("planned_values", out _) || root.TryGetProperty("prior_state", out _);
        if (isPlan && root.TryGetProperty("errored", out var errored) && errored.ValueKind == JsonValueKind.True)
        {
            diagnostics.Report(ConfigurationDiagnostics.ErroredPlan, new SourceLocation(file, "$.errored"));
            return null;
        }

        if (isPlan && root.TryGetProperty("complete", out var complete) && complete.ValueKind == JsonValueKind.False)
        {
            diagnostics.Report(ConfigurationDiagnostics.IncompletePlan, new SourceLocation(file, "$.complete"));
        }

        var local = new DiagnosticBag();
        var resources = new List<TerraformResource>();
        var deleted = new List<TerraformResource>();
        if (isPlan)
        {
            ReadChanges(root, file, local, resources, deleted);
            if (root.TryGetProperty("prior_state", out var prior) && prior.ValueKind == JsonValueKind.Object && prior.TryGetProperty("values", out var priorValues))
            {
                // Data sources read while planning are in the prior state only; those read at apply are changes ("read").
                var listed = resources.Select(r => r.Address).ToHashSet(StringComparer.Ordinal);
                var data = new List<TerraformResource>();
                WalkModule(priorValues, "$.prior_state.values", file, local, data);
                resources.AddRange(data.Where(r => r.IsData && !listed.Contains(r.Address)));
            }
        }
        else if (root.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Object)
        {
            WalkModule(values, "$.values", file, local, resources);
        }

        diagnostics.AddRange(local.ToImmutable());
        if (local.HasErrors)
        {
            return null;
        }

        var configuration = root.TryGetProperty("configuration", out var config) ? config : default;
        var variables = root.TryGetProperty("variables", out var vars) ? vars : default;
        return new TerraformDocument(isPlan, terraformVersion, resources, deleted, configuration, variables);
    }

    private static void WalkModule(JsonElement values, string path, string file, DiagnosticBag diagnostics, List<TerraformResource> into)
    {
        if (values.TryGetProperty("root_module", out var root) && root.ValueKind != JsonValueKind.Null)
        {
            WalkModuleObject(root, $"{path}.root_module", file, diagnostics, into);
        }
    }

    private static void WalkModuleObject(JsonElement module, string path, string file, DiagnosticBag diagnostics, List<TerraformResource> into)
    {
        if (module.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Report(ConfigurationDiagnostics.MalformedTerraformJson, new SourceLocation(file, path), "a module", "an object", Kind(module));
            return;
        }

        var moduleAddress = module.TryGetProperty("address", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString()! : string.Empty;
        foreach (var (resource, index) in Array(module, "resources", $"{path}.resources", file, diagnostics))
        {
            var itemPath = $"{path}.resources[{index}]";
            var header = Header(resource, itemPath, file, diagnostics, moduleAddress);
            if (header is null)
            {
                continue;
            }

            var values = resource.TryGetProperty("values", out var v) ? v : default;
            into.Add(header with { Values = new TerraformValue(values, default, string.Empty, $"{itemPath}.values") });
        }

        foreach (var (child, index) in Array(module, "child_modules", $"{path}.child_modules", file, diagnostics))
        {
            WalkModuleObject(child, $"{path}.child_modules[{index}]", file, diagnostics, into);
        }
    }

    private static void ReadChanges(JsonElement root, string file, DiagnosticBag diagnostics, List<TerraformResource> resources, List<TerraformResource> deleted)
    {
        foreach (var (change, index) in Array(root, "resource_changes", "$.resource_changes", file, diagnostics))
        {
            var itemPath = $"$.resource_changes[{index}]";
            var moduleAddress = change.TryGetProperty("module_address", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : string.Empty;
            var header = Header(change, itemPath, file, diagnostics, moduleAddress);
            if (header is null)
            {
                continue;
            }

            if (change.TryGetProperty("deposed", out var deposed) && deposed.ValueKind == JsonValueKind.String)
            {
                continue; // an older object of a replaced instance, about to be destroyed; the current one is listed too
            }

            if (!change.TryGetProperty("change", out var body) || body.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Report(ConfigurationDiagnostics.MalformedTerraformJson, new SourceLocation(file, $"{itemPath}.change"), "'change'", "an object", body.ValueKind == JsonValueKind.Undefined ? "nothing" : Kind(body));
                continue;
            }

            var actions = body.TryGetProperty("actions", out var act) && act.ValueKind == JsonValueKind.Array
                ? act.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray()
                : [];
            var before = body.TryGetProperty("before", out var b) ? b : default;
            var prior = new TerraformValue(before, default, string.Empty, $"{itemPath}.change.before");
            var after = body.TryGetProperty("after", out var af) ? af : default;
            var unknown = body.TryGetProperty("after_unknown", out var u) ? u : default;
            if (after.ValueKind == JsonValueKind.Object)
            {
                resources.Add(header with
                {
                    Values = new TerraformValue(after, unknown, string.Empty, $"{itemPath}.change.after"),
                    Actions = actions,
                    Prior = prior,
                });
            }
            else if (actions.Contains("delete") && before.ValueKind == JsonValueKind.Object)
            {
                deleted.Add(header with { Values = prior, Actions = actions, Prior = prior });
            }
        }
    }

    private static TerraformResource? Header(JsonElement item, string path, string file, DiagnosticBag diagnostics, string moduleAddress)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Report(ConfigurationDiagnostics.MalformedTerraformJson, new SourceLocation(file, path), "a resource", "an object", Kind(item));
            return null;
        }

        string? Text(string name) => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var address = Text("address");
        var type = Text("type");
        var name = Text("name");
        if (address is null || type is null || name is null)
        {
            var missing = address is null ? "address" : type is null ? "type" : "name";
            var found = item.TryGetProperty(missing, out var value) ? Kind(value) : "nothing";
            diagnostics.Report(ConfigurationDiagnostics.MalformedTerraformJson, new SourceLocation(file, $"{path}.{missing}"), $"'{missing}'", "a string", found);
            return null;
        }

        var mode = Text("mode") ?? (address.Contains("data.", StringComparison.Ordinal) ? "data" : "managed");
        var index = item.TryGetProperty("index", out var i) ? i : default;
        return new TerraformResource(address, moduleAddress, mode, type, name, index, Text("provider_name") ?? string.Empty, default, [], default);
    }

    private static (JsonElement Item, int Index)[] Array(JsonElement owner, string property, string path, string file, DiagnosticBag diagnostics)
    {
        if (!owner.TryGetProperty(property, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Report(ConfigurationDiagnostics.MalformedTerraformJson, new SourceLocation(file, path), $"'{property}'", "an array", Kind(array));
            return [];
        }

        return array.EnumerateArray().Select((item, index) => (item, index)).ToArray();
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
