using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint;
using Portcullis.Formats.Json;

namespace Portcullis.Formats.Lint;

/// <summary>
/// Writes lint findings as SARIF 2.1.0, the format CI systems read to show findings where they are: one run whose
/// driver lists every linter that ran as a rule, and one result per finding, located at the JSON object to change
/// (file, line and column when known, and the JSON path as a logical location), with the objects that explain it
/// as related locations.
/// </summary>
public static class SarifWriter
{
    /// <summary>The SARIF version written.</summary>
    public const string Version = "2.1.0";

    /// <summary>The schema of that version.</summary>
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The tool name in the SARIF driver.</summary>
    public const string ToolName = "Portcullis";

    /// <summary>Writes the report.</summary>
    public static void Write(LintReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", Schema);
            json.WriteString("version", Version);
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, report);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            var ruleIndex = report.Linters.Select((l, i) => (l.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
            foreach (var finding in report.Findings)
            {
                WriteResult(json, finding, ruleIndex[finding.Linter]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>The SARIF level of a severity: <c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static string Level(Severity severity) => LintTextWriter.Label(severity);

    /// <summary>
    /// A file as an artifact URI: a relative path stays relative (forward slashes, each segment escaped) so that CI
    /// resolves it against the checkout; an absolute path becomes a <c>file:</c> URI.
    /// </summary>
    public static string ArtifactUri(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (Path.IsPathFullyQualified(file))
        {
            return new Uri(file).AbsoluteUri;
        }

        var segments = file.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(s => s is "." or ".." ? s : Uri.EscapeDataString(s)));
    }

    private static void WriteTool(Utf8JsonWriter json, LintReport report)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolName);
        var version = typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (version is not null)
        {
            json.WriteString("version", version.Split('+')[0]);
        }

        json.WriteStartArray("rules");
        foreach (var linter in report.Linters)
        {
            json.WriteStartObject();
            json.WriteString("id", linter.Name);
            json.WriteString("name", string.Concat(linter.Name.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", linter.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", linter.Description);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(linter.Severity));
            json.WriteBoolean("enabled", linter.EnabledByDefault);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue("network");
            json.WriteStringValue("security");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, LintFinding finding, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Linter);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        var message = LintText.Message(finding);
        var details = LintText.Details(finding);
        json.WriteString("text", details.IsEmpty ? message : message + "\n" + string.Join('\n', details));
        json.WriteEndObject();

        var located = finding.AllSubjects.Where(s => s.Location is not null).Distinct().ToList();
        if (located.Count > 0)
        {
            json.WriteStartArray("locations");
            WriteLocation(json, located[0], id: null);
            json.WriteEndArray();
        }

        if (located.Count > 1)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 1; i < located.Count; i++)
            {
                WriteLocation(json, located[i], id: i);
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString("portcullisFinding/v1", Fingerprint(finding));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, LintSubject subject, int? id)
    {
        var location = subject.Location!;
        json.WriteStartObject();
        if (id is { } number)
        {
            json.WriteNumber("id", number);
        }

        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(location.File));
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
            json.WriteString("name", LintSubjectText.Name(subject));
            json.WriteString("fullyQualifiedName", path);
            json.WriteString("kind", "object");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("message");
        json.WriteString("text", Describe(subject));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Describe(LintSubject subject)
    {
        var what = $"{LintSubjectText.Kind(subject.Kind).Replace('-', ' ')} {LintSubjectText.Name(subject)}";
        return LintSubjectText.Table(subject) is { } table ? $"{what} of {table}" : what;
    }

    // Stable across runs and edits elsewhere in the file: the linter and the objects, not lines or wording.
    private static string Fingerprint(LintFinding finding)
    {
        var key = string.Join('|', new[] { finding.Linter }
            .Concat(finding.Subjects.Select(LintSubjectText.Path))
            .Concat(new[] { finding.Source, finding.Destination }.OfType<LintSubject>().Select(LintSubjectText.Qualified)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }

}
