using System.Text;
using Portcullis.Core.Analysis;

using Portcullis.Formats.Json;
using Portcullis.Formats.Wording;
namespace Portcullis.Formats.Reports;

/// <summary>Writes the per-subnet ACL view (<c>report single-subnet</c>).</summary>
public static partial class SubnetAclReportWriter
{
    /// <summary>Writes the views, grouped by VPC, in the given format.</summary>
    public static void Write(IReadOnlyList<SubnetAclView> views, ReportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(output);
        var byVpc = views.GroupBy(v => v.Subnet.Vpc.Name).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        switch (format)
        {
            case ReportFormat.Txt or ReportFormat.Md:
                WriteText(byVpc, output, format == ReportFormat.Md);
                break;
            case ReportFormat.Csv:
                output.Write("vpc,subnet,local_range,direction,remote_range,connection\r\n");
                foreach (var vpc in byVpc)
                {
                    foreach (var view in vpc.OrderBy(v => v.Subnet.Name, StringComparer.Ordinal))
                    {
                        foreach (var range in view.Ranges)
                        {
                            foreach (var (direction, remotes) in new[] { ("ingress", range.Ingress), ("egress", range.Egress) })
                            {
                                foreach (var remote in remotes)
                                {
                                    output.Write($"{vpc.Key},{view.Subnet.Name},{range.Local.ToRangeString()},{direction},{remote.First}-{remote.Last},\"{ConnectionText.Of(remote.Connection)}\"\r\n");
                                }
                            }
                        }
                    }
                }

                break;
            case ReportFormat.Json:
                WriteJson(byVpc, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unsupported format.");
        }
    }

    private static void WriteText(List<IGrouping<string, SubnetAclView>> byVpc, TextWriter output, bool markdown)
    {
        var sections = new List<string>();
        foreach (var vpc in byVpc)
        {
            var text = new StringBuilder();
            text.Append(markdown ? "# " : string.Empty).Append("Connectivity per subnet for VPC ").Append(vpc.Key).Append('\n');
            var blocks = new List<string>();
            foreach (var view in vpc.OrderBy(v => v.Subnet.Name, StringComparer.Ordinal))
            {
                var block = new StringBuilder();
                block.Append(markdown ? "## " : string.Empty).Append($"Subnet: {view.Subnet.Subnet.Cidr} ({view.Subnet.Name}, network ACL {view.Subnet.Acl.Name})\n");
                foreach (var range in view.Ranges)
                {
                    if (view.IsSplit)
                    {
                        block.Append('\n').Append(markdown ? "### " : string.Empty).Append("local range within subnet: ").Append(range.Local.ToRangeString()).Append('\n');
                    }

                    AppendDirection(block, "Ingress Connectivity:", range.Ingress, markdown);
                    AppendDirection(block, "Egress Connectivity:", range.Egress, markdown);
                }

                blocks.Add(block.ToString());
            }

            text.Append(string.Join("\n", blocks));
            sections.Add(text.ToString());
        }

        output.Write(string.Join("\n", sections));
    }

    private static void AppendDirection(StringBuilder block, string title, IEnumerable<RemoteRangeConnection> remotes, bool markdown)
    {
        block.Append(title).Append('\n');
        if (markdown)
        {
            block.Append("| remote | conn |\n|--------|------|\n");
        }

        foreach (var remote in remotes)
        {
            block.Append(markdown ? $"| {remote.First}-{remote.Last} | {ConnectionText.Of(remote.Connection)} |\n" : $"remote: {remote.First}-{remote.Last}, conn: {ConnectionText.Of(remote.Connection)}\n");
        }
    }

    private static void WriteJson(List<IGrouping<string, SubnetAclView>> byVpc, TextWriter output)
    {
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            foreach (var vpc in byVpc)
            {
                json.WriteStartArray(vpc.Key);
                foreach (var view in vpc.OrderBy(v => v.Subnet.Name, StringComparer.Ordinal))
                {
                    json.WriteStartObject();
                    json.WriteString("subnet", view.Subnet.Name);
                    json.WriteString("cidr", view.Subnet.Subnet.Cidr.ToString());
                    json.WriteString("network_acl", view.Subnet.Acl.Name);
                    json.WriteStartArray("local_ranges");
                    foreach (var range in view.Ranges)
                    {
                        json.WriteStartObject();
                        json.WriteString("local", range.Local.ToRangeString());
                        foreach (var (name, remotes) in new[] { ("ingress", range.Ingress), ("egress", range.Egress) })
                        {
                            json.WriteStartArray(name);
                            foreach (var remote in remotes)
                            {
                                json.WriteStartObject();
                                json.WriteString("remote", $"{remote.First}-{remote.Last}");
                                json.WriteString("conn_text", ConnectionText.Of(remote.Connection));
                                json.WritePropertyName("conn");
                                ConnectivityReportWriter.WriteConnection(json, remote.Connection);
                                json.WriteEndObject();
                            }

                            json.WriteEndArray();
                        }

                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        });
    }
}
