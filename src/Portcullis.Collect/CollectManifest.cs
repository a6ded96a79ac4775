using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Portcullis.Collect;

/// <summary>
/// What a collection read, written into the configuration under <see cref="Key"/> (a key the configuration reader
/// ignores, so the file stays one file that cannot disagree with its own manifest).
/// </summary>
/// <param name="StartedAt">When the collection started.</param>
/// <param name="FinishedAt">When it finished.</param>
/// <param name="Regions">The regions read.</param>
/// <param name="Scope">The scope asked for.</param>
/// <param name="VpcApiVersion">The VPC API <c>version</c> asked for.</param>
/// <param name="TransitApiVersion">The Transit Gateway API <c>version</c> asked for.</param>
/// <param name="Endpoints">The endpoints read.</param>
/// <param name="ApiCalls">How many HTTP requests were sent (retries included).</param>
/// <param name="Counts">How many resources of each type were collected.</param>
/// <param name="Warnings">What was left out, and why.</param>
public sealed record CollectManifest(
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    ImmutableArray<string> Regions,
    CollectScope Scope,
    string VpcApiVersion,
    string TransitApiVersion,
    IbmCloudEndpoints Endpoints,
    int ApiCalls,
    ImmutableSortedDictionary<string, int> Counts,
    ImmutableArray<CollectWarning> Warnings)
{
    /// <summary>The top-level key of the manifest in the configuration JSON.</summary>
    public const string Key = "portcullis_manifest";

    /// <summary>Whether nothing was left out.</summary>
    public bool Complete => Warnings.IsEmpty;

    /// <summary>The manifest as JSON.</summary>
    public JsonObject ToJson()
    {
        var counts = new JsonObject();
        foreach (var (type, count) in Counts)
        {
            counts[type] = count;
        }

        return new JsonObject
        {
            ["tool"] = "portcullis collect",
            ["started_at"] = Time(StartedAt),
            ["finished_at"] = Time(FinishedAt),
            ["regions"] = new JsonArray([.. Regions.Select(r => (JsonNode)r)]),
            ["scope"] = new JsonObject
            {
                ["regions"] = new JsonArray([.. Scope.Regions.Select(r => (JsonNode)r)]),
                ["resource_group"] = Scope.ResourceGroup,
                ["vpcs"] = new JsonArray([.. Scope.Vpcs.Select(v => (JsonNode)v)]),
            },
            ["api_versions"] = new JsonObject { ["vpc"] = VpcApiVersion, ["transit"] = TransitApiVersion },
            ["endpoints"] = new JsonObject
            {
                ["iam"] = Endpoints.Iam.AbsoluteUri,
                ["vpc"] = Endpoints.VpcTemplate,
                ["transit"] = Endpoints.Transit.AbsoluteUri,
                ["containers"] = Endpoints.Containers.AbsoluteUri,
            },
            ["api_calls"] = ApiCalls,
            ["complete"] = Complete,
            ["counts"] = counts,
            ["warnings"] = new JsonArray([.. Warnings.Select(w => (JsonNode)new JsonObject
            {
                ["scope"] = w.Scope,
                ["resource"] = w.Resource,
                ["call"] = w.Call,
                ["status"] = w.StatusCode,
                ["message"] = w.Message,
            })]),
        };
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
