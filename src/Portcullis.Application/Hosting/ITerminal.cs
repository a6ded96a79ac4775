using System.Collections.Immutable;
using Portcullis.Probing;

namespace Portcullis.Application.Hosting;

/// <summary>
/// Standard output when it is an interactive terminal: tables are drawn there with borders, and the probe shows its
/// targets live. Where output is redirected, a file, a test's writer or a server's response, there is none, and
/// handlers write the plain, deterministic text of the writers instead.
/// </summary>
public interface ITerminal
{
    /// <summary>Whether the terminal can redraw in place, as a live display needs.</summary>
    public bool CanRedraw { get; }

    /// <summary>Draws a table.</summary>
    /// <param name="headers">The column headers.</param>
    /// <param name="rows">The rows, one cell per column.</param>
    public void DrawTable(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows);

    /// <summary>Writes text, wrapped to the terminal's width.</summary>
    /// <param name="text">The text.</param>
    public void WriteText(string text);

    /// <summary>Runs a probe while a table of its targets shows each one's progress and result; only where <see cref="CanRedraw"/>.</summary>
    /// <param name="targets">The targets, in the order of the table.</param>
    /// <param name="probe">Runs the probe, reporting to the progress it is given.</param>
    /// <returns>The probe's results.</returns>
    public Task<ImmutableArray<ProbeResult>> ShowProbeAsync(ImmutableArray<ProbeTarget> targets, Func<IProgress<ProbeProgress>, Task<ImmutableArray<ProbeResult>>> probe);
}
