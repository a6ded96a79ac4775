using System.Text.Json;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint;
using Portcullis.Formats.Json;
using Portcullis.Formats.Wording;

namespace Portcullis.Formats.Lint;

/// <summary>
/// Writes every lint finding as JSON: <c>{"linters": [...], "summary": {...}, "findings": [...]}</c>, each finding
/// with its linter, severity, message, details, the objects it names (kind, name, VPC, table, rule text, addresses,
/// location) and, for traffic, its source, destination and connection.
/// </summary>
public static class LintJsonWriter
{
    /// <summary>Writes the report.</summary>
    public static void Write(LintReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("linters");
            foreach (var linter in report.Linters)
            {
                json.WriteStartObject();
                json.WriteString("name", linter.Name);
                json.WriteString("title", linter.Title);
                json.WriteString("severity", LintTextWriter.Label(linter.Severity));
                json.WriteNumber("findings", report.Of(linter).Count());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Note })
            {
                json.WriteNumber(LintTextWriter.Label(severity), report.Count(severity));
            }

            json.WriteEndObject();
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                WriteFinding(json, finding);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteFinding(Utf8JsonWriter json, LintFinding finding)
    {
        json.WriteStartObject();
        json.WriteString("linter", finding.Linter);
        json.WriteString("severity", LintTextWriter.Label(finding.Severity));
        json.WriteString("message", LintText.Message(finding));
        json.WriteStartArray("details");
        foreach (var detail in LintText.Details(finding))
        {
            json.WriteStringValue(detail);
        }

        json.WriteEndArray();
        WriteSubjects(json, "subjects", finding.Subjects);
        WriteSubjects(json, "related", finding.Related);
        if (finding.Source is { } source)
        {
            json.WritePropertyName("source");
            WriteSubject(json, source);
        }

        if (finding.Destination is { } destination)
        {
            json.WritePropertyName("destination");
            WriteSubject(json, destination);
        }

        if (finding.Connection is { } connection)
        {
            json.WriteString("connection", ConnectionText.Of(connection));
        }

        json.WriteEndObject();
    }

    private static void WriteSubjects(Utf8JsonWriter json, string name, IEnumerable<LintSubject> subjects)
    {
        json.WriteStartArray(name);
        foreach (var subject in subjects)
        {
            WriteSubject(json, subject);
        }

        json.WriteEndArray();
    }

    private static void WriteSubject(Utf8JsonWriter json, LintSubject subject)
    {
        json.WriteStartObject();
        json.WriteString("kind", LintSubjectText.Kind(subject.Kind));
        json.WriteString("name", LintSubjectText.Name(subject));
        WriteOptional(json, "vpc", subject.Vpc?.Name);
        WriteOptional(json, "table", LintSubjectText.Table(subject));
        WriteOptional(json, "rule", LintSubjectText.Rule(subject));
        if (!subject.Addresses.IsEmpty)
        {
            json.WriteString("addresses", subject.Addresses.ToCidrString());
        }

        if (subject.Location is { } location)
        {
            WriteLocation(json, location);
        }

        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartObject("location");
        json.WriteString("file", location.File);
        WriteOptional(json, "path", location.Path);
        if (location.Line is { } line)
        {
            json.WriteNumber("line", line);
        }

        if (location.Column is { } column)
        {
            json.WriteNumber("column", column);
        }

        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
