using Microsoft.Extensions.Logging;
using Portcullis.Application.Hosting;
using Portcullis.Server.Configuration;
using Portcullis.Server.Watching;
using Portcullis.Storage;

namespace Portcullis.Server.Hosting;

/// <summary>Everything the server is made of, decided before it starts (the command gives the process's own; tests give fakes).</summary>
internal sealed record ServerSettings
{
    public required IPortcullisStore Store { get; init; }

    /// <summary>Where snapshot files are written for the handlers to read.</summary>
    public required string FilesRoot { get; init; }

    /// <summary>The store, described for people (never with a password).</summary>
    public string StoreDescription { get; init; } = string.Empty;

    public string Urls { get; init; } = "http://127.0.0.1:8080";

    public ServerConfiguration Configuration { get; init; } = ServerConfiguration.Empty;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public Func<string, string?> Variables { get; init; } = static _ => null;

    /// <summary>Makes each account's source; by default from its settings through <see cref="AccountSources"/>.</summary>
    public Func<AccountSettings, IAccountSource>? Sources { get; init; }

    public TimeSpan WatchInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether the watcher runs its rounds in the background (tests run them by hand).</summary>
    public bool RunWatcher { get; init; } = true;

    /// <summary>This replica's name in leases.</summary>
    public string Replica { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public IGraphLayout GraphLayout { get; init; } = new GraphvizLayout();

    /// <summary>Where logs go; none by default.</summary>
    public Action<ILoggingBuilder>? Logging { get; init; }

    /// <summary>The HTTP client for webhooks and URL sources.</summary>
    public HttpClient? HttpClient { get; init; }
}
