using System.Diagnostics;
using System.Text;

namespace Portcullis.Testing;

/// <summary>
/// The programs some tests drive (Graphviz, headless Chromium): where they are, why a test skips without them, and a
/// bounded way to run them. <c>.ci/setup</c> installs them on a CI machine.
/// </summary>
public static class ExternalTools
{
    /// <summary>Graphviz's <c>dot</c>, or <see langword="null"/>.</summary>
    public static string? Dot { get; } = Find("dot");

    /// <summary>Chromium (or Chrome), or <see langword="null"/>.</summary>
    public static string? Chromium { get; } = Environment.GetEnvironmentVariable("PORTCULLIS_CHROMIUM") is { Length: > 0 } configured && File.Exists(configured)
        ? configured
        : Find("chromium") ?? Find("chromium-browser") ?? Find("google-chrome");

    /// <summary>The reason a test that needs Graphviz skips.</summary>
    public const string NoDotReason = "Graphviz's 'dot' is not installed (apt-get install graphviz; .ci/setup installs it)";

    /// <summary>The reason a test that needs Chromium skips.</summary>
    public const string NoChromiumReason = "Chromium is not installed (apt-get install chromium; .ci/setup installs it)";

    /// <summary>The result of a run.</summary>
    public sealed record Run(int ExitCode, string Output, string Error);

    /// <summary>Runs a program with arguments and optional standard input; kills it after <paramref name="timeout"/>.</summary>
    public static Run Start(string executable, IEnumerable<string> arguments, string? input, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (input is not null)
        {
            start.StandardInputEncoding = new UTF8Encoding(false);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{executable} did not finish within {timeout.TotalSeconds:0} s");
        }

        process.WaitForExit();
        return new Run(process.ExitCode, output.Result, error.Result);
    }

    private static string? Find(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
