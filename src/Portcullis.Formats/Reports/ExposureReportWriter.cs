using System.Text.Json;
using Portcullis.Core.Reports.Exposure;
using Portcullis.Core.Topology;
using Portcullis.Formats.Json;
using Portcullis.Formats.Text;
using Portcullis.Formats.Wording;

namespace Portcullis.Formats.Reports;

/// <summary>
/// Writes <c>report exposure</c>: for every endpoint (endpoints seen alike together), what the public internet and
/// the service network may open to it, and what it may open to them. Text and Markdown use the readable forms
/// (<c>all but ...</c>); JSON and CSV give the exact CIDR blocks and connection items beside the same text.
/// Sections are written as they are computed.
/// </summary>
public static partial class ExposureReportWriter
{
    // The four questions, in the order every group answers them.
    private static readonly (ExposureDirection Direction, ExternalKind Kind)[] Questions =
    [
        (ExposureDirection.Inbound, ExternalKind.PublicInternet),
        (ExposureDirection.Inbound, ExternalKind.ServiceNetwork),
        (ExposureDirection.Outbound, ExternalKind.PublicInternet),
        (ExposureDirection.Outbound, ExternalKind.ServiceNetwork),
    ];

    /// <summary>Writes the sections in the given format.</summary>
    /// <param name="sections">The sections, one per VPC, as they are computed.</param>
    /// <param name="format">Txt, md, json or csv.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(IEnumerable<ExposureSection> sections, ReportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(output);
        var sorted = sections.Select(s => (Title: ExposureText.Title(s.Scope), Section: s));
        switch (format)
        {
            case ReportFormat.Txt or ReportFormat.Md:
                WriteText(sorted, output, format == ReportFormat.Md);
                break;
            case ReportFormat.Json:
                WriteJson(sections, output);
                break;
            case ReportFormat.Csv:
                WriteCsv(sorted, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unsupported format.");
        }
    }

    private static void WriteText(IEnumerable<(string Title, ExposureSection Section)> sections, TextWriter output, bool markdown)
    {
        var first = true;
        var anyBlocked = false;
        var anyOver = false;
        foreach (var (title, section) in sections)
        {
            if (!first)
            {
                output.Write('\n');
            }

            first = false;
            output.Write(markdown ? $"# {title}\n| endpoints | direction | peer | conn |\n|-----------|-----------|------|------|\n" : $"{title}\n");
            if (section.Groups.IsEmpty && !markdown)
            {
                output.Write("<nothing to report>\n");
            }

            foreach (var group in section.Groups)
            {
                var nodes = ExposureText.Nodes(group.Nodes);
                if (!markdown)
                {
                    output.Write(nodes + "\n");
                }

                foreach (var (direction, kind) in Questions)
                {
                    var entries = group.Of(direction, kind).ToList();
                    if (entries.Count == 0)
                    {
                        output.Write(markdown
                            ? $"| {MarkdownText.Cell(nodes)} | {ExposureText.Direction(direction)} | {MarkdownText.Cell(AddressText.Label(kind))} | {ExposureText.Nothing} |\n"
                            : $"  {ExposureText.Direction(direction)} {AddressText.Label(kind)} : {ExposureText.Nothing}\n");
                        continue;
                    }

                    foreach (var entry in entries)
                    {
                        anyBlocked |= entry.ResponseBlocked;
                        anyOver |= entry.OverApproximated;
                        var connection = RowText.Connection(new(entry.Connection, entry.ResponseBlocked, entry.OverApproximated), readable: true);
                        var peer = AddressText.Readable(kind, entry.Addresses);
                        output.Write(markdown
                            ? $"| {MarkdownText.Cell(nodes)} | {ExposureText.Direction(direction)} | {MarkdownText.Cell(peer)} | {MarkdownText.Cell(connection)} |\n"
                            : $"  {ExposureText.Direction(direction)} {peer} : {connection}\n");
                    }
                }
            }
        }

        if (anyBlocked)
        {
            output.Write("\n" + ConnectivityReportWriter.BlockedResponseNote + "\n");
        }

        if (anyOver)
        {
            output.Write("\n" + ConnectivityReportWriter.OverApproximationNote + "\n");
        }
    }

    private static void WriteCsv(IEnumerable<(string Title, ExposureSection Section)> sections, TextWriter output)
    {
        output.Write("section,endpoints,direction,peer,cidrs,connection,response_blocked,peer_text,connection_text\r\n");
        foreach (var (title, section) in sections)
        {
            foreach (var group in section.Groups)
            {
                var nodes = string.Join(' ', group.Nodes.Select(NodeText.Name));
                foreach (var (direction, kind) in Questions)
                {
                    var entries = group.Of(direction, kind).ToList();
                    if (entries.Count == 0)
                    {
                        Row(title, nodes, direction, kind, string.Empty, Core.Sets.ConnectionSet.None, false, ExposureText.Nothing);
                    }

                    foreach (var entry in entries)
                    {
                        Row(title, nodes, direction, kind, string.Join(' ', entry.Addresses.ToPrefixes()), entry.Connection, entry.ResponseBlocked, AddressText.Readable(kind, entry.Addresses));
                    }
                }
            }
        }

        void Row(string title, string nodes, ExposureDirection direction, ExternalKind kind, string cidrs, Core.Sets.ConnectionSet connection, bool blocked, string peerText)
        {
            output.Write(string.Join(',', CsvText.Field(title), CsvText.Field(nodes), ExposureText.Direction(direction), CsvText.Field(AddressText.Label(kind)), CsvText.Field(cidrs),
                CsvText.Field(ConnectionText.Of(connection)), blocked ? "true" : "false", CsvText.Field(peerText), CsvText.Field(ConnectionText.Readable(connection))));
            output.Write("\r\n");
        }
    }

    private static void WriteJson(IEnumerable<ExposureSection> sections, TextWriter output)
    {
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("exposure");
            foreach (var section in sections)
            {
                json.WriteStartArray(ConnectivityReportWriter.SectionKey(section.Scope));
                foreach (var group in section.Groups)
                {
                    json.WriteStartObject();
                    json.WriteStartArray("endpoints");
                    foreach (var node in group.Nodes)
                    {
                        ConnectivityReportWriter.WriteNode(json, node, null);
                    }

                    json.WriteEndArray();
                    WriteDirection(json, group, ExposureDirection.Inbound, "inbound");
                    WriteDirection(json, group, ExposureDirection.Outbound, "outbound");
                    json.WriteEndObject();
                    JsonText.FlushIfFull(json);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static void WriteDirection(Utf8JsonWriter json, EndpointExposure group, ExposureDirection direction, string name)
    {
        json.WriteStartArray(name);
        foreach (var entry in group.Entries.Where(e => e.Direction == direction))
        {
            json.WriteStartObject();
            json.WriteString("ResourceType", AddressText.Label(entry.Kind));
            json.WriteStartArray("cidrs");
            foreach (var prefix in entry.Addresses.ToPrefixes())
            {
                json.WriteStringValue(prefix.ToString());
            }

            json.WriteEndArray();
            json.WriteString("addresses_text", AddressText.Readable(entry.Kind, entry.Addresses));
            json.WriteString("conn_text", ConnectionText.Of(entry.Connection));
            json.WriteString("conn_readable", ConnectionText.Readable(entry.Connection));
            json.WritePropertyName("conn");
            ConnectivityReportWriter.WriteConnection(json, entry.Connection);
            json.WriteBoolean("response_blocked", entry.ResponseBlocked);
            if (entry.OverApproximated)
            {
                json.WriteBoolean("over_approximation", true);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
