using Spectre.Console;

namespace Portcullis.Cli.Infrastructure;

/// <summary>Tables drawn with Spectre.Console on an interactive terminal; everywhere else the plain, deterministic text writers are used.</summary>
internal static class TableOutput
{
    /// <summary>Whether the command writes to an interactive terminal (not redirected, not a file, not a test's writer).</summary>
    public static bool IsInteractive(CommandContext context, FileInfo? output) =>
        output is null && ReferenceEquals(context.Output, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>Draws a table with rounded borders and wrapped cells.</summary>
    public static void Draw(TextWriter writer, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
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

    private static string Colour(string cell) => cell switch
    {
        "open" => "[green]open[/]",
        "partly open" => "[yellow]partly open[/]",
        "blocked" => "[red]blocked[/]",
        _ => cell,
    };
}
