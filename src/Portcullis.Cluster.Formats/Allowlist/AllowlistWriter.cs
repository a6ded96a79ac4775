using Portcullis.Cluster.Allowlist;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Formats.Json;
using Portcullis.Formats.Text;
using Portcullis.Formats.Wording;

namespace Portcullis.Cluster.Formats.Allowlist;

/// <summary>Writes an allowlist as a plain list of CIDRs, as CSV with reasons, or as JSON.</summary>
public static partial class AllowlistWriter
{
    /// <summary>One aggregated CIDR per line (addresses as /32), the fewest blocks that cover exactly the entries.</summary>
    public static void WriteList(ClusterAllowlist allowlist, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(allowlist);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var prefix in allowlist.Prefixes)
        {
            writer.WriteLine(prefix);
        }
    }

    /// <summary><c>cidr,zone,reason</c>, one row per entry.</summary>
    public static void WriteCsv(ClusterAllowlist allowlist, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(allowlist);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("cidr,zone,reason");
        foreach (var entry in allowlist.Entries)
        {
            writer.WriteLine($"{entry.Cidr},{CsvText.Field(entry.Zone ?? string.Empty)},{CsvText.Field(AllowlistText.Reason(entry))}");
        }
    }

    /// <summary>The entries, the aggregated CIDRs, the connection and the notes.</summary>
    public static void WriteJson(ClusterAllowlist allowlist, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(allowlist);
        ArgumentNullException.ThrowIfNull(writer);
        JsonText.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("cluster", allowlist.Cluster);
            json.WriteString("direction", allowlist.Direction == AllowlistDirection.FromCluster ? "from-cluster" : "to-cluster");
            json.WriteString("connection", ConnectionText.Of(allowlist.Connection));
            json.WriteStartArray("cidrs");
            foreach (var prefix in allowlist.Prefixes)
            {
                json.WriteStringValue(prefix.ToString());
            }

            json.WriteEndArray();
            json.WriteStartArray("entries");
            foreach (var entry in allowlist.Entries)
            {
                json.WriteStartObject();
                json.WriteString("cidr", entry.Cidr.ToString());
                if (entry.Zone is not null)
                {
                    json.WriteString("zone", entry.Zone);
                }

                json.WriteString("reason", AllowlistText.Reason(entry));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (var note in allowlist.Notes)
            {
                json.WriteStringValue(AllowlistText.Note(note));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

}
