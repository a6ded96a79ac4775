using System.Text.Json;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diff;
using Portcullis.Core.Sets;
using Portcullis.Formats.Json;
using Portcullis.Formats.Reports;
using Portcullis.Formats.Text;
using Portcullis.Formats.Wording;

namespace Portcullis.Formats.Diff;

/// <summary>Writes a connectivity diff as text, Markdown, JSON or CSV.</summary>
public static partial class DiffWriter
{
    /// <summary>Writes the diff between two configurations (named by their VPCs or files).</summary>
    public static void Write(IReadOnlyList<DiffLine> lines, string before, string after, ConnectivityLevel level, ReportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(output);
        var info = level == ConnectivityLevel.Subnets ? "subnets-diff-info" : "vsis-diff-info";
        var title = $"Connectivity diff between {before} and {after}";
        var anyBlocked = lines.Any(l => !l.BeforeBlocked.IsEmpty || !l.AfterBlocked.IsEmpty);
        lines = [.. DiffText.Ordered(lines)];
        var rows = lines.Select(l => (Kind: l.Kind.ToString().ToLowerInvariant(), Name: DiffText.Side(l.Source), Destination: DiffText.Side(l.Destination), Before: Text(l.Before, l.BeforeBlocked), After: Text(l.After, l.AfterBlocked), Info: DiffText.Info(l))).ToList();
        switch (format)
        {
            case ReportFormat.Txt:
                output.Write(title + "\n");
                foreach (var text in rows.Select(r => $"diff-type: {r.Kind}, source: {r.Name}, destination: {r.Destination}, config1: {r.Before}, config2: {r.After}" + (r.Info is null ? string.Empty : $", {info}: {r.Info}")).Order(StringComparer.Ordinal))
                {
                    output.Write(text + "\n");
                }

                if (rows.Count == 0)
                {
                    output.Write("<no differences>\n");
                }

                break;
            case ReportFormat.Md:
                output.Write($"# {title}\n## {(level == ConnectivityLevel.Subnets ? "Subnets" : "Endpoints")} diff report\n");
                output.Write($"| type | src | dst | conn1 | conn2 | {info} |\n|------|-----|-----|-------|-------|{new string('-', info.Length + 2)}|\n");
                foreach (var text in rows.Select(r => $"| {MarkdownText.Cell(r.Kind)} | {MarkdownText.Cell(r.Name)} | {MarkdownText.Cell(r.Destination)} | {MarkdownText.Cell(r.Before)} | {MarkdownText.Cell(r.After)} | {MarkdownText.Cell(r.Info)} |").Order(StringComparer.Ordinal))
                {
                    output.Write(text + "\n");
                }

                break;
            case ReportFormat.Csv:
                output.Write($"type,source,destination,before,after,{info}\r\n");
                foreach (var r in rows)
                {
                    output.Write(string.Join(',', r.Kind, CsvText.Field(r.Name), CsvText.Field(r.Destination), CsvText.Field(r.Before), CsvText.Field(r.After), CsvText.Field(r.Info ?? string.Empty)) + "\r\n");
                }

                return;
            case ReportFormat.Json:
                WriteJson(lines, before, after, output);
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unsupported diff format.");
        }

        if (anyBlocked)
        {
            output.Write("\n" + ConnectivityReportWriter.BlockedResponseNote + "\n");
        }
    }

    /// <summary>
    /// A connection in diff wording: the reply-blocked TCP parts, each marked <c>*</c>, then the rest; without the
    /// <c>protocol: </c> prefixes (<c>TCP * ; ICMP,UDP</c>).
    /// </summary>
    public static string Text(ConnectionSet connection, ConnectionSet blocked)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(blocked);
        if (connection.IsEmpty)
        {
            return "No Connections";
        }

        var parts = new List<string>();
        if (!blocked.IsEmpty)
        {
            parts.AddRange(ConnectionText.Of(blocked).Split("; ").Select(p => Strip(p) + " * "));
        }

        var rest = connection.Except(blocked);
        if (!rest.IsEmpty)
        {
            parts.AddRange(ConnectionText.Of(rest).Split("; ").Select(Strip));
        }

        return string.Join("; ", parts);
    }

    private static string Strip(string part) => part.Replace("protocol: ", string.Empty, StringComparison.Ordinal);

    private static void WriteJson(IReadOnlyList<DiffLine> lines, string before, string after, TextWriter output)
    {
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("before", before);
            json.WriteString("after", after);
            WriteDifferences(json, lines);
            json.WriteEndObject();
        });
    }

    /// <summary>Writes the <c>differences</c> array of the JSON diff (one object per line) into a JSON document being written.</summary>
    /// <param name="json">The JSON writer, inside an object.</param>
    /// <param name="lines">The lines, in the order to write them.</param>
    public static void WriteDifferences(Utf8JsonWriter json, IReadOnlyList<DiffLine> lines)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(lines);
        json.WriteStartArray("differences");
        foreach (var line in lines)
        {
            json.WriteStartObject();
            json.WriteString("type", line.Kind.ToString().ToLowerInvariant());
            json.WriteString("source", DiffText.Side(line.Source));
            json.WriteString("destination", DiffText.Side(line.Destination));
            json.WriteString("before", ConnectionText.Of(line.Before));
            json.WriteString("before_response_blocked", ConnectionText.Of(line.BeforeBlocked));
            json.WriteString("after", ConnectionText.Of(line.After));
            json.WriteString("after_response_blocked", ConnectionText.Of(line.AfterBlocked));
            if (DiffText.Info(line) is { } info)
            {
                json.WriteString("info", info);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
