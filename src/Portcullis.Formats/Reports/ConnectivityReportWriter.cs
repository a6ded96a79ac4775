using System.Text;
using System.Text.Json;
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

    /// <summary>Writes the report in the given format.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="grouping">Whether rows that say the same thing about several nodes merge (txt, md, csv; JSON lists pairs).</param>
    /// <param name="layout">What lays out the graph for <see cref="ReportFormat.Html"/> (required for it).</param>
    /// <exception cref="GraphLayoutException">The layout of the HTML graph failed.</exception>
    public static void Write(ConnectivityReport report, ReportFormat format, TextWriter output, bool grouping = false, ISvgLayout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ReportFormat.Txt:
                WriteText(report, output, markdown: false, grouping);
                break;
            case ReportFormat.Md:
                WriteText(report, output, markdown: true, grouping);
                break;
            case ReportFormat.Json:
                WriteJson(report, output);
                break;
            case ReportFormat.Csv:
                WriteCsv(report, output, grouping);
                break;
            case ReportFormat.Dot:
                DotGraphWriter.Write(ConnectivityGraph.Build(report), output);
                break;
            case ReportFormat.Html:
                HtmlGraphWriter.Write(ConnectivityGraph.Build(report), layout ?? throw new ArgumentNullException(nameof(layout), "The HTML format needs a graph layout."), output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unsupported report format.");
        }
    }

    private static IEnumerable<(string Title, ConnectivitySection Section)> SortedSections(ConnectivityReport report) =>
        report.Sections.Select(s => (Title: ScopeText.Title(s.Scope, report.Level), Section: s)).OrderBy(s => s.Title, StringComparer.Ordinal);

    private static void WriteText(ConnectivityReport report, TextWriter output, bool markdown, bool grouping)
    {
        var blocks = new List<string>();
        var anyBlocked = false;
        var anyOver = false;
        foreach (var (title, section) in SortedSections(report))
        {
            var rows = ReportShaper.Rows(section, TextOrder.Report, grouping);
            anyBlocked |= rows.Any(r => r.ResponseBlocked);
            anyOver |= rows.Any(r => r.OverApproximated);
            var text = new StringBuilder();
            if (markdown)
            {
                text.Append("# ").Append(title).Append('\n');
                text.Append("| src | dst | conn |\n|-----|-----|------|\n");
                foreach (var row in rows)
                {
                    text.Append("| ").Append(NodeText.Group(row.Source)).Append(" | ").Append(NodeText.Group(row.Destination)).Append(" | ").Append(RowText.Connection(row.Label)).Append(" |\n");
                }
            }
            else
            {
                text.Append(title).Append('\n');
                foreach (var row in rows)
                {
                    text.Append(RowText.Line(row)).Append('\n');
                }

                if (rows.IsEmpty)
                {
                    text.Append("<nothing to report>\n");
                }
            }

            blocks.Add(text.ToString());
        }

        output.Write(string.Join("\n", blocks));
        if (anyBlocked)
        {
            output.Write("\n" + BlockedResponseNote + "\n");
        }

        if (anyOver)
        {
            output.Write("\n" + OverApproximationNote + "\n");
        }
    }

    private static void WriteCsv(ConnectivityReport report, TextWriter output, bool grouping)
    {
        output.Write("section,source,destination,connection,response_blocked\r\n");
        foreach (var (title, section) in SortedSections(report))
        {
            foreach (var row in ReportShaper.Rows(section, TextOrder.Report, grouping))
            {
                output.Write(string.Join(',', CsvText.Field(title), CsvText.Field(NodeText.Group(row.Source)), CsvText.Field(NodeText.Group(row.Destination)), CsvText.Field(ConnectionText.Of(row.Connection)), row.ResponseBlocked ? "true" : "false"));
                output.Write("\r\n");
            }
        }
    }

    private static void WriteJson(ConnectivityReport report, TextWriter output)
    {
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            var key = report.Level == ConnectivityLevel.Subnets ? "subnets_connectivity" : "endpoints_connectivity";
            foreach (var section in report.Sections.OrderBy(s => SectionKey(s.Scope), StringComparer.Ordinal))
            {
                json.WriteStartObject(SectionKey(section.Scope));
                json.WriteStartArray(key);
                foreach (var line in JsonLines(section))
                {
                    json.WriteStartObject();
                    json.WritePropertyName("src");
                    WriteNode(json, line.Source, line.SourceCidr);
                    json.WritePropertyName("dst");
                    WriteNode(json, line.Destination, line.DestinationCidr);
                    if (line.Line.OverApproximated)
                    {
                        json.WriteBoolean("over_approximation", true);
                    }

                    var responsive = line.Line.Responsive;
                    json.WriteString("conn_text", ConnectionText.Of(responsive));
                    json.WritePropertyName("conn");
                    WriteConnection(json, responsive);
                    if (!line.Line.ResponseBlocked.IsEmpty)
                    {
                        json.WriteString("unidirectional_conn_text", ConnectionText.Of(line.Line.ResponseBlocked));
                        json.WritePropertyName("unidirectional_conn");
                        WriteConnection(json, line.Line.ResponseBlocked);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        });
    }

    private static string SectionKey(ConnectivityScope scope) => scope switch
    {
        VpcScope vpc => vpc.Vpc.Name,
        TransitGatewayScope gateway => $"combined-vpc-{gateway.Gateway.Name}",
        _ => scope.ToString()!,
    };

    // JSON keeps one entry per node pair; an external block becomes one entry per CIDR it spans.
    private static IEnumerable<(ConnectivityLine Line, NetworkNode Source, string? SourceCidr, NetworkNode Destination, string? DestinationCidr)> JsonLines(ConnectivitySection section)
    {
        var expanded = new List<(ConnectivityLine, NetworkNode, string?, NetworkNode, string?)>();
        foreach (var line in section.Lines)
        {
            foreach (var sourceCidr in Cidrs(line.Source))
            {
                foreach (var destinationCidr in Cidrs(line.Destination))
                {
                    expanded.Add((line, line.Source, sourceCidr, line.Destination, destinationCidr));
                }
            }
        }

        return expanded.OrderBy(e => Name(e.Item2, e.Item3), StringComparer.Ordinal).ThenBy(e => Name(e.Item4, e.Item5), StringComparer.Ordinal);

        static IEnumerable<string?> Cidrs(NetworkNode node) => node is ExternalBlock block ? block.Addresses.ToPrefixes().Select(p => (string?)p.ToString()) : [null];

        static string Name(NetworkNode node, string? cidr) => cidr is null ? NodeText.Name(node) : $"{((ExternalBlock)node).Kind} [{cidr}]";
    }

    private static void WriteNode(Utf8JsonWriter json, NetworkNode node, string? cidr)
    {
        json.WriteStartObject();
        switch (node)
        {
            case ExternalBlock block:
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
