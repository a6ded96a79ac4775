using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portcullis.Collect;

/// <summary>
/// A collected account: the configuration JSON (the collections every command reads, each a list of API objects
/// as np-guard's collector assembles them, and the manifest) and the manifest itself.
/// </summary>
public sealed class CollectedConfiguration
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        // Names and descriptions are the account's text; keep them readable, not \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal CollectedConfiguration(JsonObject document, CollectManifest manifest)
    {
        Document = document;
        Manifest = manifest;
    }

    /// <summary>The configuration JSON, manifest included.</summary>
    public JsonObject Document { get; }

    /// <summary>What was read.</summary>
    public CollectManifest Manifest { get; }

    /// <summary>Writes the configuration as indented JSON, ending with a line break.</summary>
    /// <param name="writer">Where to write it.</param>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Document.ToJsonString(Indented));
        writer.Write('\n');
    }
}
