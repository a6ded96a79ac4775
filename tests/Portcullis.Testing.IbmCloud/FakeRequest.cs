namespace Portcullis.Testing.IbmCloud;

/// <summary>A request the fake received.</summary>
/// <param name="Method">GET or POST.</param>
/// <param name="Path">The path, decoded.</param>
/// <param name="Query">The query string, with its <c>?</c>.</param>
/// <param name="Authorization">The Authorization header, if any.</param>
/// <param name="Status">The status it was answered with (0 when the connection was cut).</param>
public sealed record FakeRequest(string Method, string Path, string Query, string? Authorization, int Status);
