using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portcullis.Server.Hosting;
using Portcullis.Storage;

namespace Portcullis.Server.Security;

/// <summary>Authenticates <c>Authorization: Bearer TOKEN</c> by the token's hash in the store (looked up through a short cache).</summary>
internal sealed class BearerAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    private readonly TokenCache _tokens;

    public BearerAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TokenCache tokens)
        : base(options, logger, encoder)
    {
        _tokens = tokens;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return AuthenticateResult.Fail("the Authorization header is not 'Bearer TOKEN'");
        }

        var token = header[7..].Trim();
        var record = await _tokens.FindAsync(Tokens.Hash(token), Context.RequestAborted).ConfigureAwait(false);
        if (record is null)
        {
            ServerLog.TokenRejected(Logger, Context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return AuthenticateResult.Fail("the token is unknown or revoked");
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, record.Name),
            new Claim(ClaimTypes.Role, record.Role == TokenRole.Admin ? Roles.Admin : Roles.ReadOnly),
            new Claim(Roles.TokenIdClaim, record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ], Roles.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Roles.Scheme));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Problems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Authentication required",
            "Send 'Authorization: Bearer TOKEN' with a token of this server.").ConfigureAwait(false);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Problems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Not allowed", "This needs an admin token; the token given is read-only.").ConfigureAwait(false);
    }
}
