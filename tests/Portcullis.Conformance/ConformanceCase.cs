using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portcullis.Conformance;

/// <summary>One case of <c>cases.json</c>: an input, a use case with its options, and the analyzer's expected output.</summary>
public sealed record ConformanceCase
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("useCase")]
    public string? UseCase { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("input")]
    public required string Input { get; init; }

    [JsonPropertyName("input2")]
    public string? Input2 { get; init; }

    [JsonPropertyName("golden")]
    public required string Golden { get; init; }

    [JsonPropertyName("format")]
    public string? Format { get; init; }

    [JsonPropertyName("grouping")]
    public bool Grouping { get; init; }

    [JsonPropertyName("consistencyEdges")]
    public bool ConsistencyEdges { get; init; }

    [JsonPropertyName("loadBalancerAbstraction")]
    public bool? LoadBalancerAbstraction { get; init; }

    [JsonPropertyName("vpcList")]
    public string[]? VpcList { get; init; }

    [JsonPropertyName("regions")]
    public string[]? Regions { get; init; }

    [JsonPropertyName("resourceGroup")]
    public string? ResourceGroup { get; init; }

    [JsonPropertyName("explain")]
    public ExplainQuery? Explain { get; init; }

    [JsonPropertyName("lint")]
    public LintOptions? Lint { get; init; }

    /// <summary>Reads the cases of a <c>cases.json</c> file.</summary>
    public static IReadOnlyList<ConformanceCase> ReadAll(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<CasesFile>(stream) ?? throw new InvalidDataException($"{path}: no cases");
        return file.Cases;
    }

    private sealed record CasesFile([property: JsonPropertyName("cases")] List<ConformanceCase> Cases);
}
