namespace Portcullis.Storage;

/// <summary>A bearer token as stored: its name and role, never the token itself (only its SHA-256 is kept).</summary>
/// <param name="Id">The token's number.</param>
/// <param name="Name">What it is for, such as <c>ci</c> or <c>alice</c>.</param>
/// <param name="Role">What it may do.</param>
/// <param name="CreatedAt">When it was made.</param>
public sealed record TokenRecord(long Id, string Name, TokenRole Role, DateTimeOffset CreatedAt);
