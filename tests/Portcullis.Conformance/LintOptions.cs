using System.Text.Json.Serialization;

namespace Portcullis.Conformance;

/// <summary>A lint case's options.</summary>
public sealed record LintOptions
{
    [JsonPropertyName("enable")]
    public string[] Enable { get; init; } = [];

    [JsonPropertyName("disable")]
    public string[] Disable { get; init; } = [];

    [JsonPropertyName("printAll")]
    public bool PrintAll { get; init; }
}
