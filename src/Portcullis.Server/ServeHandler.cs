using System.Data.Common;
using Microsoft.Extensions.Logging;
using Portcullis.Application.Hosting;
using Portcullis.Core.Diagnostics;
using Portcullis.Server.Configuration;
using Portcullis.Server.Hosting;
using Portcullis.Server.Security;
using Portcullis.Server.Watching;
using Portcullis.Storage;
using Portcullis.Storage.Postgres;
using Portcullis.Storage.Sqlite;

namespace Portcullis.Server;

/// <summary>
/// Runs <c>portcullis serve</c>: reads the configuration file, opens and migrates the store, seeds the bootstrap
/// token and the seed snapshots, and serves until Ctrl+C or SIGTERM. Bad configuration or an unreachable store
/// stop it before it listens, with exit code 2.
/// </summary>
public sealed class ServeHandler : ICommandHandler<ServeOptions>
{
    /// <summary>The environment variable whose token becomes the first admin token of an empty store.</summary>
    public const string BootstrapVariable = "PORTCULLIS_BOOTSTRAP_TOKEN";

    /// <inheritdoc />
    public async Task<int> RunAsync(ServeOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (options.DataDirectory is null && options.Database is null)
        {
            return environment.UsageError("give --data DIR (a SQLite store in that folder) or --database CONNECTION (PostgreSQL)", "Run 'portcullis serve --help' for usage and examples.");
        }

        if (options.LogFormat is not ("text" or "json" or "none"))
        {
            return environment.UsageError($"--log-format is '{options.LogFormat}': use text, json or none");
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var configuration = ServerConfiguration.Empty;
        if (options.ConfigFile is not null)
        {
            var diagnostics = new DiagnosticBag();
            var kinds = AccountSources.BuiltIn(http, environment.Variables, 0).Kinds;
            if (!ServerConfigurationReader.TryReadFile(options.ConfigFile, kinds, diagnostics, out configuration) | environment.Report(diagnostics.ToImmutable()))
            {
                return ExitCodes.BadInput;
            }
        }

        var bootstrap = environment.Variables(BootstrapVariable);
        if (bootstrap is not null && bootstrap.Trim().Length < Tokens.MinimumLength)
        {
            return environment.UsageError($"{BootstrapVariable} is shorter than {Tokens.MinimumLength} characters; choose a long random token (openssl rand -hex 32)");
        }

        IPortcullisStore store;
        string description;
        string filesRoot;
        try
        {
            if (options.Database is not null)
            {
                store = PostgresStore.Open(options.Database);
                description = PostgresStore.Describe(options.Database);
            }
            else
            {
                Directory.CreateDirectory(options.DataDirectory!);
                var sqlite = await SqliteStore.OpenAsync(Path.Combine(options.DataDirectory!, "portcullis.db"), cancellationToken).ConfigureAwait(false);
                store = sqlite;
                description = sqlite.Path;
            }

            filesRoot = Path.GetFullPath(Path.Combine(options.DataDirectory ?? Path.Combine(Path.GetTempPath(), "portcullis-files"), "files"));
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or StoreException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            return environment.UsageError($"cannot open the store: {e.Message}");
        }

        await using (store.ConfigureAwait(false))
        {
            var now = environment.Clock.GetUtcNow();
            if (bootstrap is not null && await store.SeedAdminTokenAsync("bootstrap", Tokens.Hash(bootstrap.Trim()), now, cancellationToken).ConfigureAwait(false))
            {
                environment.Error.WriteLine($"portcullis: seeded the first admin token from {BootstrapVariable}");
            }
            else if ((await store.ListTokensAsync(cancellationToken).ConfigureAwait(false)).Count == 0)
            {
                environment.Error.WriteLine($"portcullis: warning: the store has no token, so nobody can use the API; set {BootstrapVariable} and restart");
            }

            foreach (var seed in options.Seeds)
            {
                if (await SeedAsync(store, seed, options.SeedAccount, environment, cancellationToken).ConfigureAwait(false) is { } failure)
                {
                    return failure;
                }
            }

            var settings = new ServerSettings
            {
                Store = store,
                FilesRoot = filesRoot,
                StoreDescription = description,
                Urls = options.Urls,
                Configuration = configuration,
                Time = environment.Clock,
                Variables = environment.Variables,
                HttpClient = http,
                // ASP.NET Core's own information (a few lines per request) would bury the server's events: only its warnings.
                Logging = options.LogFormat switch
                {
                    "json" => logging => logging.AddJsonConsole().AddFilter("Microsoft.AspNetCore", LogLevel.Warning),
                    "none" => null,
                    _ => logging => logging.AddSimpleConsole(console =>
                    {
                        console.SingleLine = true;
                        console.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
                        console.UseUtcTimestamp = true;
                    }).AddFilter("Microsoft.AspNetCore", LogLevel.Warning),
                },
            };
            PortcullisServer server;
            try
            {
                server = await PortcullisServer.StartAsync(settings, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                return environment.UsageError($"cannot listen on {options.Urls}: {e.Message}");
            }

            await using (server.ConfigureAwait(false))
            {
                environment.Error.WriteLine($"portcullis: serving on {string.Join(", ", server.Urls)} (store: {store.Kind} {description}); the web UI is at /, the API under /api/v1");
                await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        environment.Error.WriteLine("portcullis: stopped");
        return ExitCodes.Success;
    }

    private static async Task<int?> SeedAsync(IPortcullisStore store, string file, string account, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return environment.UsageError($"cannot read --seed {file}: {e.Message}");
        }

        var validation = SnapshotUploads.Validate(content, file);
        if (environment.Report(validation.Diagnostics) || !validation.IsValid)
        {
            return ExitCodes.BadInput;
        }

        var saved = await store.SaveSnapshotAsync(new NewSnapshot(account, SnapshotSource.FileUpload, SnapshotFiles.SafeName(file), content, $"seeded from {Path.GetFileName(file)}"),
            environment.Clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        environment.Error.WriteLine(saved.Created
            ? $"portcullis: seeded snapshot {saved.Snapshot.Id} of account {account} from {file}"
            : $"portcullis: {file} is already snapshot {saved.Snapshot.Id} of account {account}");
        return null;
    }
}
