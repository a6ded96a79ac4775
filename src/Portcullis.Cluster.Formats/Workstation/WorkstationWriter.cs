using Portcullis.Cluster.Formats.Wording;
using Portcullis.Cluster.Requirements;
using Portcullis.Cluster.Workstation;
using Portcullis.Formats.Json;
using Portcullis.Formats.Text;

namespace Portcullis.Cluster.Formats.Workstation;

/// <summary>Writes the workstation egress requirements as a table (txt or md) or JSON.</summary>
public static class WorkstationWriter
{
    /// <summary>The table's column headers.</summary>
    public static IReadOnlyList<string> Headers { get; } = ["TOOL", "HOST", "PORTS", "WHY"];

    /// <summary>The table rows.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(IEnumerable<EgressRequirement> requirements) =>
        requirements.Select(r => (IReadOnlyList<string>)[r.Tool, r.Host, $"tcp {WorkstationText.Ports(r)}", WorkstationText.Purpose(r)]);

    /// <summary>A plain or Markdown table, then the notes.</summary>
    public static void WriteTable(string cluster, DocumentationEra era, IReadOnlyList<EgressRequirement> requirements, IReadOnlyList<WorkstationNote> notes, bool markdown, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"{(markdown ? "## " : string.Empty)}Workstation egress for cluster {ControlText.Escape(cluster)} ({EraNames.Name(era)}): allow these in the corporate firewall");
        writer.WriteLine();
        if (markdown)
        {
            TextTable.WriteMarkdown(writer, Headers, Rows(requirements));
        }
        else
        {
            TextTable.Write(writer, Headers, Rows(requirements));
        }

        WriteNotes(requirements, notes, markdown, writer);
    }

    /// <summary>The notes and verification commands after a table.</summary>
    public static void WriteNotes(IReadOnlyList<EgressRequirement> requirements, IReadOnlyList<WorkstationNote> notes, bool markdown, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(writer);
        var bullet = markdown ? "- " : "  ";
        writer.WriteLine();
        writer.WriteLine("Verify:");
        foreach (var requirement in requirements.Where(r => r.VerifyWith is not null))
        {
            writer.WriteLine($"{bullet}{requirement.VerifyWith}");
        }

        if (notes.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Notes:");
            foreach (var note in notes)
            {
                writer.WriteLine($"{bullet}{WorkstationText.Note(note)}");
            }
        }
    }

    /// <summary>The requirements and notes as JSON (what a probe consumes).</summary>
    public static void WriteJson(string cluster, DocumentationEra era, IReadOnlyList<EgressRequirement> requirements, IReadOnlyList<WorkstationNote> notes, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(writer);
        JsonText.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("cluster", cluster);
            json.WriteString("era", EraNames.Name(era));
            json.WriteStartArray("egress");
            foreach (var requirement in requirements)
            {
                json.WriteStartObject();
                json.WriteString("tool", requirement.Tool);
                json.WriteString("host", requirement.Host);
                json.WriteString("protocol", requirement.Protocol);
                json.WriteString("ports", WorkstationText.Ports(requirement));
                json.WriteBoolean("exactPort", requirement.ExactPort);
                json.WriteString("purpose", WorkstationText.Purpose(requirement));
                json.WriteString("source", requirement.Source);
                if (requirement.VerifyWith is not null)
                {
                    json.WriteString("verify", requirement.VerifyWith);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (var note in notes)
            {
                json.WriteStringValue(WorkstationText.Note(note));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
