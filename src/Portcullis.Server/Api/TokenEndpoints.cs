using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Portcullis.Server.Hosting;
using Portcullis.Server.Security;
using Portcullis.Storage;

namespace Portcullis.Server.Api;

/// <summary>Tokens (admin only): list, create (the token is shown once, only its hash is kept), revoke; and who the caller is.</summary>
internal static class TokenEndpoints
{
    public sealed record NewToken(string? Name, string? Role);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/whoami", (ClaimsPrincipal user) => Results.Ok(new Dictionary<string, object?>
        {
            ["name"] = user.FindFirstValue(ClaimTypes.Name),
            ["role"] = user.FindFirstValue(ClaimTypes.Role),
        })).WithSummary("The caller's token name and role");

        var tokens = api.MapGroup("/tokens").RequireAuthorization(Roles.AdminPolicy);
        tokens.MapGet("/", async (ServerContext server, CancellationToken cancellationToken) =>
            Results.Ok(new Dictionary<string, object?> { ["tokens"] = (await server.Store.ListTokensAsync(cancellationToken).ConfigureAwait(false)).Select(Json.Token).ToList() }))
            .WithSummary("The tokens (names and roles; never the tokens)");

        tokens.MapPost("/", async (ServerContext server, ClaimsPrincipal user, ILoggerFactory logs, NewToken request, CancellationToken cancellationToken) =>
        {
            var name = request.Name?.Trim();
            if (string.IsNullOrEmpty(name) || name.Length > 100 || name.Any(char.IsControl))
            {
                return Problems.Of(StatusCodes.Status400BadRequest, "Invalid token name", "'name' is required: what the token is for, at most 100 characters.");
            }

            TokenRole? role = request.Role switch
            {
                null or "read-only" => TokenRole.ReadOnly,
                "admin" => TokenRole.Admin,
                _ => null,
            };
            if (role is null)
            {
                return Problems.Of(StatusCodes.Status400BadRequest, "Invalid role", "'role' is read-only (the default) or admin.");
            }

            var token = Tokens.New();
            var record = await server.Store.AddTokenAsync(name, role.Value, Tokens.Hash(token), server.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            server.Tokens.Forget();
            ServerLog.TokenChanged(logs.CreateLogger("Portcullis.Server.Tokens"), record.Id, name, role.Value.ToString(), "created", user.FindFirstValue(ClaimTypes.Name) ?? "?");
            var body = Json.Token(record);
            body["token"] = token;
            return Results.Created($"/api/v1/tokens/{record.Id}", body);
        }).WithSummary("Create a token; the answer holds it, and it is never shown again");

        tokens.MapDelete("/{id:long}", async (ServerContext server, ClaimsPrincipal user, ILoggerFactory logs, long id, CancellationToken cancellationToken) =>
        {
            if (!await server.Store.RevokeTokenAsync(id, cancellationToken).ConfigureAwait(false))
            {
                return Problems.Of(StatusCodes.Status404NotFound, "No such token", $"There is no token {id}.");
            }

            server.Tokens.Forget();
            ServerLog.TokenChanged(logs.CreateLogger("Portcullis.Server.Tokens"), id, "-", "-", "revoked", user.FindFirstValue(ClaimTypes.Name) ?? "?");
            return Results.NoContent();
        }).WithSummary("Revoke a token");
    }
}
