using System.Collections.Immutable;

namespace Portcullis.Server.Configuration;

/// <summary>Where an account's configuration is read from.</summary>
/// <param name="Kind">The kind of source: <c>file</c>, <c>url</c> or <c>collect</c>.</param>
/// <param name="Path">For <c>file</c>: the file, absolute.</param>
/// <param name="Url">For <c>url</c>: the URL.</param>
/// <param name="Secret">The API key (<c>collect</c>) or bearer token (<c>url</c>), if any.</param>
/// <param name="Options">Other settings of the source (for <c>collect</c>: <c>regions</c>, <c>resourceGroup</c> ...), as written.</param>
public sealed record SourceSettings(string Kind, string? Path, Uri? Url, SecretReference? Secret, ImmutableDictionary<string, string> Options);
