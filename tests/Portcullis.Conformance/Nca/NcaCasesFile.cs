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
