using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Formats.IbmCloudExports;
using Portcullis.Formats.IbmVpc;
using Portcullis.Formats.Json;
using Portcullis.Formats.TerraformShow;

namespace Portcullis.Formats.Configuration;

/// <summary>
/// Reads a VPC configuration from any of the places it lives, telling them apart by content: the collector's JSON,
/// <c>terraform show -json</c> of a state or a saved plan, or an <c>ibmcloud is ... --output JSON</c> list. Several
/// files combine: collected and exported objects are merged, and a Terraform file's objects replace the ones they
/// manage (a plan that covers only the ACLs changes only the ACLs).
/// </summary>
public static class ConfigurationReader
{
    private const string Expected = "a VPC configuration: the collector's JSON (an object with vpcs, subnets, network_acls ...), "
        + "the output of 'terraform show -json' for a state or a saved plan, or what an 'ibmcloud is ... --output JSON' list command prints";

    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInputPath = "-";

    /// <summary>How standard input is named in diagnostics.</summary>
    public const string StandardInputName = "<stdin>";

    private static bool TryOpen(string path, DiagnosticBag diagnostics, out ReadOnlyMemory<byte> bytes)
    {
        var ok = InputFile.TryOpen(path, File.ReadAllBytes, diagnostics, FormatDiagnostics.ConfigurationUnreadable, "configuration", out var read);
        bytes = read;
        return ok;
    }

    /// <summary>Reads one file, whatever its format; every problem is reported with the file and the place.</summary>
    /// <param name="path">The file.</param>
    /// <param name="diagnostics">Receives errors, warnings and notes.</param>
    /// <param name="document">What the file holds, when it has no errors.</param>
    public static bool TryReadFile(string path, DiagnosticBag diagnostics, [NotNullWhen(true)] out ConfigurationDocument? document)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        document = null;
        return InputFile.TryOpen(path, InputFile.ReadAllBytes, diagnostics, FormatDiagnostics.ConfigurationUnreadable, "configuration", out var bytes)
            && TryRead(bytes, path, diagnostics, out document);
    }

    /// <summary>Reads one document from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="file">The name to report locations with.</param>
    /// <param name="diagnostics">Receives errors, warnings and notes.</param>
    /// <param name="document">What it holds, when it has no errors.</param>
    public static bool TryRead(ReadOnlyMemory<byte> utf8Json, string file, DiagnosticBag diagnostics, [NotNullWhen(true)] out ConfigurationDocument? document) =>
        TryRead(utf8Json, file, diagnostics, out document, out _);

    private static bool TryRead(ReadOnlyMemory<byte> utf8Json, string file, DiagnosticBag diagnostics, [NotNullWhen(true)] out ConfigurationDocument? document, out PartialConfiguration? partial)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        document = null;
        partial = null;
        if (utf8Json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            diagnostics.Report(FormatDiagnostics.ConfigurationEmpty, new SourceLocation(file), Expected);
            return false;
        }

        if (!IbmVpcConfigReader.TryParse(utf8Json, file, diagnostics, out var json))
        {
            return false;
        }

        using (json)
        {
            var root = json.RootElement;
            if (TerraformShowReader.Recognizes(root))
            {
                var terraform = TerraformShowReader.Read(root, utf8Json.Span, file, diagnostics);
                document = terraform is null ? null : new ConfigurationDocument(file, terraform.IsPlan ? ConfigurationFormat.TerraformPlan : ConfigurationFormat.TerraformState, terraform.Configuration)
                {
                    Terraform = terraform,
                };
            }
            else if (IbmVpcConfigReader.LooksLikeCollectorOutput(root))
            {
                document = IbmVpcConfigReader.TryRead(root, file, diagnostics, locate: null, out var configuration, out partial)
                    ? new ConfigurationDocument(file, ConfigurationFormat.Collector, configuration)
                    : null;
            }
            else if (VpcExportReader.Recognizes(root))
            {
                document = VpcExportReader.Read(root, file, diagnostics) is { } export
                    ? new ConfigurationDocument(file, ConfigurationFormat.IbmCloudExport, export.Configuration) { AddressPrefixes = export.AddressPrefixes }
                    : null;
            }
            else
            {
                var found = root.ValueKind == JsonValueKind.Object ? "an object with none of those" : $"{JsonCursor.Describe(root)}";
                diagnostics.Report(ConfigurationDiagnostics.UnknownConfigurationFormat, new SourceLocation(file, "$"), found);
            }

            return document is not null;
        }
    }

    /// <summary>Reads several files and combines them (see <see cref="Combine"/>); every file is read, so that every problem is reported.</summary>
    /// <param name="paths">The files, in the order given.</param>
    /// <param name="diagnostics">Receives errors, warnings and notes.</param>
    /// <param name="configuration">The combined configuration, when no file has errors.</param>
    public static bool TryReadFiles(IReadOnlyList<string> paths, DiagnosticBag diagnostics, out VpcConfiguration configuration) =>
        TryReadFiles(paths, diagnostics, standardInput: null, out configuration);

    /// <summary>
    /// As <see cref="TryReadFiles(IReadOnlyList{string}, DiagnosticBag, out VpcConfiguration)"/>, where the path
    /// <see cref="StandardInputPath"/> (<c>-</c>) stands for <paramref name="standardInput"/>, reported as <see cref="StandardInputName"/>.
    /// </summary>
    /// <param name="paths">The files, in the order given.</param>
    /// <param name="diagnostics">Receives errors, warnings and notes.</param>
    /// <param name="standardInput">What standard input held, if a path is <c>-</c>.</param>
    /// <param name="configuration">The combined configuration, when no file has errors.</param>
    public static bool TryReadFiles(IReadOnlyList<string> paths, DiagnosticBag diagnostics, ReadOnlyMemory<byte>? standardInput, out VpcConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var documents = new List<ConfigurationDocument>();
        var partials = new List<PartialConfiguration>();
        var ok = true;
        var checkable = true;
        foreach (var path in paths)
        {
            PartialConfiguration? partial = null;
            var fromInput = path == StandardInputPath && standardInput is not null;
            var name = fromInput ? StandardInputName : path;
            ReadOnlyMemory<byte> bytes;
            bool opened;
            if (fromInput)
            {
                bytes = standardInput!.Value;
                opened = true;
            }
            else
            {
                opened = TryOpen(path, diagnostics, out bytes);
            }

            if (opened && TryRead(bytes, name, diagnostics, out var document, out partial))
            {
                documents.Add(document);
            }
            else
            {
                ok = false;
                checkable &= partial is not null;
                if (partial is not null)
                {
                    partials.Add(partial);
                }
            }
        }

        if (!ok && checkable && documents.All(d => d.Format == ConfigurationFormat.Collector))
        {
            // Errors in some objects: the references of the others are checked too, so that one run lists every
            // problem. A file that could not be parsed at all leaves nothing to check them against.
            var read = documents.Select(d => d.Configuration).Concat(partials.Select(p => p.Configuration)).Aggregate(VpcConfiguration.Empty, (all, next) => all.Merge(next));
            NetworkTopology.CheckReferences(read, partials.SelectMany(p => p.Unreadable).ToHashSet(StringComparer.Ordinal), diagnostics);
        }

        configuration = ok ? Combine(documents, diagnostics) : VpcConfiguration.Empty;
        return ok;
    }

    /// <summary>
    /// Combines documents: the collected and exported ones are merged (the first copy of an object is kept), then each
    /// Terraform file is laid over them, its objects replacing the ones they manage, matched by id or else by VPC and
    /// name, with a note of what was replaced; finally the rules a Terraform file adds to ACLs and groups it does not
    /// hold join those ACLs and groups, in their place by <c>before</c>.
    /// </summary>
    /// <param name="documents">The documents, in the order given.</param>
    /// <param name="diagnostics">Receives what was replaced, and rules whose ACL or group no document holds.</param>
    public static VpcConfiguration Combine(IReadOnlyList<ConfigurationDocument> documents, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var combined = VpcConfiguration.Empty;
        foreach (var document in documents.Where(d => d.Terraform is null))
        {
            combined = combined.Merge(document.Configuration);
        }

        combined = AddPrefixes(combined, documents.SelectMany(d => d.AddressPrefixes), diagnostics);

        var patches = new List<ParentPatch>();
        foreach (var document in documents.Where(d => d.Terraform is not null))
        {
            var terraform = document.Terraform!;
            var overlay = ConfigurationOverlay.Apply(combined, terraform.Configuration, terraform.ObservedIds, terraform.DeletedIds);
            OverlayNotes.Report(document.File, overlay.Changes, diagnostics);
            combined = overlay.Configuration;
            patches.AddRange(terraform.Patches);
        }

        return PatchApplier.Apply(combined, patches, diagnostics);
    }

    // The VPC list leaves out address prefixes; 'ibmcloud is vpc-address-prefixes' exports give them to the VPCs.
    private static VpcConfiguration AddPrefixes(VpcConfiguration configuration, IEnumerable<VpcAddressPrefix> prefixes, DiagnosticBag diagnostics)
    {
        var byVpc = prefixes.GroupBy(p => p.VpcId, StringComparer.Ordinal).ToList();
        if (byVpc.Count == 0)
        {
            return configuration;
        }

        var vpcs = configuration.Vpcs.ToList();
        foreach (var group in byVpc)
        {
            var index = vpcs.FindIndex(v => v.Id == group.Key);
            if (index < 0)
            {
                diagnostics.Report(ConfigurationDiagnostics.ExportPrefixVpcMissing, group.First().Location, group.Key);
                continue;
            }

            var known = vpcs[index].AddressPrefixes.Select(p => p.Cidr).ToHashSet();
            vpcs[index] = vpcs[index] with { AddressPrefixes = vpcs[index].AddressPrefixes.AddRange(group.Select(p => p.Prefix).Where(p => known.Add(p.Cidr))) };
        }

        return configuration with { Vpcs = [.. vpcs] };
    }
}
