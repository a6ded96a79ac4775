using System.Text.Json.Serialization;

namespace Portcullis.Conformance.Nca;

public sealed record NcaSinglePolicy
{
    [JsonPropertyName("policy")]
    public string Policy { get; init; } = "";

    [JsonPropertyName("kind")]
    public string? Kind { get; init; }
}
