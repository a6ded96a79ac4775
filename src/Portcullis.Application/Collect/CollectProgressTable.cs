using Portcullis.Collect;

namespace Portcullis.Application.Collect;

/// <summary>
/// What <c>collect</c> shows live on a terminal: one row per part of the account (each region, the transit gateways,
/// the clusters) with its status, its retries, what was read so far and the latest note. A warning outlasts a
/// retry's note: a retry says what is slow, a warning what the file will lack.
/// </summary>
internal sealed class CollectProgressTable : IProgress<CollectProgress>
{
    /// <summary>The columns.</summary>
    public static readonly IReadOnlyList<string> Headers = ["Part", "Status", "Read", "Note"];

    private static readonly string[] Spinner = ["|", "/", "-", "\\"];

    private readonly Lock _lock = new();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, PartState> _parts = new(StringComparer.Ordinal);
    private readonly Func<string, string> _redact;
    private int _frame;

    /// <summary>Creates a table whose notes pass through <paramref name="redact"/> (they quote API answers).</summary>
    public CollectProgressTable(Func<string, string> redact) => _redact = redact;

    /// <summary>Records a step; called from the collection's tasks.</summary>
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

    /// <summary>The rows as they are now; each call turns the spinner of the parts still being read.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows()
    {
        lock (_lock)
        {
            var frame = _frame++;
            var rows = new List<IReadOnlyList<string>>(_order.Count);
            foreach (var name in _order)
            {
                var part = _parts[name];
                var status = part.Done ? "done" : $"reading {Spinner[frame % Spinner.Length]}";
                if (part.Retries > 0)
                {
                    status += part.Retries == 1 ? " (1 retry)" : $" ({part.Retries} retries)";
                }

                var read = string.Join(", ", part.Counts.Where(c => c.Value > 0).Select(c => $"{c.Key} {c.Value}"));
                rows.Add([name, status, read, part.Note is null ? string.Empty : _redact(part.Note)]);
            }

            return rows;
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
