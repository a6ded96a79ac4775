using System.Security.Cryptography;
using System.Text;

namespace Portcullis.Server.Security;

/// <summary>Bearer tokens: 256 random bits, kept in the store only as their SHA-256.</summary>
public static class Tokens
{
    /// <summary>The shortest token accepted (the bootstrap token is chosen by a person).</summary>
    public const int MinimumLength = 16;

    /// <summary>A new token: <c>pc_</c> and 256 random bits in URL-safe base64.</summary>
    public static string New() => "pc_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The hash the store keeps of <paramref name="token"/>.</summary>
    /// <param name="token">The token.</param>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
