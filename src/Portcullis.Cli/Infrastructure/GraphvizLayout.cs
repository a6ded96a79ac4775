using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Portcullis.Formats.Graph;

namespace Portcullis.Cli.Infrastructure;

/// <summary>Lays out graphs with Graphviz: runs <c>dot -Tsvg</c>, with the DOT on standard input, under a time limit.</summary>
internal sealed class GraphvizLayout : ISvgLayout
{
    /// <summary>What to do when Graphviz is not installed.</summary>
    public const string InstallHint =
        "Install Graphviz (Debian/Ubuntu: sudo apt-get install graphviz; Fedora: sudo dnf install graphviz; macOS: brew install graphviz),\n"
        + "or write --format dot and lay it out elsewhere (dot -Tsvg graph.dot -o graph.svg).";

    private readonly string? _executable;
    private readonly TimeSpan _timeout;

    /// <summary>Uses <c>dot</c> from PATH, or the given executable.</summary>
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
    public string Layout(string dot)
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
            // Read both streams while writing, so a large graph cannot fill a pipe and stall both processes.
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            try
            {
                process.StandardInput.Write(dot);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // dot stopped reading (it failed early); its exit code and message tell why.
            }

            if (!process.WaitForExit(_timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new GraphLayoutException($"Graphviz did not finish the layout within {_timeout.TotalSeconds:0} s")
                {
                    Hint = "Draw less at a time (--vpc NAME), or write --format dot and lay it out with another Graphviz engine (sfdp -Tsvg).",
                };
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var message = error.Result.Trim();
                throw new GraphLayoutException($"Graphviz failed (exit code {process.ExitCode}){(message.Length == 0 ? string.Empty : ": " + message)}");
            }

            return output.Result;
        }
    }
}
