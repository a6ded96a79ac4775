using System.Text.Json;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Topology;
using Portcullis.Formats;
using Portcullis.Formats.IbmVpc;

namespace Portcullis.Server.Hosting;

/// <summary>
/// Checks a configuration before it is stored, with the readers the command line uses: the IBM Cloud VPC reader
/// (every problem at its JSON path or line) and the topology's own checks (dangling references). A Terraform state
/// or plan is recognised and refused with the reason, as no reader for it is part of this build.
/// </summary>
internal static class SnapshotUploads
{
    /// <summary>The outcome: the diagnostics (errors make it invalid), and whether it looked like Terraform.</summary>
    public sealed record Validation(IReadOnlyList<Diagnostic> Diagnostics, bool IsTerraform)
    {
        public bool IsValid => !IsTerraform && Diagnostics.All(d => d.Severity != Severity.Error);

        public IReadOnlyList<string> Errors => [.. Diagnostics.Where(d => d.Severity == Severity.Error).Select(DiagnosticText.Format)];
    }

    public static Validation Validate(ReadOnlyMemory<byte> content, string name)
    {
        if (LooksLikeTerraform(content))
        {
            return new Validation([], IsTerraform: true);
        }

        var diagnostics = new DiagnosticBag();
        if (IbmVpcConfigReader.TryRead(content, name, diagnostics, out var configuration))
        {
            NetworkTopology.Build(configuration, TopologyFilter.None, diagnostics);
        }

        return new Validation(diagnostics.ToImmutable(), IsTerraform: false);
    }

    /// <summary>The diagnostics as JSON objects: code, severity, message, and where (file, path, line, column).</summary>
    public static IReadOnlyList<Dictionary<string, object?>> Describe(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => new Dictionary<string, object?>
        {
            ["code"] = d.Code,
            ["severity"] = d.Severity.ToString().ToLowerInvariant(),
            ["message"] = d.Message,
            ["file"] = d.Location?.File,
            ["path"] = d.Location?.Path,
            ["line"] = d.Location?.Line,
            ["column"] = d.Location?.Column,
            ["text"] = DiagnosticText.Format(d),
        })];

    private static bool LooksLikeTerraform(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && (document.RootElement.TryGetProperty("terraform_version", out _) || document.RootElement.TryGetProperty("resource_changes", out _));
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
