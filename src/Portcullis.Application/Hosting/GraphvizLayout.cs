using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Portcullis.Formats.Graph;

namespace Portcullis.Application.Hosting;

/// <summary>Lays out graphs with Graphviz: runs <c>dot -Tsvg</c>, with the DOT on standard input, under a time limit.</summary>
public sealed class GraphvizLayout : IGraphLayout
{
    /// <summary>What to do when Graphviz is not installed.</summary>
    public const string InstallHint =
        "Install Graphviz (Debian/Ubuntu: sudo apt-get install graphviz; Fedora: sudo dnf install graphviz; macOS: brew install graphviz),\n"
        + "or write --format dot and lay it out elsewhere (dot -Tsvg graph.dot -o graph.svg).";

    private readonly string? _executable;
    private readonly TimeSpan _timeout;

    /// <summary>Uses <c>dot</c> from PATH, or the given executable.</summary>
    /// <param name="executable">The <c>dot</c> to run, or <see langword="null"/> for the one on PATH.</param>
    /// <param name="timeout">How long a layout may take (two minutes by default).</param>
    public GraphvizLayout(string? executable = null, TimeSpan? timeout = null)
    {
        _executable = executable;
        _timeout = timeout ?? TimeSpan.FromMinutes(2);
    }

    /// <summary>The full path of <c>dot</c> on PATH, or <see langword="null"/>.</summary>
    public static string? FindOnPath()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "dot.exe" } : ["dot"];
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <inheritdoc />
    public async Task<string> LayoutAsync(string dot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dot);
        var executable = _executable ?? FindOnPath()
            ?? throw new GraphLayoutException("Graphviz's 'dot' command is not on PATH; the HTML graph needs it for the layout") { Hint = InstallHint };
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList = { "-Tsvg" },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GraphLayoutException($"cannot start Graphviz ({executable})") { Hint = InstallHint };
        }
        catch (Win32Exception e)
        {
            throw new GraphLayoutException($"cannot start Graphviz ({executable}): {e.Message}", e) { Hint = InstallHint };
        }

        using (process)
        {
            using var deadline = new CancellationTokenSource(_timeout);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            try
            {
                // Read both streams while writing, so a large graph cannot fill a pipe and stall both processes.
                var output = process.StandardOutput.ReadToEndAsync(stop.Token);
                var error = process.StandardError.ReadToEndAsync(stop.Token);
                try
                {
                    await process.StandardInput.WriteAsync(dot.AsMemory(), stop.Token).ConfigureAwait(false);
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // dot stopped reading (it failed early); its exit code and message tell why.
                }

                await process.WaitForExitAsync(stop.Token).ConfigureAwait(false);
                if (process.ExitCode != 0)
                {
                    var message = (await error.ConfigureAwait(false)).Trim();
                    throw new GraphLayoutException($"Graphviz failed (exit code {process.ExitCode}){(message.Length == 0 ? string.Empty : ": " + message)}");
                }

                return await output.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                Stop(process);
                cancellationToken.ThrowIfCancellationRequested();
                throw new GraphLayoutException($"Graphviz did not finish the layout within {_timeout.TotalSeconds:0} s")
                {
                    Hint = "Draw less at a time (--vpc NAME), or write --format dot and lay it out with another Graphviz engine (sfdp -Tsvg).",
                };
            }
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited in the meantime.
        }
    }
}
