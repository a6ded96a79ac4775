using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portcullis.Conformance.Nca;

/// <summary>NCA's <c>cases.json</c>: the queries, the configurations they run over, and the configuration checks.</summary>
public sealed record NcaCasesFile
{
    [JsonPropertyName("cases")]
    public List<NcaCase> Cases { get; init; } = [];

    [JsonPropertyName("configChecks")]
    public List<NcaConfig> ConfigChecks { get; init; } = [];

    /// <summary>Whether a cases file is NCA's: its cases carry a queryType (np-guard's carry a kind).</summary>
    public static bool Recognise(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        if (root.TryGetProperty("configChecks", out _))
        {
            return true;
        }

        return root.TryGetProperty("cases", out var cases) && cases.ValueKind == JsonValueKind.Array
            && cases.EnumerateArray().Any(c => c.TryGetProperty("queryType", out _));
    }

    public static NcaCasesFile Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<NcaCasesFile>(stream) ?? throw new InvalidDataException($"{path}: no cases");
    }
}

public sealed record NcaCase
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("queryType")]
    public required string QueryType { get; init; }

    [JsonPropertyName("configs")]
    public List<NcaConfig> Configs { get; init; } = [];

    [JsonPropertyName("expected")]
    public int? Expected { get; init; }

    [JsonPropertyName("expectedNotExecuted")]
    public int ExpectedNotExecuted { get; init; }

    [JsonPropertyName("outputConfiguration")]
    public Dictionary<string, JsonElement> OutputConfiguration { get; init; } = [];

    [JsonPropertyName("expectedOutput")]
    public string? ExpectedOutput { get; init; }

    [JsonPropertyName("expectedOutputFormat")]
    public string? ExpectedOutputFormat { get; init; }

    [JsonPropertyName("expectedOutputCompared")]
    public bool ExpectedOutputCompared { get; init; }

    [JsonPropertyName("skip")]
    public string? Skip { get; init; }

    public string OutputFormat => OutputConfiguration.TryGetValue("outputFormat", out var format) ? format.GetString() ?? "txt" : "txt";

    public bool OutputPods => OutputConfiguration.TryGetValue("outputEndpoints", out var endpoints) && endpoints.GetString() == "pods";
}

public sealed record NcaConfig
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("ref")]
    public string? Ref { get; init; }

    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    [JsonPropertyName("singlePolicy")]
    public NcaSinglePolicy? SinglePolicy { get; init; }

    [JsonPropertyName("policies")]
    public List<string> Policies { get; init; } = [];

    [JsonPropertyName("namespaceList")]
    public List<string> NamespaceList { get; init; } = [];

    [JsonPropertyName("podList")]
    public List<string> PodList { get; init; } = [];

    [JsonPropertyName("expectedWarnings")]
    public int? ExpectedWarnings { get; init; }

    [JsonPropertyName("expectedError")]
    public int? ExpectedError { get; init; }

    [JsonPropertyName("skip")]
    public string? Skip { get; init; }

    /// <summary>What identifies the configuration's content (same files, same policy).</summary>
    public string Key => string.Join('|', string.Join(',', Policies), string.Join(',', NamespaceList), string.Join(',', PodList), SinglePolicy?.Policy ?? "", SinglePolicy?.Kind ?? "");
}

public sealed record NcaSinglePolicy
{
    [JsonPropertyName("policy")]
    public string Policy { get; init; } = "";

    [JsonPropertyName("kind")]
    public string? Kind { get; init; }
}
