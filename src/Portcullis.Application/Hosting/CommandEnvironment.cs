using Portcullis.Core.Diagnostics;
using Portcullis.Formats.Text;

namespace Portcullis.Application.Hosting;

/// <summary>
/// Where a command runs: its output and error streams, the terminal if there is one, the writer of output files,
/// the graph layout, the clock and the environment variables. The command line gives the process's own; tests and a
/// server give theirs, so that no handler touches the console or the process environment.
/// </summary>
public sealed class CommandEnvironment
{
    /// <summary>An environment writing to <paramref name="output"/> and <paramref name="error"/>, with no terminal and no variables.</summary>
    /// <param name="output">Where results go (unless an output file is named).</param>
    /// <param name="error">Where diagnostics, warnings and progress go.</param>
    public CommandEnvironment(TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        Output = output;
        Error = error;
    }

    /// <summary>Standard output: results go here unless an output file is named.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error: diagnostics, warnings and progress.</summary>
    public TextWriter Error { get; }

    /// <summary>Standard output as an interactive terminal, or <see langword="null"/> where it is not one.</summary>
    public ITerminal? Terminal { get; init; }

    /// <summary>Standard error as an interactive terminal (for progress bars), or <see langword="null"/> where it is not one.</summary>
    public IProgressTerminal? ErrorTerminal { get; init; }

    /// <summary>What lays out the HTML graph (Graphviz by default).</summary>
    public IGraphLayout GraphLayout { get; init; } = new GraphvizLayout();

    /// <summary>The clock for timeouts and elapsed times.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Reads an environment variable (the proxy settings); none are set by default.</summary>
    public Func<string, string?> Variables { get; init; } = static _ => null;

    /// <summary>
    /// Opens standard input, for an input given as <c>-</c>; <see langword="null"/> where there is none to read (a
    /// terminal, or a server). The command line gives the process's own when it is redirected.
    /// </summary>
    public Func<Stream>? StandardInput { get; init; }

    private int _standardInputTaken;

    /// <summary>
    /// Takes standard input for one input of the command: it can be read only once, so a second input given as
    /// <c>-</c> gets <see langword="false"/>, as does any where there is no standard input to read.
    /// </summary>
    /// <param name="input">Standard input, to read to its end.</param>
    public bool TryTakeStandardInput([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Stream? input)
    {
        input = null;
        if (StandardInput is null || Interlocked.Exchange(ref _standardInputTaken, 1) != 0)
        {
            return false;
        }

        input = StandardInput();
        return true;
    }

    /// <summary>Resolves a host name to its addresses: DNS by default; tests give a fake, so that none touches the network.</summary>
    public Func<string, CancellationToken, Task<System.Net.IPAddress[]>> ResolveHost { get; init; } = System.Net.Dns.GetHostAddressesAsync;

    /// <summary>Whether notes are printed too (<c>--verbose</c>); the command line sets it once it has parsed its arguments.</summary>
    public bool Verbose { get; set; }

    /// <summary>Prints diagnostics (see <see cref="DiagnosticPrinter"/>) and returns whether any was an error.</summary>
    /// <param name="diagnostics">What the readers and checks found.</param>
    public bool Report(IEnumerable<Diagnostic> diagnostics) => DiagnosticPrinter.Print(Error, diagnostics, Verbose);

    /// <summary>Prints a usage error and what to do about it; returns <see cref="ExitCodes.BadInput"/>.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="hint">A line on what to do, if any.</param>
    public int UsageError(string message, string? hint = null)
    {
        // Messages quote file names and values from input: escaped, so that none drives the terminal.
        Error.WriteLine($"portcullis: error: {ControlText.Escape(message)}");
        if (hint is not null)
        {
            Error.WriteLine(hint);
        }

        return ExitCodes.BadInput;
    }

    /// <summary>Writes a result to standard output or, whole or not at all, to <paramref name="outputFile"/> (see <see cref="OutputTarget"/>).</summary>
    /// <param name="outputFile">The file to write, or <see langword="null"/> for standard output.</param>
    /// <param name="inputs">The files read, which the output must not replace.</param>
    /// <param name="write">Writes the result.</param>
    /// <param name="cancellationToken">Stops before the result is in place.</param>
    /// <returns>An exit code.</returns>
    public Task<int> WriteAsync(string? outputFile, IEnumerable<string> inputs, Action<TextWriter> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return OutputTarget.WriteAsync(this, outputFile, inputs, (writer, _) =>
        {
            write(writer);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>
    /// Writes a second result of a command, whole or not at all, to the file an option other than <c>--output</c> names
    /// (<c>cluster fix --write-config</c>), with the same guards: never over an input.
    /// </summary>
    /// <param name="option">The option, for messages (<c>--write-config</c>).</param>
    /// <param name="file">The file to write.</param>
    /// <param name="inputs">The files read (and any other output), which the file must not replace.</param>
    /// <param name="write">Writes the result.</param>
    /// <param name="cancellationToken">Stops before the result is in place.</param>
    /// <returns>An exit code.</returns>
    public Task<int> WriteFileAsync(string option, string file, IEnumerable<string> inputs, Action<TextWriter> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(write);
        return OutputTarget.WriteAsync(this, file, inputs, (writer, _) =>
        {
            write(writer);
            return Task.CompletedTask;
        }, cancellationToken, option);
    }

    /// <summary>As <see cref="WriteAsync(string?, IEnumerable{string}, Action{TextWriter}, CancellationToken)"/>, for a result that awaits work while it is written.</summary>
    /// <param name="outputFile">The file to write, or <see langword="null"/> for standard output.</param>
    /// <param name="inputs">The files read, which the output must not replace.</param>
    /// <param name="write">Writes the result.</param>
    /// <param name="cancellationToken">Stops before the result is in place.</param>
    /// <returns>An exit code.</returns>
    public Task<int> WriteAsync(string? outputFile, IEnumerable<string> inputs, Func<TextWriter, CancellationToken, Task> write, CancellationToken cancellationToken) =>
        OutputTarget.WriteAsync(this, outputFile, inputs, write, cancellationToken);
}
