using System.Text.Json.Serialization;

namespace Portcullis.Conformance.Nca;

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
