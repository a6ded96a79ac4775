using System.Globalization;
using System.Text.Json;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Flows.Replay;
using Portcullis.Formats.Json;
using Portcullis.Formats.Reports;
using Portcullis.Formats.Wording;

namespace Portcullis.Flows.Formats.FlowLogs;

/// <summary>Writes a flow-log replay report as text, JSON or CSV.</summary>
public static partial class FlowReplayReportWriter
{
    /// <summary>Writes the report in the given format.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For Markdown, which the replay does not write.</exception>
    public static void Write(FlowReplayReport report, ReportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var wording = new Wording();
        switch (format)
        {
            case ReportFormat.Txt:
                WriteText(report, wording, output);
                break;
            case ReportFormat.Json:
                WriteJson(report, wording, output);
                break;
            case ReportFormat.Csv:
                WriteCsv(report, wording, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "The flow replay writes txt, json or csv.");
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Direction(TrafficDirection direction) => direction == TrafficDirection.Inbound ? "inbound" : "outbound";

    private static string Kind(ChangeKind kind) => kind == ChangeKind.NowRejected ? "now-rejected" : "now-accepted";

    private static void WriteText(FlowReplayReport report, Wording wording, TextWriter output)
    {
        var ordered = wording.Ordered(report.Changes);
        output.WriteLine($"Flow-log replay: {N(report.Objects)} objects, {N(report.Records)} records, {N(report.Evaluated)} decided against the configuration"
            + (report.UnknownRecords > 0 ? $", {N(report.UnknownRecords)} of vNICs it does not have" : string.Empty));
        foreach (var kind in new[] { ChangeKind.NowRejected, ChangeKind.NowAccepted })
        {
            var changes = ordered.Where(c => c.Kind == kind).ToList();
            output.WriteLine();
            var title = kind == ChangeKind.NowRejected ? "Accepted traffic the configuration would now reject" : "Rejected traffic the configuration would now accept";
            output.WriteLine(changes.Count == 0 ? $"{title}: none" : $"{title}: {N(changes.Sum(c => c.Records))} records");
            foreach (var change in changes)
            {
                output.WriteLine($"  {NodeText.Name(change.Endpoint)} {Direction(change.Direction)}, {(change.Cause == ChangeCause.Request ? "request" : "replies")}: {N(change.Records)} records");
                foreach (var rule in change.DecidedBy)
                {
                    output.WriteLine($"    {(kind == ChangeKind.NowRejected ? "dropped by" : "allowed by")} {wording.Deciding(rule)}");
                }

                output.WriteLine($"    e.g. {string.Join("; ", change.Examples)}");
            }
        }

        output.WriteLine();
        output.WriteLine("Rule hits (records each rule decided):");
        // One heading per table and direction (tables that share a name are not merged).
        foreach (var lane in report.Rules.GroupBy(r => (Table: (object?)r.Acl ?? r.Group, r.Direction), TableKeys.Instance))
        {
            var first = lane.First();
            output.WriteLine($"  {Wording.Layer(first.Layer)} {Wording.TableName(first)} {Direction(first.Direction)} ({N(first.Evaluated)} records evaluated):");
            foreach (var rule in lane)
            {
                output.WriteLine($"    {N(rule.Hits),12}  {wording.Rule(rule.Rule)}");
            }
        }

        var unused = report.UnusedRules.ToList();
        output.WriteLine();
        output.WriteLine(unused.Count == 0 ? "Unused rules: none" : $"Unused rules (lint): {unused.Count}");
        foreach (var rule in unused)
        {
            output.WriteLine($"  unused-rule: {Wording.Layer(rule.Layer)} {Wording.TableName(rule)}: {wording.Rule(rule.Rule)} (none of {N(rule.Evaluated)} records evaluated against it)");
        }

        if (report.UnjudgedRules > 0)
        {
            output.WriteLine($"  ({report.UnjudgedRules} rules of ACL and security-group directions that no record crossed are not judged)");
        }

        var unknown = Wording.UnknownInterfaces(report);
        if (unknown.Length > 0)
        {
            output.WriteLine();
            output.WriteLine($"Unknown vNICs (records not decided): {unknown.Length} ids, {N(report.UnknownRecords)} records");
            foreach (var (id, records) in unknown.Take(20))
            {
                output.WriteLine($"  {id}: {N(records)} records");
            }

            if (unknown.Length > 20)
            {
                output.WriteLine($"  ... {unknown.Length - 20} more (see --format json)");
            }
        }

        if (report.AddressMismatches > 0 || report.SkippedDataObjects > 0)
        {
            output.WriteLine();
            if (report.AddressMismatches > 0)
            {
                output.WriteLine($"Note: {N(report.AddressMismatches)} records name a vNIC-side address that is not the vNIC's own; they were decided with the addresses they give.");
            }

            if (report.SkippedDataObjects > 0)
            {
                output.WriteLine($"Note: {N(report.SkippedDataObjects)} objects say \"skip data\": the collector lost records there, so hit counts are lower bounds.");
            }
        }
    }

    private static void WriteJson(FlowReplayReport report, Wording wording, TextWriter output)
    {
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("summary");
            json.WriteNumber("objects", report.Objects);
            json.WriteNumber("records", report.Records);
            json.WriteNumber("evaluated", report.Evaluated);
            json.WriteNumber("unknown_vnic_records", report.UnknownRecords);
            json.WriteNumber("now_rejected", report.NowRejected);
            json.WriteNumber("now_accepted", report.NowAccepted);
            json.WriteNumber("address_mismatches", report.AddressMismatches);
            json.WriteNumber("skip_data_objects", report.SkippedDataObjects);
            json.WriteNumber("unjudged_rules", report.UnjudgedRules);
            json.WriteEndObject();
            json.WriteStartArray("changes");
            foreach (var change in wording.Ordered(report.Changes))
            {
                json.WriteStartObject();
                json.WriteString("kind", Kind(change.Kind));
                json.WriteString("cause", change.Cause == ChangeCause.Request ? "request" : "reply");
                json.WriteString("endpoint", NodeText.Name(change.Endpoint));
                json.WriteString("interface_id", change.InterfaceId);
                json.WriteString("direction", Direction(change.Direction));
                json.WriteNumber("records", change.Records);
                json.WriteStartArray("decided_by");
                foreach (var rule in change.DecidedBy)
                {
                    json.WriteStartObject();
                    json.WriteString("layer", rule.Layer == LayerKind.NetworkAcl ? "network-acl" : "security-group");
                    json.WriteString("name", Wording.TableName(rule));
                    if (rule.Rule is { } cited)
                    {
                        json.WriteString("rule", wording.Rule(cited));
                    }
                    else
                    {
                        json.WriteNull("rule");
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("examples");
                foreach (var example in change.Examples)
                {
                    json.WriteStringValue(example.ToString());
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteRules(json, wording, "rules", report.Rules);
            WriteRules(json, wording, "unused_rules", report.UnusedRules);
            json.WriteStartArray("unknown_interfaces");
            foreach (var (id, records) in Wording.UnknownInterfaces(report))
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteNumber("records", records);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteRules(Utf8JsonWriter json, Wording wording, string name, IEnumerable<RuleUse> rules)
    {
        json.WriteStartArray(name);
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("layer", rule.Layer == LayerKind.NetworkAcl ? "network-acl" : "security-group");
            json.WriteString("name", Wording.TableName(rule));
            json.WriteString("direction", Direction(rule.Direction));
            json.WriteString("rule", wording.Rule(rule.Rule));
            if (rule.Location is not null)
            {
                json.WriteString("location", rule.Location.ToString());
            }

            json.WriteNumber("hits", rule.Hits);
            json.WriteNumber("evaluated", rule.Evaluated);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCsv(FlowReplayReport report, Wording wording, TextWriter output)
    {
        output.Write("section,kind,endpoint,interface_id,direction,layer,layer_name,rule,records,evaluated\r\n");
        foreach (var change in wording.Ordered(report.Changes))
        {
            var kind = $"{Kind(change.Kind)} ({(change.Cause == ChangeCause.Request ? "request" : "reply")})";
            foreach (var rule in change.DecidedBy)
            {
                var cited = rule.Rule is { } citation ? wording.Rule(citation)
                    : rule.Layer == LayerKind.NetworkAcl ? "(no rule matches: implicit deny)" : "(no rule allows it)";
                Row(output, "change", kind, NodeText.Name(change.Endpoint), change.InterfaceId, Direction(change.Direction), Wording.Layer(rule.Layer), Wording.TableName(rule),
                    cited, change.Records.ToString(CultureInfo.InvariantCulture), string.Empty);
            }
        }

        foreach (var rule in report.Rules)
        {
            var kind = rule.Hits == 0 ? "unused" : "used";
            Row(output, "rule", kind, string.Empty, string.Empty, Direction(rule.Direction), Wording.Layer(rule.Layer), Wording.TableName(rule), wording.Rule(rule.Rule),
                rule.Hits.ToString(CultureInfo.InvariantCulture), rule.Evaluated.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var (id, records) in Wording.UnknownInterfaces(report))
        {
            Row(output, "unknown-vnic", string.Empty, string.Empty, id, string.Empty, string.Empty, string.Empty, string.Empty, records.ToString(CultureInfo.InvariantCulture), string.Empty);
        }
    }

    private static void Row(TextWriter output, params string[] fields)
    {
        output.Write(string.Join(',', fields.Select(Csv)));
        output.Write("\r\n");
    }

    private static string Csv(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    // Groups rule uses by the table that holds them (the same object) and their direction.
    private sealed class TableKeys : IEqualityComparer<(object? Table, TrafficDirection Direction)>
    {
        public static TableKeys Instance { get; } = new();

        public bool Equals((object? Table, TrafficDirection Direction) x, (object? Table, TrafficDirection Direction) y) =>
            ReferenceEquals(x.Table, y.Table) && x.Direction == y.Direction;

        public int GetHashCode((object? Table, TrafficDirection Direction) key) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Table), key.Direction);
    }
}
