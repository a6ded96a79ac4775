using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portcullis.Server.Hosting;
using Portcullis.Server.Security;

namespace Portcullis.Server.Api;

/// <summary>What the server watches: accounts (and a collection on demand), clusters and their history, alerts.</summary>
internal static class WatchEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/accounts", async (ServerContext server, CancellationToken cancellationToken) =>
        {
            var accounts = new List<Dictionary<string, object?>>();
            foreach (var account in server.Configuration.Accounts)
            {
                accounts.Add(Json.Account(account, await server.Store.GetScheduleAsync($"collect:{account.Name}", cancellationToken).ConfigureAwait(false)));
            }

            return Results.Ok(new Dictionary<string, object?> { ["accounts"] = accounts });
        }).WithSummary("The accounts watched, their sources (secrets named by where they are kept) and last collection");

        api.MapPost("/accounts/{name}/collect", async (ServerContext server, string name, CancellationToken cancellationToken) =>
        {
            var account = server.Configuration.Accounts.FirstOrDefault(a => a.Name == name);
            if (account is null)
            {
                return Problems.Of(StatusCodes.Status404NotFound, "No such account", $"The server watches no account '{name}'.");
            }

            var outcome = await server.Watcher.CollectIfDueAsync(account, force: true, cancellationToken).ConfigureAwait(false);
            if (outcome is null)
            {
                return Problems.Of(StatusCodes.Status409Conflict, "Already collecting", $"Account '{name}' is being collected now; ask again in a moment.");
            }

            await server.Watcher.EvaluatePendingAsync(cancellationToken).ConfigureAwait(false);
            return Results.Ok(new Dictionary<string, object?> { ["account"] = name, ["outcome"] = outcome });
        }).RequireAuthorization(Roles.AdminPolicy).WithSummary("Collect an account now (and evaluate what is new)");

        api.MapGet("/clusters", (ServerContext server) =>
            Results.Ok(new Dictionary<string, object?> { ["clusters"] = server.Configuration.Clusters.Select(Json.Cluster).ToList() }))
            .WithSummary("The clusters watched");

        api.MapGet("/clusters/{name}/history", async (ServerContext server, string name, int? snapshots, CancellationToken cancellationToken) =>
        {
            var cluster = server.Configuration.Clusters.FirstOrDefault(c => c.Name == name);
            if (cluster is null)
            {
                return Problems.Of(StatusCodes.Status404NotFound, "No such cluster", $"The server watches no cluster '{name}'.");
            }

            var history = await server.Store.GetRequirementHistoryAsync(name, Math.Clamp(snapshots ?? 20, 1, 200), cancellationToken).ConfigureAwait(false);
            return Results.Ok(new Dictionary<string, object?>
            {
                ["cluster"] = Json.Cluster(cluster),
                ["snapshots"] = history.Select(h => h.SnapshotId).Distinct().ToList(),
                ["requirements"] = history.GroupBy(h => h.Requirement).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new Dictionary<string, object?> { ["id"] = g.Key, ["statuses"] = g.ToDictionary(h => h.SnapshotId.ToString(System.Globalization.CultureInfo.InvariantCulture), h => h.Status) })
                    .ToList(),
            });
        }).WithSummary("A cluster's requirement statuses over its latest snapshots");

        api.MapGet("/alerts", async (ServerContext server, string? account, long? snapshot, int? limit, CancellationToken cancellationToken) =>
            Results.Ok(new Dictionary<string, object?>
            {
                ["alerts"] = (await server.Store.ListAlertsAsync(account, snapshot, Math.Clamp(limit ?? 100, 1, 1000), cancellationToken).ConfigureAwait(false)).Select(Json.Alert).ToList(),
            })).WithSummary("Alerts, newest first");
    }
}
