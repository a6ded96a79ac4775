using System.Collections.Immutable;
using Portcullis.Probing;
using Portcullis.Probing.Formats;
using Spectre.Console;

namespace Portcullis.Cli.Infrastructure;

/// <summary>
/// The live table of <c>portcullis probe</c> on a terminal: one row per target, showing the step under way, then the
/// status, step, time and detail as each target finishes. The table stays on the screen as the report.
/// </summary>
internal sealed class ProbeLiveDisplay : IProgress<ProbeProgress>
{
    private static readonly string[] Spinner = ["|", "/", "-", "\\"];

    private readonly ImmutableArray<ProbeTarget> _targets;
    private readonly ProbeStep?[] _steps;
    private readonly ProbeResult?[] _results;
    private readonly Lock _lock = new();

    public ProbeLiveDisplay(ImmutableArray<ProbeTarget> targets)
    {
        _targets = targets;
        _steps = new ProbeStep?[targets.Length];
        _results = new ProbeResult?[targets.Length];
    }

    /// <summary>Records a step start or a result; called from the probing tasks.</summary>
    public void Report(ProbeProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_lock)
        {
            if (value.Result is { } result)
            {
                _results[value.Index] = result;
            }
            else
            {
                _steps[value.Index] = value.Step;
            }
        }
    }

    /// <summary>Runs the probe (given this display as its progress) while the table updates, about ten times a second.</summary>
    public async Task<ImmutableArray<ProbeResult>> RunAsync(IAnsiConsole console, Func<IProgress<ProbeProgress>, Task<ImmutableArray<ProbeResult>>> probe)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(probe);
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Target", "Purpose", "Status", "Step", "Time", "Detail" })
        {
            table.AddColumn(new TableColumn(column) { NoWrap = column is "Status" or "Step" or "Time" });
        }

        table.Columns[4].RightAligned();
        for (var i = 0; i < _targets.Length; i++)
        {
            table.AddRow(Markup.Escape(_targets[i].Name), Markup.Escape(_targets[i].Purpose ?? "-"), "[grey]waiting[/]", string.Empty, string.Empty, string.Empty);
        }

        ImmutableArray<ProbeResult> results = [];
        await console.Live(table).AutoClear(false).Overflow(VerticalOverflow.Ellipsis).StartAsync(async live =>
        {
            var running = probe(this);
            var frame = 0;
            while (!running.IsCompleted)
            {
                Update(table, frame++);
                live.Refresh();
                await Task.WhenAny(running, Task.Delay(100)).ConfigureAwait(false);
            }

            results = await running.ConfigureAwait(false);
            Update(table, frame);
            live.Refresh();
        }).ConfigureAwait(false);
        return results;
    }

    private void Update(Table table, int frame)
    {
        lock (_lock)
        {
            for (var i = 0; i < _targets.Length; i++)
            {
                if (_results[i] is { } result)
                {
                    var color = result.Status switch
                    {
                        ProbeStatus.Open => "green",
                        ProbeStatus.Degraded => "yellow",
                        _ => "red",
                    };
                    table.UpdateCell(i, 2, $"[{color}]{ProbeReportWriter.StatusText(result.Status)}[/]");
                    table.UpdateCell(i, 3, result.LastStep.ToString().ToLowerInvariant());
                    table.UpdateCell(i, 4, ProbeDuration.Milliseconds(result.Elapsed));
                    table.UpdateCell(i, 5, Markup.Escape(ProbeReportWriter.Detail(result)));
                }
                else if (_steps[i] is { } step)
                {
                    table.UpdateCell(i, 2, $"[blue]{Spinner[frame % Spinner.Length]} probing[/]");
                    table.UpdateCell(i, 3, step.ToString().ToLowerInvariant());
                }
            }
        }
    }
}
