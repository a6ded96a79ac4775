using System.Text.Json;
using Portcullis.Policies.Model;

namespace Portcullis.Conformance.Nca.Outputs;

/// <summary>NCA's <c>subset</c> output option: connections whose source and destination are both outside the subset are left out.</summary>
public static class NcaSubset
{
    public static Func<Endpoint, bool>? From(NcaCase testCase)
    {
        if (!testCase.OutputConfiguration.TryGetValue("subset", out var subset) || subset.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var namespaces = Text(subset, "namespace_subset")?.Split(',', StringSplitOptions.TrimEntries) ?? [];
        var deployments = Text(subset, "deployment_subset")?.Split(',', StringSplitOptions.TrimEntries) ?? [];
        var labelSets = new List<Dictionary<string, string>>();
        if (subset.TryGetProperty("label_subset", out var labels) && labels.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in labels.EnumerateArray())
            {
                labelSets.Add(item.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString()));
            }
        }

        return endpoint =>
            namespaces.Contains(endpoint.Namespace ?? "None")
            || (!endpoint.IsHost && endpoint.Owner is { } owner && deployments.Any(d => d.Contains('/', StringComparison.Ordinal)
                ? NcaWorkloads.WorkloadName(endpoint).Contains(d, StringComparison.Ordinal)
                : owner.Name.Contains(d, StringComparison.Ordinal)))
            || (endpoint.Labels.Count > 0 && labelSets.Any(set => set.All(p => endpoint.Labels.TryGetValue(p.Key, out var v) && v == p.Value)));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ToString() : null;
}
