using System.Text.Json.Serialization;

namespace Portcullis.Conformance;

/// <summary>An explain case's query.</summary>
public sealed record ExplainQuery
{
    [JsonPropertyName("src")]
    public required string Source { get; init; }

    [JsonPropertyName("dst")]
    public required string Destination { get; init; }

    [JsonPropertyName("detail")]
    public bool Detail { get; init; }

    [JsonPropertyName("protocol")]
    public string? Protocol { get; init; }

    [JsonPropertyName("srcMinPort")]
    public int? SourceMinPort { get; init; }

    [JsonPropertyName("srcMaxPort")]
    public int? SourceMaxPort { get; init; }

    [JsonPropertyName("dstMinPort")]
    public int? DestinationMinPort { get; init; }

    [JsonPropertyName("dstMaxPort")]
    public int? DestinationMaxPort { get; init; }
}
