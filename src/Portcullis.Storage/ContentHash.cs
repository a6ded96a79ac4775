using System.Security.Cryptography;

namespace Portcullis.Storage;

/// <summary>The hash that identifies a snapshot's content: SHA-256 in lower-case hexadecimal.</summary>
public static class ContentHash
{
    /// <summary>The hash of <paramref name="content"/>.</summary>
    /// <param name="content">The bytes.</param>
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Whether <paramref name="text"/> has the form of a hash.</summary>
    /// <param name="text">The text.</param>
    public static bool IsWellFormed(string? text) => text is { Length: 64 } && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
