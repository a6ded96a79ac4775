using Portcullis.Application.Hosting;
using Spectre.Console;

namespace Portcullis.Cli.Infrastructure;

/// <summary>
/// Standard error as an interactive terminal, drawn with Spectre.Console: a progress bar, cleared when the work is
/// done, or a live table, left on the screen.
/// </summary>
/// <param name="error">Standard error.</param>
/// <param name="console">Makes the console drawn on (tests give one with known capabilities); by default one on <paramref name="error"/>.</param>
internal sealed class SpectreProgressTerminal(TextWriter error, Func<IAnsiConsole>? console = null) : IProgressTerminal
{
    private IAnsiConsole Console() => console?.Invoke() ?? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });

    /// <inheritdoc />
    public Task<T> ShowProgressAsync<T>(string title, Task<T> work, Func<ProgressReading> read)
    {
        return Console().Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(title);
                while (await Task.WhenAny(work, Task.Delay(200)).ConfigureAwait(false) != work)
                {
                    var reading = read();
                    task.MaxValue = reading.MaxValue;
                    task.Value = reading.Value;
                    task.Description = reading.Description;
                }

                task.Value = task.MaxValue;
                return await work.ConfigureAwait(false);
            });
    }

    /// <inheritdoc />
    public async Task<T> ShowTableAsync<T>(IReadOnlyList<string> headers, Task<T> work, Func<IReadOnlyList<IReadOnlyList<string>>> read)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(read);
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        await Console().Live(table).AutoClear(false).Overflow(VerticalOverflow.Ellipsis).StartAsync(async live =>
        {
            while (!work.IsCompleted)
            {
                Fill(table, read());
                live.Refresh();
                await Task.WhenAny(work, Task.Delay(100)).ConfigureAwait(false);
            }

            Fill(table, read());
            live.Refresh();
        }).ConfigureAwait(false);
        return await work.ConfigureAwait(false);
    }

    private static void Fill(Table table, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        table.Rows.Clear();
        foreach (var row in rows)
        {
            table.AddRow([.. row.Select(cell => new Markup(Colour(Markup.Escape(cell))))]);
        }
    }

    // The first word of a status cell says how the row stands.
    private static string Colour(string cell) => cell.Split(' ', 2)[0] switch
    {
        "done" => $"[green]{cell}[/]",
        "reading" => $"[blue]{cell}[/]",
        _ => cell,
    };
}
