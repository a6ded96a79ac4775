using System.Collections.Immutable;
using Portcullis.Formats.Json;
using Portcullis.Formats.Text;
using Portcullis.Policies.Analysis;
using Portcullis.Policies.Formats.Text;

namespace Portcullis.Policies.Formats.Reports;

/// <summary>Writes the policy connectivity report: what every workload, endpoint and address range may open to every other.</summary>
public static partial class PolicyReportWriter
{
    /// <summary>Writes the rows in the format; <paramref name="title"/> names what was analysed.</summary>
    public static void Write(ImmutableArray<ReportRow> rows, string title, PolicyReportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case PolicyReportFormat.Md:
                output.WriteLine($"# Policy connectivity of {SafeText.Of(title)}");
                output.WriteLine();
                output.WriteLine("| source | destination | connections |");
                output.WriteLine("|---|---|---|");
                foreach (var row in rows)
                {
                    output.WriteLine($"| {Cell(PolicyText.Node(row.Source))} | {Cell(PolicyText.Node(row.Destination))} | {Cell(PolicyText.Connections(row.Connections))} |");
                }

                break;
            case PolicyReportFormat.Csv:
                output.WriteLine("source,destination,connections");
                foreach (var row in rows)
                {
                    output.WriteLine($"{CsvText.Field(PolicyText.Node(row.Source))},{CsvText.Field(PolicyText.Node(row.Destination))},{CsvText.Field(PolicyText.Connections(row.Connections))}");
                }

                break;
            case PolicyReportFormat.Json:
                JsonText.Write(output, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("title", title);
                    json.WriteStartArray("connections");
                    foreach (var row in rows)
                    {
                        json.WriteStartObject();
                        WriteNode(json, "source", row.Source);
                        WriteNode(json, "destination", row.Destination);
                        json.WriteString("connections", PolicyText.Connections(row.Connections));
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                break;
            case PolicyReportFormat.Dot:
                WriteDot(rows, title, output);
                break;
            default:
                output.WriteLine($"Policy connectivity of {SafeText.Of(title)}");
                foreach (var row in rows)
                {
                    output.WriteLine($"{PolicyText.Node(row.Source)} => {PolicyText.Node(row.Destination)} : {PolicyText.Connections(row.Connections)}");
                }

                break;
        }
    }

    private static void WriteNode(System.Text.Json.Utf8JsonWriter json, string name, ReportNode node)
    {
        json.WriteStartObject(name);
        json.WriteString("kind", node.Kind switch
        {
            ReportNodeKind.Workload => "workload",
            ReportNodeKind.Endpoint => "endpoint",
            ReportNodeKind.HostEndpoint => "host-endpoint",
            _ => "addresses",
        });
        if (node.Kind == ReportNodeKind.Addresses)
        {
            json.WriteStartArray("cidrs");
            foreach (var prefix in node.Addresses.ToPrefixes())
            {
                json.WriteStringValue(prefix.ToString());
            }

            json.WriteEndArray();
        }
        else
        {
            if (node.Namespace is { } ns)
            {
                json.WriteString("namespace", ns);
            }

            json.WriteString("name", node.Name);
            json.WriteString("resourceKind", node.ResourceKind);
        }

        json.WriteEndObject();
    }

    private static void WriteDot(ImmutableArray<ReportRow> rows, string title, TextWriter output)
    {
        var nodes = rows.SelectMany(r => new[] { r.Source, r.Destination }).DistinctBy(n => n.Key).OrderBy(n => n.Key, StringComparer.Ordinal).ToList();
        var ids = nodes.Select((n, i) => (n.Key, Id: $"n{i}")).ToDictionary(p => p.Key, p => p.Id, StringComparer.Ordinal);
        output.WriteLine("digraph policy_connectivity {");
        output.WriteLine($"  label={Quote("Policy connectivity of " + title)};");
        output.WriteLine("  labelloc=t;");
        output.WriteLine("  node [shape=box fontname=\"Helvetica\"];");
        output.WriteLine("  edge [fontname=\"Helvetica\" fontsize=10];");
        foreach (var group in nodes.GroupBy(n => n.Kind == ReportNodeKind.Addresses ? null : n.Namespace))
        {
            var indent = "  ";
            if (group.Key is { } ns)
            {
                output.WriteLine($"  subgraph {Quote("cluster_" + ns)} {{");
                output.WriteLine($"    label={Quote(ns)};");
                indent = "    ";
            }

            foreach (var node in group)
            {
                var shape = node.Kind switch
                {
                    ReportNodeKind.Addresses => " shape=note color=red3",
                    ReportNodeKind.HostEndpoint => " shape=box3d",
                    _ => "",
                };
                output.WriteLine($"{indent}{ids[node.Key]} [label={Quote(PolicyText.Node(node))}{shape}];");
            }

            if (group.Key is not null)
            {
                output.WriteLine("  }");
            }
        }

        foreach (var row in rows)
        {
            output.WriteLine($"  {ids[row.Source.Key]} -> {ids[row.Destination.Key]} [label={Quote(PolicyText.Connections(row.Connections))}];");
        }

        output.WriteLine("}");
    }

    private static string Quote(string text) => "\"" + SafeText.Of(text).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
