using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Portcullis.Server.Hosting;
using Portcullis.Server.Security;
using Portcullis.Storage;

namespace Portcullis.Server.Api;

/// <summary><c>/api/v1/snapshots</c>: upload a configuration, list the timeline, fetch one snapshot and its content.</summary>
internal static class SnapshotEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/snapshots", UploadAsync).RequireAuthorization(Roles.AdminPolicy)
            .WithSummary("Upload one configuration file as a snapshot (201, or 200 when it equals the account's latest)");
        api.MapGet("/snapshots", ListAsync).WithSummary("The snapshots, newest first");
        api.MapGet("/snapshots/{id:long}", GetAsync).WithSummary("One snapshot, with its drift and alerts");
        api.MapGet("/snapshots/{id:long}/content", ContentAsync).WithSummary("The configuration exactly as uploaded or collected");
    }

    private static async Task<IResult> UploadAsync(HttpContext context, ServerContext server, ILoggerFactory logs, string? account, string? name, string? source)
    {
        var logger = logs.CreateLogger("Portcullis.Server.Uploads");
        var limit = server.Configuration.Limits.MaxUploadBytes;
        if (context.Request.ContentLength > limit)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, "The configuration is too large", $"This server accepts configurations up to {limit} bytes.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return Problems.Of(StatusCodes.Status413PayloadTooLarge, "The configuration is too large", $"This server accepts configurations up to {limit} bytes.");
            }
        }

        var fileName = SnapshotFiles.SafeName(name ?? FileNameFromHeader(context.Request) ?? "config.json");
        var accountName = string.IsNullOrWhiteSpace(account) ? "default" : account.Trim();
        if (accountName.Length > 100 || accountName.Any(char.IsControl))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "Invalid account", "An account name is at most 100 characters, without control characters.");
        }

        var kind = SnapshotSource.FileUpload;
        if (source is not null && !(SnapshotSourceNames.TryParse(source, out kind) && kind is SnapshotSource.FileUpload or SnapshotSource.TerraformUpload))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "Invalid source", "'source' is file-upload (the default) or terraform-upload.");
        }

        var content = buffer.ToArray();
        var validation = SnapshotUploads.Validate(content, fileName);
        if (validation.IsTerraform || kind == SnapshotSource.TerraformUpload)
        {
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, "Terraform is not read by this version",
                "This looks like a Terraform state or plan; this version of Portcullis reads the IBM Cloud VPC configuration JSON (the collector's output). Upload that instead.");
        }

        if (!validation.IsValid)
        {
            ServerLog.UploadRefused(logger, fileName, validation.Errors.Count);
            return Problems.Of(StatusCodes.Status400BadRequest, "The configuration has errors",
                $"{validation.Errors.Count} error(s) in {fileName}; nothing was stored.",
                new Dictionary<string, object?> { ["diagnostics"] = SnapshotUploads.Describe(validation.Diagnostics) });
        }

        var by = context.User.FindFirstValue(ClaimTypes.Name) ?? "unknown";
        var saved = await server.Store.SaveSnapshotAsync(new NewSnapshot(accountName, kind, fileName, content, $"uploaded with token '{by}'"), server.Time.GetUtcNow(), context.RequestAborted)
            .ConfigureAwait(false);
        ServerMetrics.SnapshotsStored.WithLabels(SnapshotSourceNames.Name(kind), saved.Created ? "true" : "false").Inc();
        ServerLog.SnapshotStored(logger, saved.Snapshot.Id, accountName, SnapshotSourceNames.Name(kind), content.Length, saved.Created);
        var body = new Dictionary<string, object?>
        {
            ["id"] = saved.Snapshot.Id,
            ["created"] = saved.Created,
            ["snapshot"] = Json.Snapshot(saved.Snapshot),
            ["warnings"] = SnapshotUploads.Describe(validation.Diagnostics.Where(d => d.Severity != Core.Diagnostics.Severity.Note)),
        };
        return saved.Created ? Results.Created($"/api/v1/snapshots/{saved.Snapshot.Id}", body) : Results.Ok(body);
    }

    private static async Task<IResult> ListAsync(ServerContext server, string? account, long? before, int? limit, CancellationToken cancellationToken)
    {
        var snapshots = await server.Store.ListSnapshotsAsync(new SnapshotQuery(account, before, Math.Clamp(limit ?? 50, 1, 500)), cancellationToken).ConfigureAwait(false);
        var items = new List<Dictionary<string, object?>>();
        foreach (var snapshot in snapshots)
        {
            items.Add(Json.Snapshot(snapshot, await server.Store.GetDriftAsync(snapshot.Id, cancellationToken).ConfigureAwait(false)));
        }

        return Results.Ok(new Dictionary<string, object?> { ["snapshots"] = items, ["next"] = snapshots.Count > 0 ? snapshots[^1].Id : null });
    }

    private static async Task<IResult> GetAsync(ServerContext server, long id, CancellationToken cancellationToken)
    {
        var snapshot = await server.Store.GetSnapshotAsync(id, cancellationToken).ConfigureAwait(false);
        if (snapshot is null)
        {
            return NotFound(id);
        }

        var body = Json.Snapshot(snapshot, await server.Store.GetDriftAsync(id, cancellationToken).ConfigureAwait(false));
        body["previous"] = (await server.Store.GetPreviousSnapshotAsync(snapshot, cancellationToken).ConfigureAwait(false))?.Id;
        body["alerts"] = (await server.Store.ListAlertsAsync(null, id, 100, cancellationToken).ConfigureAwait(false)).Select(Json.Alert).ToList();
        body["requirements"] = (await server.Store.GetRequirementStatusesAsync(id, null, cancellationToken).ConfigureAwait(false))
            .Select(r => new Dictionary<string, object?> { ["cluster"] = r.Cluster, ["requirement"] = r.Requirement, ["status"] = r.Status }).ToList();
        return Results.Ok(body);
    }

    private static async Task<IResult> ContentAsync(ServerContext server, long id, CancellationToken cancellationToken)
    {
        var snapshot = await server.Store.GetSnapshotAsync(id, cancellationToken).ConfigureAwait(false);
        var content = snapshot is null ? null : await server.Store.GetContentAsync(snapshot.ContentHash, cancellationToken).ConfigureAwait(false);
        return content is null ? NotFound(id) : Results.File(content, "application/json", snapshot!.Name);
    }

    public static IResult NotFound(long id) => Problems.Of(StatusCodes.Status404NotFound, "No such snapshot", $"There is no snapshot {id}.");

    private static string? FileNameFromHeader(HttpRequest request) =>
        ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition)
            ? (disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value)?.Trim('"')
            : null;
}
