using Portcullis.Cluster.Check;
using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Cluster.Requirements;
using Portcullis.Formats.Json;
using Portcullis.Formats.Reports;
using Portcullis.Formats.Text;
using Portcullis.Formats.Wording;

namespace Portcullis.Cluster.Formats.Check;

/// <summary>Writes a cluster check: a table of requirements (status, what blocks, the fix in one line), details, and findings.</summary>
public static partial class ClusterCheckWriter
{
    /// <summary>The table's column headers.</summary>
    public static IReadOnlyList<string> Headers { get; } = ["REQUIREMENT", "STATUS", "BLOCKED BY", "FIX"];

    /// <summary>Writes the report in txt, md or json.</summary>
    public static void Write(ClusterCheckReport report, FixPlan plan, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case ReportFormat.Json:
                WriteJson(report, plan, writer);
                break;
            case ReportFormat.Md:
                WriteText(report, plan, writer, markdown: true);
                break;
            default:
                WriteText(report, plan, writer, markdown: false);
                break;
        }
    }

    /// <summary>The table rows: requirement, status, what blocks, the fix in one line.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(ClusterCheckReport report, FixPlan plan)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var result in report.Results)
        {
            var blocker = result.Status switch
            {
                RequirementStatus.Open => "-",
                RequirementStatus.NotApplicable => result.NotApplicable is { } reason ? CheckText.NotApplicable(reason) : "-",
                _ => result.BlockingGap is { } gap ? GapText.Short(gap) : "-",
            };
            yield return [result.Requirement.Id, CheckText.Status(result.Status), blocker, FixLine(result, plan)];
        }
    }

    /// <summary>The fix of one requirement in one line: the first change and how many more.</summary>
    public static string FixLine(RequirementResult result, FixPlan plan)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(plan);
        if (result.Status is RequirementStatus.Open or RequirementStatus.NotApplicable)
        {
            return "-";
        }

        var changes = plan.For(result.Requirement.Id).ToList();
        return changes.Count switch
        {
            0 => plan.Problems.IsEmpty ? "-" : "see the problems below",
            1 => FixText.Summary(changes[0]),
            _ => $"{FixText.Summary(changes[0])} (+{changes.Count - 1} more)",
        };
    }

    private static void WriteText(ClusterCheckReport report, FixPlan plan, TextWriter writer, bool markdown)
    {
        var binding = report.Binding;
        var cluster = binding.Description;
        var heading = markdown ? "## " : string.Empty;
        // Every value here comes from the description or the configuration: escaped, so none reaches a terminal raw.
        writer.WriteLine(ControlText.Escape($"{heading}Cluster {cluster.Name} ({cluster.Id}), Kubernetes {cluster.VersionText}, region {cluster.Region}, VPC {binding.Vpc.Name}"));
        writer.WriteLine();
        writer.WriteLine($"Requirements: {report.Catalog.Title} ({EraNames.Name(report.Catalog.Era)})");
        writer.WriteLine($"Checked for {binding.Workers.Length} workers in {binding.WorkerSubnets.Length} subnets: "
            + $"{report.Count(RequirementStatus.Open)} open, {report.Count(RequirementStatus.PartlyOpen)} partly open, {report.Count(RequirementStatus.Blocked)} blocked, {report.Count(RequirementStatus.NotApplicable)} not applicable");
        writer.WriteLine();
        if (markdown)
        {
            TextTable.WriteMarkdown(writer, Headers, Rows(report, plan));
        }
        else
        {
            TextTable.Write(writer, Headers, Rows(report, plan));
        }

        var failing = report.Results.Where(r => r.Status is RequirementStatus.Blocked or RequirementStatus.PartlyOpen).ToList();
        if (failing.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine(markdown ? "### Details" : "Details:");
            foreach (var result in failing)
            {
                WriteDetails(writer, result, markdown);
            }
        }

        if (!report.Findings.IsEmpty)
        {
            writer.WriteLine();
            writer.WriteLine(markdown ? "### Findings" : "Findings:");
            foreach (var finding in report.Findings)
            {
                var bullet = markdown ? "- " : "  ";
                writer.WriteLine($"{bullet}[{FindingText.Kind(finding.Kind)}] {ControlText.Escape(FindingText.Message(finding))}");
                if (FindingText.Rule(finding) is { } rule)
                {
                    writer.WriteLine($"{(markdown ? "  " : "    ")}rule: {ControlText.Escape(rule)}");
                }
            }
        }

        if (!plan.Problems.IsEmpty)
        {
            writer.WriteLine();
            writer.WriteLine(markdown ? "### Problems" : "Problems:");
            foreach (var problem in plan.Problems)
            {
                writer.WriteLine((markdown ? "- " : "  ") + FixText.Problem(problem));
            }
        }
    }

    private static void WriteDetails(TextWriter writer, RequirementResult result, bool markdown)
    {
        var requirement = result.Requirement;
        var side = requirement.Direction == Core.Model.TrafficDirection.Inbound ? "from" : "to";
        writer.WriteLine(markdown ? $"- **{requirement.Id}**: {requirement.Purpose} ({requirement.Source})" : $"  {requirement.Id}: {requirement.Purpose} ({requirement.Source})");
        var indent = markdown ? "  " : "    ";
        writer.WriteLine($"{indent}needs {CheckText.Direction(requirement.Direction)} \"{ConnectionText.Of(result.Connection)}\" {side} {requirement.Peer}");
        foreach (var peer in result.Peers.Where(p => p.Status != RequirementStatus.Open))
        {
            var first = NodeText.Name(peer.Workers[0]);
            var workers = peer.Workers.Length == 1 ? first : $"{first} and {peer.Workers.Length - 1} more";
            var allowed = peer.Allowed.IsEmpty ? "nothing" : $"only \"{ConnectionText.Of(peer.Allowed)}\"";
            writer.WriteLine($"{indent}{workers} {side} {CheckText.Peer(peer.Peer)}: {CheckText.Status(peer.Status)} ({allowed} gets through)");
            foreach (var gap in peer.Gaps)
            {
                writer.WriteLine($"{indent}  {GapText.Full(gap)}");
            }
        }
    }

    private static void WriteJson(ClusterCheckReport report, FixPlan plan, TextWriter writer)
    {
        JsonText.Write(writer, json =>
        {
            var binding = report.Binding;
            json.WriteStartObject();
            json.WriteStartObject("cluster");
            json.WriteString("name", binding.Description.Name);
            json.WriteString("id", binding.Description.Id);
            json.WriteString("region", binding.Description.Region);
            json.WriteString("version", binding.Description.VersionText);
            json.WriteString("vpc", binding.Vpc.Name);
            json.WriteNumber("workers", binding.Workers.Length);
            json.WriteEndObject();
            json.WriteString("era", EraNames.Name(report.Catalog.Era));
            json.WriteString("catalog", report.Catalog.Title);
            json.WriteBoolean("passed", !report.HasBlocked);
            json.WriteStartArray("requirements");
            foreach (var result in report.Results)
            {
                var requirement = result.Requirement;
                json.WriteStartObject();
                json.WriteString("id", requirement.Id);
                json.WriteString("purpose", requirement.Purpose);
                json.WriteString("status", CheckText.Status(result.Status));
                json.WriteString("direction", CheckText.Direction(requirement.Direction));
                json.WriteString("connection", ConnectionText.Of(result.Connection));
                json.WriteString("peer", requirement.Peer.ToString());
                json.WriteString("layers", requirement.Layers.ToString());
                json.WriteString("source", requirement.Source);
                if (result.NotApplicable is { } reason)
                {
                    json.WriteString("note", CheckText.NotApplicable(reason));
                }

                json.WriteStartArray("fix");
                foreach (var change in plan.For(requirement.Id))
                {
                    json.WriteStringValue(FixText.Summary(change));
                }

                json.WriteEndArray();
                json.WriteStartArray("peers");
                foreach (var peer in result.Peers)
                {
                    json.WriteStartObject();
                    json.WriteString("peer", CheckText.Peer(peer.Peer));
                    json.WriteString("status", CheckText.Status(peer.Status));
                    json.WriteString("allowed", ConnectionText.Of(peer.Allowed));
                    json.WriteStartArray("workers");
                    foreach (var worker in peer.Workers)
                    {
                        json.WriteStringValue(NodeText.Name(worker));
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("gaps");
                    foreach (var gap in peer.Gaps)
                    {
                        json.WriteStartObject();
                        json.WriteString("layer", gap.Layer == Core.Explain.LayerKind.NetworkAcl ? "acl" : "security-group");
                        json.WriteString("side", gap.Side == GapSide.Worker ? "worker" : "peer");
                        json.WriteString("direction", CheckText.Direction(gap.Direction));
                        json.WriteBoolean("reply", gap.IsReply);
                        json.WriteString("missing", ConnectionText.Of(gap.Missing));
                        json.WriteString("remote", gap.Remote.ToCidrString());
                        json.WriteString("blocker", GapText.Full(gap));
                        json.WriteStartArray("rules");
                        foreach (var rule in gap.Verdict.SelectMany(v => v.Rules))
                        {
                            JsonText.WriteRule(json, rule);
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("kind", FindingText.Kind(finding.Kind));
                json.WriteString("message", FindingText.Message(finding));
                if (finding is RequirementFinding { Requirement: var concerned })
                {
                    json.WriteString("requirement", concerned.Id);
                }

                if (FindingText.Rule(finding) is { } rule)
                {
                    json.WriteString("rule", rule);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("quotas");
            foreach (var quota in report.Quotas)
            {
                json.WriteStartObject();
                json.WriteString("table", CheckText.Table(quota));
                json.WriteNumber("used", quota.Used);
                json.WriteNumber("limit", quota.Limit);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("problems");
            foreach (var problem in plan.Problems)
            {
                json.WriteStringValue(FixText.Problem(problem));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
