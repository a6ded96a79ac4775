using System.Globalization;

namespace Portcullis.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for tests: <c>initdb</c> in a temporary folder and <c>pg_ctl start</c>, listening
/// only on a Unix socket in that folder (no TCP port to collide with), stopped and deleted on dispose. Runs as the
/// <c>postgres</c> user when the tests run as root (PostgreSQL refuses root). <see cref="TryStart"/> says why not
/// where it cannot start, and the tests that need it skip with that reason.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string _directory;
    private readonly string _binaries;
    private readonly string[] _runAs;

    private PostgresServer(string directory, string binaries, string[] runAs, int port)
    {
        _directory = directory;
        _binaries = binaries;
        _runAs = runAs;
        Port = port;
    }

    /// <summary>The socket's port number (part of the socket file's name).</summary>
    public int Port { get; }

    /// <summary>A connection string for the database <paramref name="database"/> (create it first with <see cref="CreateDatabase"/>).</summary>
    public string ConnectionString(string database = "postgres") =>
        $"Host={_directory};Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=15";

    /// <summary>Starts a server, or returns <see langword="null"/> with the reason it cannot.</summary>
    public static PostgresServer? TryStart(out string? reason)
    {
        reason = null;
        var binaries = FindBinaries();
        if (binaries is null)
        {
            reason = "PostgreSQL is not installed (apt-get install postgresql; .ci/setup installs it)";
            return null;
        }

        string[] runAs = [];
        if (Environment.UserName == "root")
        {
            if (!File.Exists("/usr/sbin/runuser") || !UserExists("postgres"))
            {
                reason = "running as root without a 'postgres' user to run PostgreSQL as";
                return null;
            }

            runAs = ["/usr/sbin/runuser", "-u", "postgres", "--"];
        }

        var directory = Directory.CreateTempSubdirectory("pc-pg-").FullName;
        if (runAs.Length > 0)
        {
            Run(["chown", "postgres", directory], TimeSpan.FromSeconds(10));
        }

        var port = 20000 + Random.Shared.Next(20000);
        var data = Path.Combine(directory, "data");
        var init = Run([.. runAs, Path.Combine(binaries, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"], TimeSpan.FromSeconds(60));
        if (init.Code != 0)
        {
            reason = $"initdb failed: {Last(init.Output)}";
            Delete(directory);
            return null;
        }

        var options = $"-c listen_addresses='' -c unix_socket_directories='{directory}' -p {port.ToString(CultureInfo.InvariantCulture)} -c fsync=off -c max_connections=200";
        var start = Run([.. runAs, Path.Combine(binaries, "pg_ctl"), "-D", data, "-l", Path.Combine(directory, "log"), "-o", options, "-w", "-t", "30", "start"], TimeSpan.FromSeconds(60));
        if (start.Code != 0)
        {
            var log = File.Exists(Path.Combine(directory, "log")) ? File.ReadAllText(Path.Combine(directory, "log")) : start.Output;
            reason = $"pg_ctl start failed: {Last(log)}";
            Delete(directory);
            return null;
        }

        return new PostgresServer(directory, binaries, runAs, port);
    }

    /// <summary>Creates a database and returns its connection string.</summary>
    public string CreateDatabase(string name)
    {
        var result = Run([.. _runAs, Path.Combine(_binaries, "createdb"), "-h", _directory, "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", name], TimeSpan.FromSeconds(30));
        if (result.Code != 0)
        {
            throw new InvalidOperationException($"createdb {name} failed: {result.Output}");
        }

        return ConnectionString(name);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Run([.. _runAs, Path.Combine(_binaries, "pg_ctl"), "-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop"], TimeSpan.FromSeconds(30));
        Delete(_directory);
    }

    private static string? FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("PORTCULLIS_PG_BIN") is { Length: > 0 } configured && File.Exists(Path.Combine(configured, "initdb")))
        {
            return configured;
        }

        var root = "/usr/lib/postgresql";
        return Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl"))).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
    }

    private static bool UserExists(string name) => File.ReadLines("/etc/passwd").Any(l => l.StartsWith(name + ":", StringComparison.Ordinal));

    private static (int Code, string Output) Run(string[] command, TimeSpan timeout)
    {
        try
        {
            var run = ExternalTools.Start(command[0], command[1..], null, timeout);
            return (run.ExitCode, run.Output + run.Error);
        }
        catch (Exception e) when (e is TimeoutException or System.ComponentModel.Win32Exception)
        {
            return (-1, e.Message);
        }
    }

    private static string Last(string text) => text.Trim().Split('\n').LastOrDefault()?.Trim() ?? "no output";

    private static void Delete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A server that did not stop in time may still hold a file; the temporary folder is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
