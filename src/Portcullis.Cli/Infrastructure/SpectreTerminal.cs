using System.Collections.Immutable;
using Portcullis.Application.Hosting;
using Portcullis.Probing;
using Spectre.Console;

namespace Portcullis.Cli.Infrastructure;

/// <summary>Standard output as an interactive terminal, drawn with Spectre.Console.</summary>
internal sealed class SpectreTerminal(TextWriter output) : ITerminal
{
    private readonly Lazy<IAnsiConsole> _console = new(() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }));

    /// <inheritdoc />
    public bool CanRedraw => _console.Value.Profile.Capabilities.Interactive;

    /// <inheritdoc />
    public void DrawTable(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var table = new Table().RoundedBorder();
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var row in rows)
        {
            table.AddRow([.. row.Select(cell => new Markup(Colour(Markup.Escape(cell))))]);
        }

        console.Write(table);
    }

    /// <inheritdoc />
    public void WriteText(string text) => _console.Value.Write(new Text(text));

    /// <inheritdoc />
    public Task<ImmutableArray<ProbeResult>> ShowProbeAsync(ImmutableArray<ProbeTarget> targets, Func<IProgress<ProbeProgress>, Task<ImmutableArray<ProbeResult>>> probe) =>
        new ProbeLiveDisplay(targets).RunAsync(_console.Value, probe);

    private static string Colour(string cell) => cell switch
    {
        "open" => "[green]open[/]",
        "partly open" => "[yellow]partly open[/]",
        "blocked" => "[red]blocked[/]",
        _ => cell,
    };
}
