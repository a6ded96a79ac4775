using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint;

namespace Portcullis.Formats.Lint;

/// <summary>
/// Writes lint findings for people: one section per linter that found something (the most severe first), each
/// finding with its details and where it is in the input, and a summary line.
/// </summary>
public static class LintTextWriter
{
    /// <summary>How many findings of each linter are shown unless all are asked for.</summary>
    public const int ShownPerLinter = 3;

    /// <summary>Writes the report.</summary>
    /// <param name="report">The findings.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="printAll">Whether to show every finding rather than the first <see cref="ShownPerLinter"/> of each linter.</param>
    public static void Write(LintReport report, TextWriter output, bool printAll)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var hidden = 0;
        var sections = report.Linters
            .Select(linter => (Linter: linter, Findings: report.Of(linter).ToList()))
            .Where(s => s.Findings.Count > 0)
            .OrderByDescending(s => s.Findings.Max(f => f.Severity));
        foreach (var (linter, findings) in sections)
        {
            output.Write($"{linter.Name}: {linter.Title}\n");
            var shown = printAll ? findings : findings.Take(ShownPerLinter).ToList();
            foreach (var finding in shown)
            {
                WriteFinding(finding, output);
            }

            if (shown.Count < findings.Count)
            {
                hidden += findings.Count - shown.Count;
                output.Write($"  ... {findings.Count - shown.Count} more (--print-all shows them)\n");
            }

            output.Write('\n');
        }

        output.Write(Summary(report));
        if (hidden > 0)
        {
            output.Write($"; {hidden} not shown");
        }

        output.Write('\n');
    }

    /// <summary><c>2 errors, 1 warning, 0 notes from 13 linters</c>.</summary>
    public static string Summary(LintReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Findings.IsEmpty)
        {
            return $"No findings from {Plural(report.Linters.Length, "linter")}";
        }

        return $"{Plural(report.Count(Severity.Error), "error")}, {Plural(report.Count(Severity.Warning), "warning")}, "
            + $"{Plural(report.Count(Severity.Note), "note")} from {Plural(report.Linters.Length, "linter")}";
    }

    /// <summary>The severity as findings print it: <c>error</c>, <c>warning</c>, <c>note</c>.</summary>
    public static string Label(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static void WriteFinding(LintFinding finding, TextWriter output)
    {
        output.Write($"  {Label(finding.Severity)}: {LintText.Message(finding)}\n");
        foreach (var detail in LintText.Details(finding))
        {
            output.Write($"      {detail}\n");
        }

        if (finding.AllSubjects.Select(s => s.Location).FirstOrDefault(l => l is not null) is { } location)
        {
            output.Write($"      at {location}\n");
        }
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
