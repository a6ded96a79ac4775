using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Portcullis.Testing.IbmCloud;

public sealed partial class FakeIbmCloud
{
    // Lists the VPC API answers whole (the SDKs' "unpaginated" collections); every other list is paged.
    [GeneratedRegex("^(regions|instances/[^/]+/network_(interfaces|attachments)|load_balancers/[^/]+/(listeners|pools)(/[^/]+/(policies|members)(/[^/]+/rules)?)?)$")]
    private static partial Regex UnpagedVpcPath();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex VersionDate();

    private Answer Vpc(HttpContext context, string region, string path)
    {
        var query = context.Request.Query;
        if (!VersionDate().IsMatch(query["version"].ToString()))
        {
            return Answer.Error(400, "missing_version", "The version query parameter is required (YYYY-MM-DD).");
        }

        if (query["generation"] != "2")
        {
            return Answer.Error(400, "bad_generation", "The generation query parameter must be 2.");
        }

        if (path == "regions")
        {
            return Answer.Ok(new JsonObject
            {
                ["regions"] = new JsonArray([.. _account.Regions.Select(r => (JsonNode)new JsonObject
                {
                    ["endpoint"] = $"https://{r}.iaas.cloud.ibm.com",
                    ["href"] = $"https://{region}.iaas.cloud.ibm.com/v1/regions/{r}",
                    ["name"] = r,
                    ["status"] = "available",
                })]),
            });
        }

        var items = _account.VpcCollection(region, path);
        if (items is null)
        {
            return Answer.Error(404, "not_found", $"Resource not found: {path}");
        }

        var key = path[(path.LastIndexOf('/') + 1)..];
        if (UnpagedVpcPath().IsMatch(path))
        {
            _completed[$"{region} {path}"] = 0;
            return Answer.Ok(new JsonObject { [key] = Clone(items) });
        }

        return Page(context, items, key, $"https://{region}.iaas.cloud.ibm.com/v1/{path}", startField: false, $"{region} {path}");
    }

    private Answer Transit(HttpContext context, string path)
    {
        if (!VersionDate().IsMatch(context.Request.Query["version"].ToString()))
        {
            return Answer.Error(400, "missing_version", "The version query parameter is required (YYYY-MM-DD).");
        }

        var items = _account.TransitCollection(path);
        if (items is null)
        {
            return Answer.Error(404, "not_found", $"Resource not found: {path}");
        }

        if (path.EndsWith("/prefix_filters", StringComparison.Ordinal))
        {
            _completed[$"transit {path}"] = 0;
            return Answer.Ok(new JsonObject { ["prefix_filters"] = Clone(items) });
        }

        return Page(context, items, path, $"https://transit.cloud.ibm.com/v1/{path}", startField: true, $"transit {path}");
    }

    private Answer Containers(HttpContext context, string path)
    {
        switch (path)
        {
            case "v2/vpc/getClusters":
                var provider = context.Request.Query["provider"].ToString();
                _completed["clusters"] = 0;
                return Answer.Ok(Clone(_account.Clusters.Where(c => provider.Length == 0 || c["provider"] is null || c["provider"]!.GetValue<string>() == provider)));
            case "v2/vpc/getWorkers":
                var cluster = context.Request.Query["cluster"].ToString();
                var workers = _account.Workers(cluster);
                _completed[$"workers {cluster}"] = 0;
                return workers is null
                    ? Answer.Containers(404, "G0004", "The specified cluster could not be found.")
                    : Answer.Ok(Clone(workers));
            default:
                return Answer.Containers(404, "E0001", $"No such API: {path}");
        }
    }

    /// <summary>
    /// One page of a collection: <c>limit</c> items (at most the fake's page size) from the offset the <c>start</c>
    /// token holds, with <c>first</c>, <c>limit</c>, <c>total_count</c> and, when more follow, <c>next</c> whose
    /// <c>href</c> is at the public host (and, in the Transit Gateway API, a <c>start</c> field too).
    /// </summary>
    private Answer Page(HttpContext context, IReadOnlyList<JsonObject> items, string key, string publicUrl, bool startField, string collection)
    {
        var query = context.Request.Query;
        var limit = 50;
        if (query.ContainsKey("limit") && (!int.TryParse(query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 100))
        {
            return Answer.Error(400, "bad_limit", "limit must be 1-100.");
        }

        var offset = 0;
        if (query.ContainsKey("start") && !TryDecodeStart(query["start"].ToString(), key, out offset))
        {
            return Answer.Error(400, "bad_start", "The start token is not valid for this collection.");
        }

        var size = Math.Min(limit, _options.MaxPageSize);
        var page = new JsonObject
        {
            ["first"] = new JsonObject { ["href"] = $"{publicUrl}?limit={limit}" },
            ["limit"] = limit,
            ["total_count"] = items.Count,
            [key] = Clone(items.Skip(offset).Take(size)),
        };
        if (offset + size < items.Count)
        {
            var start = EncodeStart(offset + size, key);
            var next = new JsonObject { ["href"] = $"{publicUrl}?limit={limit}&start={Uri.EscapeDataString(start)}" };
            if (startField)
            {
                next["start"] = start;
            }

            page["next"] = next;
        }
        else
        {
            _completed[collection] = 0;
        }

        return Answer.Ok(page);
    }

    // Opaque to a client, as the APIs' tokens are: it cannot be guessed from the offset, and belongs to one collection.
    private static string EncodeStart(int offset, string key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{key}|{offset}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryDecodeStart(string token, string key, out int offset)
    {
        offset = 0;
        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(padded));
            var bar = text.LastIndexOf('|');
            return bar > 0 && text[..bar] == key && int.TryParse(text[(bar + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static JsonArray Clone(IEnumerable<JsonObject> items) => new([.. items.Select(i => i.DeepClone())]);
}
