using Portcullis.Application.Hosting;
using Spectre.Console;

namespace Portcullis.Cli.Infrastructure;

/// <summary>Standard error as an interactive terminal: a progress bar drawn with Spectre.Console, cleared when the work is done.</summary>
internal sealed class SpectreProgressTerminal(TextWriter error) : IProgressTerminal
{
    /// <inheritdoc />
    public Task<T> ShowProgressAsync<T>(string title, Task<T> work, Func<ProgressReading> read)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        return console.Progress()
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
}
