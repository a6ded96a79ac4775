namespace Portcullis.Server.Security;

/// <summary>The roles and the authorization policies that use them.</summary>
internal static class Roles
{
    public const string Admin = "admin";

    public const string ReadOnly = "read-only";

    /// <summary>Any valid token.</summary>
    public const string ReadPolicy = "read";

    /// <summary>An admin token.</summary>
    public const string AdminPolicy = "admin";

    public const string Scheme = "Bearer";

    public const string TokenIdClaim = "portcullis:token-id";
}
