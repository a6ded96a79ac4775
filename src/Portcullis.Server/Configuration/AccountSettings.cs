namespace Portcullis.Server.Configuration;

/// <summary>An account the server keeps snapshots of: where they come from, and how often.</summary>
/// <param name="Name">The account's name (its timeline's).</param>
/// <param name="Source">Where its configuration is read.</param>
/// <param name="Every">How often it is read, or <see langword="null"/> for only when asked.</param>
public sealed record AccountSettings(string Name, SourceSettings Source, TimeSpan? Every);
