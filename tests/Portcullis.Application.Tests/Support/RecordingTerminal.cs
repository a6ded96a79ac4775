using System.Collections.Immutable;
using Portcullis.Application.Hosting;
using Portcullis.Probing;

namespace Portcullis.Application.Tests.Support;

/// <summary>A terminal that records what handlers draw on it instead of drawing it.</summary>
internal sealed class RecordingTerminal(bool canRedraw = true) : ITerminal
{
    public bool CanRedraw { get; } = canRedraw;

    public List<(IReadOnlyList<string> Headers, List<IReadOnlyList<string>> Rows)> Tables { get; } = [];

    public List<string> Texts { get; } = [];

    public List<ProbeProgress> ProbeProgress { get; } = [];

    public ImmutableArray<ProbeTarget> ProbedTargets { get; private set; }

    public void DrawTable(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows) => Tables.Add((headers, rows.ToList()));

    public void WriteText(string text) => Texts.Add(text);

    public Task<ImmutableArray<ProbeResult>> ShowProbeAsync(ImmutableArray<ProbeTarget> targets, Func<IProgress<ProbeProgress>, Task<ImmutableArray<ProbeResult>>> probe)
    {
        ProbedTargets = targets;
        return probe(new Recorder(ProbeProgress));
    }

    private sealed class Recorder(List<ProbeProgress> sink) : IProgress<ProbeProgress>
    {
        public void Report(ProbeProgress value)
        {
            lock (sink)
            {
                sink.Add(value);
            }
        }
    }
}
