using System.Collections.Immutable;

namespace Portcullis.Server;

/// <summary>What <c>portcullis serve</c> is asked: where to listen, where to keep the store, what to watch.</summary>
public sealed record ServeOptions
{
    /// <summary>The addresses to listen on, separated by semicolons.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:8080";

    /// <summary>The data folder (the SQLite store and the snapshot files), or <see langword="null"/>.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>A PostgreSQL connection string instead of the SQLite file, or <see langword="null"/>.</summary>
    public string? Database { get; init; }

    /// <summary>The configuration file (accounts, clusters, webhooks, limits), or <see langword="null"/> for uploads only.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Configuration files to store as snapshots when the server starts (each is stored once).</summary>
    public ImmutableArray<string> Seeds { get; init; } = [];

    /// <summary>The account seeded snapshots go to.</summary>
    public string SeedAccount { get; init; } = "default";

    /// <summary>How logs are written to standard output: <c>text</c>, <c>json</c> or <c>none</c>.</summary>
    public string LogFormat { get; init; } = "text";
}
