using System.Collections.Immutable;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats.Json;
using Portcullis.Formats.Lint;
using Portcullis.Policies.Analysis.Lint;
using Portcullis.Policies.Formats.Text;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Formats.Lint;

/// <summary>Words policy lint findings: text, JSON, and SARIF 2.1.0 located at the policy or rule to change.</summary>
public static partial class PolicyLintWriter
{
    /// <summary>The linter's id (kebab case) of a kind.</summary>
    public static string Id(PolicyFindingKind kind) => kind switch
    {
        PolicyFindingKind.ConflictingOrder => "policy-conflicting-order",
        PolicyFindingKind.EmptyPolicy => "policy-empty",
        PolicyFindingKind.EmptyRule => "policy-rule-empty",
        PolicyFindingKind.RedundantPolicy => "policy-redundant",
        PolicyFindingKind.RedundantRule => "policy-rule-redundant",
        PolicyFindingKind.Vacuous => "policy-set-vacuous",
        _ => "policy-endpoint-uncaptured",
    };

    /// <summary>What a kind of finding checks.</summary>
    public static string Title(PolicyFindingKind kind) => kind switch
    {
        PolicyFindingKind.ConflictingOrder => "Policies of the same order with opposite actions on common endpoints",
        PolicyFindingKind.EmptyPolicy => "Policies that select no endpoint",
        PolicyFindingKind.EmptyRule => "Rules whose source or destination selects nothing",
        PolicyFindingKind.RedundantPolicy => "Policies whose removal changes no connection",
        PolicyFindingKind.RedundantRule => "Rules whose removal changes no connection",
        PolicyFindingKind.Vacuous => "Policy sets that allow exactly what no policy would",
        _ => "Endpoints no policy selects in a direction",
    };

    /// <summary>The kind whose id is <paramref name="id"/>.</summary>
    public static bool TryParseId(string id, out PolicyFindingKind kind)
    {
        foreach (var candidate in Enum.GetValues<PolicyFindingKind>())
        {
            if (Id(candidate) == id)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The finding in words.</summary>
    public static string Message(PolicyFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var policy = finding.Policy is { } p ? PolicyText.Policy(p) : "";
        var rule = finding.Rule is { } r ? PolicyText.Rule(r) : "";
        return finding.Kind switch
        {
            PolicyFindingKind.ConflictingOrder => $"{policy} and {(finding.Other is { } other ? PolicyText.Policy(other) : "another policy")} have the same order and select common endpoints, but one allows {PolicyText.Direction(finding.Direction ?? Direction.Ingress)} traffic the other denies: which decides depends only on their names",
            PolicyFindingKind.EmptyPolicy => $"{policy} selects no endpoint",
            PolicyFindingKind.EmptyRule => $"{rule} matches nothing: its {(finding.NoSource && finding.NoDestination ? "source and destination select" : finding.NoSource ? "source selects" : "destination selects")} no endpoint and no address",
            PolicyFindingKind.RedundantPolicy => $"{policy} is redundant: removing it changes no connection",
            PolicyFindingKind.RedundantRule => $"{rule} is redundant: removing it changes no connection",
            PolicyFindingKind.Vacuous => "the policies allow exactly what the endpoints would allow with no policy at all",
            _ => $"no policy selects {finding.Endpoints.Length} endpoint(s) for {PolicyText.Direction(finding.Direction ?? Direction.Ingress)}, so they allow everything that way: {string.Join(", ", finding.Endpoints.Take(8).Select(e => SafeText.Of(e.ToString())))}{(finding.Endpoints.Length > 8 ? $" (+{finding.Endpoints.Length - 8} more)" : "")}",
        };
    }

    /// <summary>Where a finding is: its rule's, else its policy's location.</summary>
    public static SourceLocation? Location(PolicyFinding finding, IReadOnlyList<Policy> policies)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(policies);
        var policy = policies.FirstOrDefault(p => p.Id == finding.Policy);
        if (policy is null)
        {
            return null;
        }

        if (finding.Rule is { } rule && rule.Number <= policy.Rules(rule.Direction).Length)
        {
            return policy.Rules(rule.Direction)[rule.Number - 1].Source ?? policy.Source;
        }

        return policy.Source;
    }

    /// <summary>Writes the findings; <paramref name="ran"/> are the kinds that ran.</summary>
    public static void Write(ImmutableArray<PolicyFinding> findings, IReadOnlySet<PolicyFindingKind> ran, IReadOnlyList<Policy> policies, PolicyLintFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(ran);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case PolicyLintFormat.Json:
                JsonText.Write(output, json =>
                {
                    json.WriteStartObject();
                    json.WriteStartArray("findings");
                    foreach (var finding in findings)
                    {
                        json.WriteStartObject();
                        json.WriteString("linter", Id(finding.Kind));
                        json.WriteString("severity", Level(finding.Severity));
                        json.WriteString("message", Message(finding));
                        if (finding.Policy is { } policy)
                        {
                            json.WriteString("policyKind", policy.Kind.ToString());
                            json.WriteString("policy", policy.FullName);
                        }

                        if (finding.Rule is { } rule)
                        {
                            json.WriteString("direction", PolicyText.Direction(rule.Direction));
                            json.WriteNumber("rule", rule.Number);
                        }

                        if (Location(finding, policies) is { } location)
                        {
                            json.WriteString("location", location.ToString());
                        }

                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                break;
            case PolicyLintFormat.Sarif:
                WriteSarif(findings, ran, policies, output);
                break;
            default:
                foreach (var group in findings.GroupBy(f => f.Kind))
                {
                    output.WriteLine($"{Id(group.Key)}: {Title(group.Key)}");
                    foreach (var finding in group)
                    {
                        output.WriteLine($"  {Level(finding.Severity)}: {Message(finding)}");
                        if (Location(finding, policies) is { } location)
                        {
                            output.WriteLine($"      at {SafeText.Of(location.ToString())}");
                        }
                    }

                    output.WriteLine();
                }

                output.WriteLine($"{Count(findings, PolicyFindingSeverity.Error, "error")}, {Count(findings, PolicyFindingSeverity.Warning, "warning")}, {Count(findings, PolicyFindingSeverity.Note, "note")} from {ran.Count} linters");
                break;
        }
    }

    /// <summary><c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static string Level(PolicyFindingSeverity severity) => severity switch
    {
        PolicyFindingSeverity.Error => "error",
        PolicyFindingSeverity.Warning => "warning",
        _ => "note",
    };

    private static string Count(ImmutableArray<PolicyFinding> findings, PolicyFindingSeverity severity, string noun)
    {
        var count = findings.Count(f => f.Severity == severity);
        return $"{count} {noun}{(count == 1 ? "" : "s")}";
    }

    private static void WriteSarif(ImmutableArray<PolicyFinding> findings, IReadOnlySet<PolicyFindingKind> ran, IReadOnlyList<Policy> policies, TextWriter output)
    {
        var kinds = Enum.GetValues<PolicyFindingKind>().Where(ran.Contains).ToList();
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SarifWriter.Schema);
            json.WriteString("version", SarifWriter.Version);
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", SarifWriter.ToolName);
            if (typeof(PolicyLintWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion is { } version)
            {
                json.WriteString("version", version.Split('+')[0]);
            }

            json.WriteStartArray("rules");
            foreach (var kind in kinds)
            {
                json.WriteStartObject();
                json.WriteString("id", Id(kind));
                json.WriteString("name", string.Concat(Id(kind).Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])));
                json.WriteStartObject("shortDescription");
                json.WriteString("text", Title(kind));
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(PolicyLint.SeverityOf(kind)));
                json.WriteBoolean("enabled", PolicyLint.DefaultKinds.Contains(kind));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var finding in findings)
            {
                WriteResult(json, finding, kinds.IndexOf(finding.Kind), Location(finding, policies));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteResult(Utf8JsonWriter json, PolicyFinding finding, int ruleIndex, SourceLocation? location)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", Id(finding.Kind));
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", Message(finding));
        json.WriteEndObject();
        if (location is not null)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", SarifWriter.ArtifactUri(location.File));
            json.WriteEndObject();
            if (location.Line is { } line)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", line);
                if (location.Column is { } column)
                {
                    json.WriteNumber("startColumn", column);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            if (location.Path is { } path)
            {
                json.WriteStartArray("logicalLocations");
                json.WriteStartObject();
                json.WriteString("name", finding.Policy?.FullName ?? "");
                json.WriteString("fullyQualifiedName", path);
                json.WriteString("kind", "object");
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        // Stable across runs and edits elsewhere in the file: the linter and the policy and rule, not lines or wording.
        var key = $"{Id(finding.Kind)}|{finding.Policy}|{finding.Rule?.Direction}|{finding.Rule?.Number}|{finding.Other}|{finding.Direction}";
        json.WriteStartObject("partialFingerprints");
        json.WriteString("portcullisPolicyFinding/v1", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32]);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
