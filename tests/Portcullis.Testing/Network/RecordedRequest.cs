namespace Portcullis.Testing.Network;

/// <summary>A request a test server received.</summary>
/// <param name="Head">The request head.</param>
/// <param name="ServerName">The TLS server name the client sent (SNI), or null for plain HTTP or none sent.</param>
public sealed record RecordedRequest(HttpHead Head, string? ServerName);
