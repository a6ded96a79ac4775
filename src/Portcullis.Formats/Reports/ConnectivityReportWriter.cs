using System.Text.Json;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Reports;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Formats.Graph;

using Portcullis.Formats.Json;
using Portcullis.Formats.Text;
using Portcullis.Formats.Wording;
namespace Portcullis.Formats.Reports;

/// <summary>Writes endpoint and subnet connectivity reports as text, Markdown, JSON, CSV, or a graph (DOT, HTML).</summary>
public static partial class ConnectivityReportWriter
{
    /// <summary>The note that explains the <c>*</c> mark.</summary>
    public const string BlockedResponseNote = "TCP connections for which response is not permitted are marked with * ";

    /// <summary>The note that explains the <c>**</c> mark.</summary>
    public const string OverApproximationNote = "connections marked with  **  are an over-approximation, not all private IPs have the same connectivity";

    /// <summary>Writes a whole report in the given format.</summary>
    /// <exception cref="GraphLayoutException">The layout of the HTML graph failed.</exception>
    public static void Write(ConnectivityReport report, ReportFormat format, TextWriter output, bool grouping = false, ISvgLayout? layout = null, ReportStyle style = ReportStyle.Exact)
    {
        ArgumentNullException.ThrowIfNull(report);
        Write(ConnectivityStream.Of(report), format, output, grouping, layout, style);
    }

    /// <summary>
    /// Writes the report in the given format as the analysis produces it: text, Markdown, CSV and JSON line by line
    /// (memory stays flat however long the report); grouping and the pictures need every line of a section first.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="grouping">Whether rows that say the same thing about several nodes merge (txt, md, csv; JSON lists pairs).</param>
    /// <param name="layout">What lays out the graph for <see cref="ReportFormat.Html"/> (required for it).</param>
    /// <param name="style">The exact established wording, or the readable one (txt, md; JSON and CSV add readable fields).</param>
    /// <exception cref="GraphLayoutException">The layout of the HTML graph failed.</exception>
    public static void Write(ConnectivityStream report, ReportFormat format, TextWriter output, bool grouping = false, ISvgLayout? layout = null, ReportStyle style = ReportStyle.Exact)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var readable = style == ReportStyle.Readable;
        switch (format)
        {
            case ReportFormat.Txt:
                WriteText(report, output, markdown: false, grouping, readable);
                break;
            case ReportFormat.Md:
                WriteText(report, output, markdown: true, grouping, readable);
                break;
            case ReportFormat.Json:
                WriteJson(report, output, readable);
                break;
            case ReportFormat.Csv:
                WriteCsv(report, output, grouping, readable);
                break;
            case ReportFormat.Dot:
                DotGraphWriter.Write(ConnectivityGraph.Build(report.ToReport()), output);
                break;
            case ReportFormat.Html:
                HtmlGraphWriter.Write(ConnectivityGraph.Build(report.ToReport()), layout ?? throw new ArgumentNullException(nameof(layout), "The HTML format needs a graph layout."), output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unsupported report format.");
        }
    }

    // Sections in title order; their lines are still to be computed.
    private static IEnumerable<(string Title, ConnectivitySectionStream Section)> SortedSections(ConnectivityStream report) =>
        report.Sections.Select(s => (Title: ScopeText.Title(s.Scope, report.Level), Section: s)).OrderBy(s => s.Title, StringComparer.Ordinal);

    // A section's rows: as they come, or grouped (which needs the whole section).
    private static IEnumerable<ReportRow> Rows(ConnectivitySectionStream section, bool grouping, bool readable = false)
    {
        if (grouping && readable)
        {
            return GroupedByScope(section);
        }

        if (grouping)
        {
            return ReportShaper.Rows(new ConnectivitySection(section.Scope, [.. section.Lines]), TextOrder.Report, grouping: true);
        }

        return StreamedRows(section.Lines, section.Scope is TransitGatewayScope);
    }

    // Lines arrive endpoint by endpoint; each endpoint's external rows merge per connection once split into the part
    // that gets its replies and the part that does not, so every row states a whole address list.
    private static IEnumerable<ReportRow> StreamedRows(IEnumerable<ConnectivityLine> lines, bool qualify)
    {
        var chunk = new List<ConnectivityLine>();
        NetworkNode? owner = null;
        foreach (var line in lines)
        {
            var lineOwner = line.Source.IsExternal ? line.Destination : line.Source;
            if (!ReferenceEquals(lineOwner, owner) && chunk.Count > 0)
            {
                foreach (var row in ChunkRows(chunk, qualify))
                {
                    yield return row;
                }

                chunk.Clear();
            }

            owner = lineOwner;
            chunk.Add(line);
        }

        foreach (var row in ChunkRows(chunk, qualify))
        {
            yield return row;
        }
    }

    // The readable grouping, streamed: grouping only ever lists together nodes of one subnet (endpoints) or one VPC
    // (subnets), and a row's other side is one line's node or a group made in the same pass, so every group a line can
    // join is made from the lines of its owner's scope (the subnet of the endpoint the line is about, or the load
    // balancer). Lines come owner by owner; grouped per run of one scope, memory stays with one subnet's lines instead
    // of the whole section's. With the endpoints in subnet order (TextOrder.BySubnet) each subnet is one run.
    private static IEnumerable<ReportRow> GroupedByScope(ConnectivitySectionStream section)
    {
        var order = TextOrder.Report with { Rows = TextOrder.Related };
        var chunk = new List<ConnectivityLine>();
        object? scope = null;
        foreach (var line in section.Lines)
        {
            var owner = line.Source.IsExternal ? line.Destination : line.Source;
            object lineScope = owner switch
            {
                Endpoint endpoint => endpoint.Subnet,
                SubnetNode subnet => subnet.Vpc,
                _ => owner,
            };
            if (!ReferenceEquals(lineScope, scope) && chunk.Count > 0)
            {
                foreach (var row in ReportShaper.Rows(new ConnectivitySection(section.Scope, [.. chunk]), order, grouping: true))
                {
                    yield return row;
                }

                chunk.Clear();
            }

            scope = lineScope;
            chunk.Add(line);
        }

        foreach (var row in ReportShaper.Rows(new ConnectivitySection(section.Scope, [.. chunk]), order, grouping: true))
        {
            yield return row;
        }
    }

    private static IEnumerable<ReportRow> ChunkRows(List<ConnectivityLine> chunk, bool qualify)
    {
        NodeGroup Side(NetworkNode node) => new([node], qualify && !node.IsExternal);
        var external = new Dictionary<(bool Outbound, ExternalKind Kind, RowLabel Label), IpAddressSet>();
        var order = new List<(bool, ExternalKind, RowLabel)>();
        NetworkNode? inside = null;
        foreach (var line in chunk)
        {
            foreach (var (connection, blocked) in ReportShaper.Split(line))
            {
                if (line.Source is ExternalNode || line.Destination is ExternalNode)
                {
                    var outside = (ExternalNode)(line.Source.IsExternal ? line.Source : line.Destination);
                    inside = line.Source.IsExternal ? line.Destination : line.Source;
                    var key = (!line.Source.IsExternal, outside.Kind, new RowLabel(connection, blocked, line.OverApproximated));
                    if (!external.TryGetValue(key, out var addresses))
                    {
                        order.Add(key);
                    }

                    external[key] = addresses.Union(outside.Addresses);
                    continue;
                }

                yield return new ReportRow(Side(line.Source), Side(line.Destination), connection, blocked, line.OverApproximated);
            }
        }

        foreach (var key in order)
        {
            var outside = new NodeGroup([new ExternalAddresses(key.Item2, external[key])], false);
            var label = key.Item3;
            yield return key.Item1
                ? new ReportRow(Side(inside!), outside, label.Connection, label.ResponseBlocked, label.OverApproximated)
                : new ReportRow(outside, Side(inside!), label.Connection, label.ResponseBlocked, label.OverApproximated);
        }
    }

    private static void WriteText(ConnectivityStream report, TextWriter output, bool markdown, bool grouping, bool readable)
    {
        var anyBlocked = false;
        var anyOver = false;
        var first = true;
        foreach (var (title, section) in SortedSections(report))
        {
            if (!first)
            {
                output.Write('\n');
            }

            first = false;
            output.Write(markdown ? $"# {title}\n| src | dst | conn |\n|-----|-----|------|\n" : $"{title}\n");
            var empty = true;
            foreach (var row in Rows(section, grouping, readable))
            {
                empty = false;
                anyBlocked |= row.ResponseBlocked;
                anyOver |= row.OverApproximated;
                output.Write(markdown
                    ? $"| {MarkdownText.Cell(Side(row, source: true, readable))} | {MarkdownText.Cell(Side(row, source: false, readable))} | {MarkdownText.Cell(RowText.Connection(row.Label, readable))} |\n"
                    : (readable ? RowText.ReadableLine(row) : RowText.Line(row)) + "\n");
            }

            if (empty && !markdown)
            {
                output.Write("<nothing to report>\n");
            }
        }

        if (anyBlocked)
        {
            output.Write("\n" + BlockedResponseNote + "\n");
        }

        if (anyOver)
        {
            output.Write("\n" + OverApproximationNote + "\n");
        }
    }

    // A markdown cell for one side; in the readable style a grouped row whose lists are the same nodes says so.
    private static string Side(ReportRow row, bool source, bool readable)
    {
        if (!readable)
        {
            return NodeText.Group(source ? row.Source : row.Destination);
        }

        if (!source && !row.Source.IsExternal && !row.Destination.IsExternal && row.Source.Key.Equals(row.Destination.Key))
        {
            return RowText.AmongThemselves;
        }

        return NodeText.ReadableGroup(source ? row.Source : row.Destination);
    }

    private static void WriteCsv(ConnectivityStream report, TextWriter output, bool grouping, bool readable)
    {
        // The readable style keeps every established column (exact ranges) and adds the readable wording after them.
        output.Write("section,source,destination,connection,response_blocked" + (readable ? ",source_text,destination_text,connection_text" : string.Empty) + "\r\n");
        foreach (var (title, section) in SortedSections(report))
        {
            foreach (var row in Rows(section, grouping, readable))
            {
                output.Write(string.Join(',', CsvText.Field(title), CsvText.Field(NodeText.Group(row.Source)), CsvText.Field(NodeText.Group(row.Destination)), CsvText.Field(ConnectionText.Of(row.Connection)), row.ResponseBlocked ? "true" : "false"));
                if (readable)
                {
                    output.Write(',' + string.Join(',', CsvText.Field(NodeText.ReadableGroup(row.Source)), CsvText.Field(NodeText.ReadableGroup(row.Destination)), CsvText.Field(ConnectionText.Readable(row.Connection))));
                }

                output.Write("\r\n");
            }
        }
    }

    private static void WriteJson(ConnectivityStream report, TextWriter output, bool readable)
    {
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            var key = report.Level == ConnectivityLevel.Subnets ? "subnets_connectivity" : "endpoints_connectivity";
            foreach (var section in report.Sections.OrderBy(s => SectionKey(s.Scope), StringComparer.Ordinal))
            {
                json.WriteStartObject(SectionKey(section.Scope));
                json.WriteStartArray(key);
                foreach (var line in section.Lines)
                {
                    foreach (var sourceCidr in Cidrs(line.Source))
                    {
                        foreach (var destinationCidr in Cidrs(line.Destination))
                        {
                            WriteJsonLine(json, line, sourceCidr, destinationCidr, readable);
                        }
                    }

                    JsonText.FlushIfFull(json);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        });

        // An external side becomes one entry per CIDR it spans.
        static IEnumerable<string?> Cidrs(NetworkNode node) => node is ExternalNode external ? external.Addresses.ToPrefixes().Select(p => (string?)p.ToString()) : [null];
    }

    private static void WriteJsonLine(Utf8JsonWriter json, ConnectivityLine line, string? sourceCidr, string? destinationCidr, bool readable)
    {
        json.WriteStartObject();
        json.WritePropertyName("src");
        WriteNode(json, line.Source, sourceCidr);
        json.WritePropertyName("dst");
        WriteNode(json, line.Destination, destinationCidr);
        if (line.OverApproximated)
        {
            json.WriteBoolean("over_approximation", true);
        }

        var responsive = line.Responsive;
        json.WriteString("conn_text", ConnectionText.Of(responsive));
        if (readable)
        {
            json.WriteString("conn_readable", ConnectionText.Readable(responsive));
        }

        json.WritePropertyName("conn");
        WriteConnection(json, responsive);
        if (!line.ResponseBlocked.IsEmpty)
        {
            json.WriteString("unidirectional_conn_text", ConnectionText.Of(line.ResponseBlocked));
            if (readable)
            {
                json.WriteString("unidirectional_conn_readable", ConnectionText.Readable(line.ResponseBlocked));
            }

            json.WritePropertyName("unidirectional_conn");
            WriteConnection(json, line.ResponseBlocked);
        }

        json.WriteEndObject();
    }

    internal static string SectionKey(ConnectivityScope scope) => scope switch
    {
        VpcScope vpc => vpc.Vpc.Name,
        TransitGatewayScope gateway => $"combined-vpc-{gateway.Gateway.Name}",
        _ => scope.ToString()!,
    };

    internal static void WriteNode(Utf8JsonWriter json, NetworkNode node, string? cidr)
    {
        json.WriteStartObject();
        switch (node)
        {
            case ExternalNode block:
                json.WriteString("ResourceType", AddressText.Label(block.Kind));
                json.WriteString("CidrStr", cidr);
                break;
            case Endpoint endpoint:
                json.WriteString("Name", endpoint.Name);
                json.WriteString("ResourceName", endpoint.ResourceName);
                json.WriteString("ResourceUID", endpoint.Id);
                json.WriteString("ResourceType", endpoint.Kind.ToString());
                json.WriteString("Subnet", endpoint.Subnet.Name);
                json.WriteString("Zone", endpoint.Subnet.Subnet.Zone);
                json.WriteString("Region", endpoint.Vpc.Vpc.Region);
                json.WriteString("Vpc", endpoint.Vpc.Name);
                json.WriteString("AddressStr", endpoint.Address.ToString());
                break;
            case LoadBalancerNode lb:
                json.WriteString("Name", lb.Name);
                json.WriteString("ResourceUID", lb.Id);
                json.WriteString("ResourceType", "LoadBalancer");
                json.WriteString("Vpc", lb.Vpc.Name);
                json.WriteString("AddressStr", lb.Addresses.ToCidrString());
                break;
            case SubnetNode subnet:
                json.WriteString("Name", subnet.Name);
                json.WriteString("ResourceUID", subnet.Subnet.Id);
                json.WriteString("ResourceType", "Subnet");
                json.WriteString("Zone", subnet.Subnet.Zone);
                json.WriteString("Region", subnet.Vpc.Vpc.Region);
                json.WriteString("Vpc", subnet.Vpc.Name);
                json.WriteString("CidrStr", subnet.Subnet.Cidr.ToString());
                break;
        }

        json.WriteEndObject();
    }

    /// <summary>A connection set as a list of items: one per protocol and port (or type/code) rectangle.</summary>
    internal static void WriteConnection(Utf8JsonWriter json, ConnectionSet connection)
    {
        json.WriteStartArray();
        if (connection.IsAll)
        {
            json.WriteStartObject();
            json.WriteString("protocol", "ANY");
            json.WriteEndObject();
        }
        else
        {
            foreach (var (name, pairs) in new[] { ("TCP", connection.Tcp), ("UDP", connection.Udp) })
            {
                foreach (var part in pairs.Parts)
                {
                    foreach (var source in part.First.Intervals)
                    {
                        foreach (var destination in part.Second.Intervals)
                        {
                            json.WriteStartObject();
                            json.WriteString("protocol", name);
                            WriteRange(json, "source_port", source, ConnectionSet.MinPort, ConnectionSet.MaxPort);
                            WriteRange(json, "destination_port", destination, ConnectionSet.MinPort, ConnectionSet.MaxPort);
                            json.WriteEndObject();
                        }
                    }
                }
            }

            foreach (var part in connection.Icmp.Parts)
            {
                foreach (var type in part.First.Intervals)
                {
                    foreach (var code in part.Second.Intervals)
                    {
                        json.WriteStartObject();
                        json.WriteString("protocol", "ICMP");
                        WriteRange(json, "type", type, 0, ConnectionSet.MaxIcmpType);
                        WriteRange(json, "code", code, 0, ConnectionSet.MaxIcmpCode);
                        json.WriteEndObject();
                    }
                }
            }

            foreach (var interval in connection.OtherProtocols.Intervals)
            {
                for (var protocol = interval.Start; protocol <= interval.End; protocol++)
                {
                    json.WriteStartObject();
                    json.WriteString("protocol", IpProtocols.Name(protocol));
                    json.WriteNumber("protocol_number", protocol);
                    json.WriteEndObject();
                }
            }
        }

        json.WriteEndArray();
    }

    private static void WriteRange(Utf8JsonWriter json, string name, Interval<int> range, int min, int max)
    {
        if (range.Start == min && range.End == max)
        {
            return;
        }

        json.WriteNumber("min_" + name, range.Start);
        json.WriteNumber("max_" + name, range.End);
    }
}
