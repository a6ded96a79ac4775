using Spectre.Console;

namespace Portcullis.Collect.Command;

/// <summary>
/// The live progress of <c>portcullis collect</c> on a terminal: one row per part of the account (each region,
/// the transit gateways, the clusters) with what was read so far, retries and warnings. The table stays on the
/// screen when the collection ends.
/// </summary>
internal sealed class CollectLiveDisplay : IProgress<CollectProgress>
{
    private static readonly string[] Spinner = ["|", "/", "-", "\\"];

    private readonly Lock _lock = new();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, PartState> _parts = new(StringComparer.Ordinal);

    public void Report(CollectProgress value)
    {
        lock (_lock)
        {
            if (!_parts.TryGetValue(value.Scope, out var part))
            {
                _parts[value.Scope] = part = new PartState();
                _order.Add(value.Scope);
            }

            switch (value.Kind)
            {
                case CollectProgressKind.Read:
                    part.Counts[value.Resource] = part.Counts.GetValueOrDefault(value.Resource) + value.Count;
                    break;
                case CollectProgressKind.Retrying:
                    part.Retries++;
                    // A warning outlasts retries: it says what the file will lack, a retry only what is slow.
                    if (part.Warnings == 0)
                    {
                        part.Note = value.Detail;
                    }

                    break;
                case CollectProgressKind.Warning:
                    part.Warnings++;
                    part.Note = value.Detail;
                    break;
                case CollectProgressKind.Finished:
                    part.Done = true;
                    break;
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> (given this display as its progress) while the table updates, about ten times a second.</summary>
    public async Task<T> RunAsync<T>(IAnsiConsole console, Func<IProgress<CollectProgress>, Task<T>> work)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Part", "Status", "Read", "Note" })
        {
            table.AddColumn(new TableColumn(column) { NoWrap = column is "Part" or "Status" });
        }

        T result = default!;
        await console.Live(table).AutoClear(false).Overflow(VerticalOverflow.Ellipsis).StartAsync(async live =>
        {
            var running = work(this);
            var frame = 0;
            while (!running.IsCompleted)
            {
                Update(table, frame++);
                live.Refresh();
                await Task.WhenAny(running, Task.Delay(100)).ConfigureAwait(false);
            }

            Update(table, frame);
            live.Refresh();
            result = await running.ConfigureAwait(false);
        }).ConfigureAwait(false);
        return result;
    }

    private void Update(Table table, int frame)
    {
        lock (_lock)
        {
            table.Rows.Clear();
            foreach (var name in _order)
            {
                var part = _parts[name];
                var status = part.Done ? "[green]done[/]" : $"[blue]{Spinner[frame % Spinner.Length]} reading[/]";
                if (part.Retries > 0)
                {
                    status += part.Retries == 1 ? " [yellow](1 retry)[/]" : $" [yellow]({part.Retries} retries)[/]";
                }

                var read = string.Join(", ", part.Counts.Where(c => c.Value > 0).Select(c => $"{c.Key} {c.Value}"));
                var note = part.Note is null ? string.Empty : $"[{(part.Warnings > 0 ? "red" : "yellow")}]{Markup.Escape(part.Note)}[/]";
                table.AddRow(Markup.Escape(name), status, Markup.Escape(read), note);
            }
        }
    }

    private sealed class PartState
    {
        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public bool Done { get; set; }

        public int Retries { get; set; }

        public int Warnings { get; set; }

        public string? Note { get; set; }
    }
}
