using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;
using Portcullis.Server;

namespace Portcullis.Cli.Commands;

/// <summary><c>portcullis serve</c>.</summary>
internal static class ServeCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "serve",
            "Serve the API and web UI: keep snapshots of the firewalls, answer report, explain, lint, diff and cluster questions on them, "
            + "collect accounts on a schedule, and alert (webhooks, UI) when a change blocks a cluster requirement. "
            + $"The first admin token comes from {ServeHandler.BootstrapVariable} when the store has none.");
        var urls = new Option<string>("--urls") { Description = "Where to listen, separated by semicolons.", DefaultValueFactory = _ => "http://127.0.0.1:8080", HelpName = "URLS" };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The data folder: the SQLite store (portcullis.db) and snapshot files.", HelpName = "DIR" };
        var database = new Option<string?>("--database") { Description = "A PostgreSQL connection string, for a store several replicas share (instead of SQLite).", HelpName = "CONNECTION" };
        var config = new Option<FileInfo?>("--config") { Description = "The server configuration (YAML): accounts and their schedules, clusters, webhooks, limits.", HelpName = "FILE" };
        var seed = new Option<FileInfo[]>("--seed") { Description = "Store this configuration file as a snapshot at start (once); repeat for several.", HelpName = "FILE", Arity = ArgumentArity.OneOrMore };
        var seedAccount = new Option<string>("--seed-account") { Description = "The account seeded snapshots go to.", DefaultValueFactory = _ => "default", HelpName = "NAME" };
        var logFormat = new Option<string>("--log-format") { Description = "Logs on standard output: text, json or none.", DefaultValueFactory = _ => "text", HelpName = "FORMAT" };
        logFormat.AcceptOnlyFromAmong("text", "json", "none");
        foreach (var option in new Option[] { urls, data, database, config, seed, seedAccount, logFormat })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "PORTCULLIS_BOOTSTRAP_TOKEN=$(openssl rand -hex 32) portcullis serve --data /var/lib/portcullis --seed examples/iks-multizone/config.json",
            "portcullis serve --data /var/lib/portcullis --config /etc/portcullis/server.yaml --urls http://0.0.0.0:8080",
            "portcullis serve --database 'Host=db;Database=portcullis;Username=portcullis' --data /var/lib/portcullis --config server.yaml");
        CommandAction.Set(command, environment, new ServeHandler(), result => new ServeOptions
        {
            Urls = result.GetValue(urls)!,
            DataDirectory = result.GetValue(data)?.ToString(),
            Database = result.GetValue(database),
            ConfigFile = result.GetValue(config)?.ToString(),
            Seeds = CommonOptions.Paths(result, seed),
            SeedAccount = result.GetValue(seedAccount)!,
            LogFormat = result.GetValue(logFormat)!,
        });
        return command;
    }
}
