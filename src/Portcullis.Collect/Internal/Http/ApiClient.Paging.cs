using System.Text.Json.Nodes;
using System.Web;

namespace Portcullis.Collect.Internal.Http;

internal sealed partial class ApiClient
{
    /// <summary>The page size asked for: the collector's and the SDKs' choice, within every API's limit.</summary>
    public const int PageLimit = 50;

    // A page chain longer than this is a server that does not advance, not an account.
    private const int MaxPages = 100_000;

    /// <summary>
    /// GETs a paged collection to its end: the first page at <paramref name="url"/> (which should ask for
    /// <c>limit</c>), then each next page by the <c>start</c> token of <c>next</c> (its own field in the Transit
    /// Gateway API, a query parameter of <c>next.href</c> in the VPC API). The token is sent to the configured
    /// endpoint, never to the host <c>next.href</c> names, which is the public one even behind a private endpoint.
    /// </summary>
    public async Task<List<JsonObject>> GetAllPagesAsync(Uri url, string itemsKey, string scope, CancellationToken cancellationToken)
    {
        var items = new List<JsonObject>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? start = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var pageUrl = start is null ? url : ApiUrl.WithQuery(url, "start", start);
            var body = await GetAsync(pageUrl, scope, cancellationToken).ConfigureAwait(false);
            items.AddRange(TakeItems(ApiRequest.Get(url).Call, body, itemsKey));
            start = NextStart(body);
            if (start is null)
            {
                return items;
            }

            if (!seen.Add(start))
            {
                throw new CollectException(CollectFailure.BadJson, ApiRequest.Get(url).Call, $"the pages do not advance: page {page + 2} would start at '{SecretRedactor.Printable(start)}' again");
            }
        }

        throw new CollectException(CollectFailure.BadJson, ApiRequest.Get(url).Call, $"more than {MaxPages} pages");
    }

    /// <summary>GETs an unpaged collection: the <paramref name="itemsKey"/> list of one answer.</summary>
    public async Task<List<JsonObject>> GetListAsync(Uri url, string itemsKey, string scope, CancellationToken cancellationToken)
    {
        var body = await GetAsync(url, scope, cancellationToken).ConfigureAwait(false);
        return TakeItems(ApiRequest.Get(url).Call, body, itemsKey);
    }

    /// <summary>GETs an answer that is a JSON array of objects (as the Kubernetes Service API answers).</summary>
    public async Task<List<JsonObject>> GetArrayAsync(Uri url, string scope, CancellationToken cancellationToken)
    {
        var body = await GetAsync(url, scope, cancellationToken).ConfigureAwait(false);
        return body is JsonArray array
            ? Detach(ApiRequest.Get(url).Call, array, "the answer")
            : throw new CollectException(CollectFailure.BadJson, ApiRequest.Get(url).Call, $"answered a JSON {Kind(body)} where a list was expected");
    }

    private static List<JsonObject> TakeItems(string call, JsonNode body, string itemsKey)
    {
        if (body is not JsonObject page)
        {
            throw new CollectException(CollectFailure.BadJson, call, $"answered a JSON {Kind(body)} where an object with '{itemsKey}' was expected");
        }

        return page[itemsKey] switch
        {
            JsonArray array => Detach(call, array, $"'{itemsKey}'"),
            null => throw new CollectException(CollectFailure.BadJson, call, $"answered JSON without the '{itemsKey}' list"),
            var other => throw new CollectException(CollectFailure.BadJson, call, $"answered '{itemsKey}' as a JSON {Kind(other)}, not a list"),
        };
    }

    // Nodes keep their parent; taking them out of the answer lets them be placed in the output document.
    private static List<JsonObject> Detach(string call, JsonArray array, string what)
    {
        var items = new List<JsonObject>(array.Count);
        foreach (var item in array)
        {
            items.Add(item as JsonObject ?? throw new CollectException(CollectFailure.BadJson, call, $"{what} holds a JSON {Kind(item)} where objects were expected"));
        }

        array.Clear();
        return items;
    }

    private static string? NextStart(JsonNode body)
    {
        if (body is not JsonObject page || page["next"] is not JsonObject next)
        {
            return null;
        }

        if (next["start"] is JsonValue start && start.TryGetValue<string>(out var token) && token.Length > 0)
        {
            return token;
        }

        if (next["href"] is JsonValue href && href.TryGetValue<string>(out var link) && Uri.TryCreate(link, UriKind.Absolute, out var uri))
        {
            var fromHref = HttpUtility.ParseQueryString(uri.Query)["start"];
            return string.IsNullOrEmpty(fromHref) ? null : fromHref;
        }

        return null;
    }

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => node.GetValueKind().ToString().ToLowerInvariant(),
    };
}
