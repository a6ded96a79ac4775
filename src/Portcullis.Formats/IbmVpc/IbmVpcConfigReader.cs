using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Formats.Json;

namespace Portcullis.Formats.IbmVpc;

/// <summary>
/// Reads the IBM Cloud VPC configuration JSON written by the cloud-resource collector (top-level <c>vpcs</c>,
/// <c>subnets</c>, <c>network_acls</c>, <c>security_groups</c>, <c>instances</c>, <c>bare_metal_servers</c> ...):
/// the objects are those of the VPC API. Unknown fields are ignored; unknown protocol names are kept and reported.
/// </summary>
public static class IbmVpcConfigReader
{
    private static readonly string[] KnownCollections =
    [
        "vpcs", "subnets", "network_acls", "security_groups", "instances", "endpoint_gateways", "floating_ips",
        "public_gateways", "load_balancers", "transit_gateways", "transit_connections", "routing_tables", "iks_clusters",
        "bare_metal_servers",
    ];

    /// <summary>Reads a configuration file, reporting every problem with the file name and JSON path.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="diagnostics">Receives errors and warnings.</param>
    /// <param name="configuration">The configuration, when there are no errors.</param>
    /// <returns>Whether the file was read without errors.</returns>
    public static bool TryReadFile(string path, DiagnosticBag diagnostics, out VpcConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        configuration = VpcConfiguration.Empty;
        return InputFile.TryOpen(path, InputFile.ReadAllBytes, diagnostics, FormatDiagnostics.ConfigurationUnreadable, "configuration", out var bytes)
            && TryRead(bytes, path, diagnostics, out configuration);
    }

    /// <summary>Reads a configuration from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="file">The name to report locations with.</param>
    /// <param name="diagnostics">Receives errors and warnings.</param>
    /// <param name="configuration">The configuration, when there are no errors.</param>
    /// <returns>Whether the document was read without errors.</returns>
    public static bool TryRead(ReadOnlyMemory<byte> utf8Json, string file, DiagnosticBag diagnostics, out VpcConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        configuration = VpcConfiguration.Empty;
        if (utf8Json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            diagnostics.Report(FormatDiagnostics.ConfigurationEmpty, new SourceLocation(file), "an IBM Cloud VPC configuration (a JSON object with vpcs, subnets, network_acls ...)");
            return false;
        }

        if (!TryParse(utf8Json, file, diagnostics, out var document))
        {
            return false;
        }

        using (document)
        {
            return TryRead(document.RootElement, file, diagnostics, locate: null, out configuration);
        }
    }

    /// <summary>Parses a JSON file through <see cref="JsonInput"/>: syntax, encoding and limits reported with their line and column.</summary>
    internal static bool TryParse(ReadOnlyMemory<byte> utf8Json, string file, DiagnosticBag diagnostics, [NotNullWhen(true)] out JsonDocument? document) =>
        JsonInput.TryParse(utf8Json, file, diagnostics, out document);

    /// <summary>
    /// Reads a configuration from a parsed document: the user's own, or one translated from another format (a Terraform
    /// plan, an <c>ibmcloud</c> export) whose every JSON path <paramref name="locate"/> maps back to where it came from.
    /// </summary>
    /// <param name="root">The document's root.</param>
    /// <param name="file">The file to report locations with.</param>
    /// <param name="diagnostics">Receives errors and warnings.</param>
    /// <param name="locate">Maps a JSON path of <paramref name="root"/> to its place in the user's input, or <see langword="null"/>.</param>
    /// <param name="configuration">The configuration, when there are no errors.</param>
    /// <returns>Whether the document was read without errors.</returns>
    internal static bool TryRead(JsonElement root, string file, DiagnosticBag diagnostics, Func<string, SourceLocation>? locate, out VpcConfiguration configuration) =>
        TryRead(root, file, diagnostics, locate, out configuration, out _);

    /// <summary>As <see cref="TryRead(JsonElement, string, DiagnosticBag, Func{string, SourceLocation}?, out VpcConfiguration)"/>, with what could be read when the document's objects have errors.</summary>
    /// <param name="root">The document's root.</param>
    /// <param name="file">The file to report locations with.</param>
    /// <param name="diagnostics">Receives errors and warnings.</param>
    /// <param name="locate">Maps a JSON path of <paramref name="root"/> to its place in the user's input, or <see langword="null"/>.</param>
    /// <param name="configuration">The configuration, when there are no errors.</param>
    /// <param name="partial">When the document is a configuration whose objects have errors: the objects without.</param>
    internal static bool TryRead(JsonElement root, string file, DiagnosticBag diagnostics, Func<string, SourceLocation>? locate, out VpcConfiguration configuration, out PartialConfiguration? partial)
    {
        configuration = VpcConfiguration.Empty;
        partial = null;
        ConfigurationReader? reader = null;
        var local = new DiagnosticBag();
        var cursor = new JsonCursor(root, file, "$", local, locate);
        if (!cursor.IsObject)
        {
            cursor.Report(FormatDiagnostics.ConfigurationNotAnObject, JsonCursor.Describe(root));
        }
        else if (!KnownCollections.Any(cursor.Has))
        {
            cursor.Report(FormatDiagnostics.NotAVpcConfiguration, string.Join(", ", KnownCollections.Take(8)));
        }
        else
        {
            reader = new ConfigurationReader(cursor);
            configuration = reader.Read();
        }

        diagnostics.AddRange(local.ToImmutable());
        var ok = !local.HasErrors;
        if (!ok)
        {
            partial = reader is null ? null : new PartialConfiguration(configuration, reader.Unreadable.ToImmutableHashSet(StringComparer.Ordinal));
            configuration = VpcConfiguration.Empty;
        }

        return ok;
    }

    /// <summary>Whether a document's root has one of the collector's top-level collections.</summary>
    internal static bool LooksLikeCollectorOutput(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && KnownCollections.Any(name => root.TryGetProperty(name, out _));

    // JsonException messages run on with path details that repeat the location; the first sentence says what is wrong.
    /// <summary>The collections of one document.</summary>
    private sealed class ConfigurationReader(JsonCursor root)
    {
        // Arrays in an object that list references to other objects, not objects it holds.
        private static readonly FrozenSet<string> ReferenceLists = FrozenSet.Create(StringComparer.Ordinal, "targets", "subnets", "security_groups", "floating_ips");

        /// <summary>The ids and CRNs of the objects that had errors, and of what they hold.</summary>
        public HashSet<string> Unreadable { get; } = new(StringComparer.Ordinal);

        public VpcConfiguration Read()
        {
            var virtualNics = ResourceReaders.ReadVirtualNics(root.Items("virtual_nis"));
            return Read(virtualNics);
        }

        private IEnumerable<T> Items<T>(string name, Func<JsonCursor, T?> read)
            where T : class
        {
            foreach (var item in root.Items(name))
            {
                if (read(item) is { } value)
                {
                    yield return value;
                }
                else
                {
                    Collect(item.Element);
                }
            }
        }

        private void Collect(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var property in element.EnumerateObject())
            {
                if (property.Name is "id" or "crn" && property.Value.ValueKind == JsonValueKind.String)
                {
                    Unreadable.Add(property.Value.GetString()!);
                }
                else if (property.Value.ValueKind == JsonValueKind.Array && !ReferenceLists.Contains(property.Name))
                {
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        Collect(item);
                    }
                }
                else if (property.Name is "primary_network_interface" or "primary_network_attachment")
                {
                    Collect(property.Value);
                }
            }
        }

        private VpcConfiguration Read(Dictionary<string, VirtualNicRef> virtualNics)
        {
            return new()
            {
                Vpcs = [.. Items("vpcs", ResourceReaders.ReadVpc)],
                Subnets = [.. Items("subnets", ResourceReaders.ReadSubnet)],
                NetworkAcls = [.. Items("network_acls", AclReader.Read)],
                SecurityGroups = [.. Items("security_groups", SecurityGroupReader.Read)],
                // A bare metal server's interfaces and attachments have an instance's shapes and are endpoints as its are.
                Instances =
                [
                    .. Items("instances", i => ResourceReaders.ReadInstance(i, virtualNics)),
                    .. Items("bare_metal_servers", s => ResourceReaders.ReadInstance(s, virtualNics)).Select(s => s with { IsBareMetal = true }),
                ],
                EndpointGateways = [.. Items("endpoint_gateways", ResourceReaders.ReadEndpointGateway)],
                FloatingIps = [.. Items("floating_ips", ResourceReaders.ReadFloatingIp)],
                PublicGateways = [.. Items("public_gateways", ResourceReaders.ReadPublicGateway)],
                LoadBalancers = [.. Items("load_balancers", TopologyReaders.ReadLoadBalancer)],
                TransitGateways = [.. Items("transit_gateways", TopologyReaders.ReadTransitGateway)],
                TransitConnections = [.. Items("transit_connections", TopologyReaders.ReadTransitConnection)],
                RoutingTables = [.. Items("routing_tables", TopologyReaders.ReadRoutingTable)],
                IksClusters = [.. Items("iks_clusters", TopologyReaders.ReadIksCluster)],
            };
        }
    }
}
