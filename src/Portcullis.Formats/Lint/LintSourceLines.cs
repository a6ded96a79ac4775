using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint;
using Portcullis.Formats.Json;

namespace Portcullis.Formats.Lint;

/// <summary>Adds line and column to the locations of a lint report, from the JSON files they were read from.</summary>
public static class LintSourceLines
{
    /// <summary>
    /// The report with every location that has a JSON path also given its line and column in its file. Files that
    /// cannot be read (moved since) keep their locations as they were.
    /// </summary>
    public static LintReport Resolve(LintReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var wanted = report.Findings.SelectMany(f => f.AllSubjects).Select(s => s.Location)
            .OfType<SourceLocation>().Where(l => l.Path is not null && l.Line is null)
            .GroupBy(l => l.File, StringComparer.Ordinal);
        var positions = new Dictionary<(string File, string Path), (int Line, int Column)>();
        foreach (var file in wanted)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file.Key);
            }
            catch (Exception e) when (InputFile.IsReadProblem(e))
            {
                continue;
            }

            foreach (var (path, position) in JsonSourcePositions.Find(bytes, file.Select(l => l.Path!).ToHashSet(StringComparer.Ordinal)))
            {
                positions[(file.Key, path)] = position;
            }
        }

        if (positions.Count == 0)
        {
            return report;
        }

        LintSubject? Locate(LintSubject? subject) =>
            subject?.Location is { Path: { } path, Line: null } location && positions.TryGetValue((location.File, path), out var at)
                ? subject with { Location = location with { Line = at.Line, Column = at.Column } }
                : subject;

        ImmutableArray<LintSubject> LocateAll(ImmutableArray<LintSubject> subjects) => [.. subjects.Select(s => Locate(s)!)];

        return report with
        {
            Findings = [.. report.Findings.Select(f => f with
            {
                Subjects = LocateAll(f.Subjects),
                Related = LocateAll(f.Related),
                Source = Locate(f.Source),
                Destination = Locate(f.Destination),
            })],
        };
    }
}
