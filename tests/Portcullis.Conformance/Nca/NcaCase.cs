using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portcullis.Conformance.Nca;

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
