using System.Text.Json;
using System.Text.Json.Nodes;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Formats.TerraformShow;

/// <summary>
/// Writes the IBM provider's resources of a state or plan as the VPC API objects the configuration reader reads (the
/// collector's format), so that what a protocol, a CIDR or a port range means is decided in one place. Every field
/// written records where it came from, so that errors, lint findings and explanations cite the Terraform address.
/// </summary>
/// <remarks>
/// Identity: a resource's id is its <c>id</c> (or the attribute the provider keeps the API id in, such as
/// <c>rule_id</c>); when a plan creates the resource, its id is not known yet and its address stands in for it. A
/// reference the plan knows only after apply is resolved through the configuration's expressions to that same address,
/// so a rule created by the plan finds the ACL created by the plan. Values that no reference explains are treated so
/// that they never add connectivity, and each is reported.
/// </remarks>
internal sealed partial class TerraformTranslator
{
    // Attributes whose value is the API id of the resource itself (or of one of its nested objects, for "id").
    private static readonly HashSet<string> SelfIdentity = new(StringComparer.Ordinal)
    {
        "id", "crn", "resource_crn", "rule_id", "connection_id", "filter_id", "pool_id", "listener_id", "address_prefix",
        "reserved_ip", "network_interface", "worker_pool_id", "worker_id",
    };

    // Attributes whose value is the id of another object that the resource made (a VPC's default ACL and group).
    private static readonly HashSet<string> MadeObjects = new(StringComparer.Ordinal) { "default_network_acl", "default_security_group", "default_routing_table" };

    private readonly TerraformDocument _document;
    private readonly IReadOnlyList<TerraformResource> _resources;
    private readonly TerraformReferences _references;
    private readonly SourceMap _map;
    private readonly ILookup<string, TerraformResource> _byType;
    private readonly List<PendingDiagnostic> _pending = [];
    private readonly JsonObject _root = [];
    private readonly HashSet<string> _leftOut = new(StringComparer.Ordinal);
    private readonly TerraformTranslation _result = new();

    public TerraformTranslator(TerraformDocument document, IReadOnlyList<TerraformResource> resources, SourceMap map)
    {
        _document = document;
        _resources = resources;
        _map = map;
        _references = new TerraformReferences(document.Configuration, document.Variables, resources);
        _byType = resources.ToLookup(r => r.IsData ? "data." + r.Type : r.Type, StringComparer.Ordinal);
    }

    /// <summary>Writes every resource; the document is then read by the VPC API reader.</summary>
    public TerraformTranslation Translate()
    {
        ReportIgnored();
        TranslateVpcs();
        TranslatePublicGateways();
        TranslateSubnets();
        TranslateRoutingTables();
        TranslateFloatingIps();
        TranslateAcls();
        TranslateSecurityGroups();
        TranslateInstances();
        TranslateEndpointGateways();
        TranslateLoadBalancers();
        TranslateTransitGateways();
        TranslateClusters();
        // A replaced object's old id goes too: a configuration merged with the plan loses the old object.
        foreach (var replaced in _resources.Where(r => r.Actions.Contains("delete") && ApiId(r.Type, r.Prior) is { } prior && prior != ApiId(r.Type, r.Values)))
        {
            _result.DeletedIds.Add(ApiId(replaced.Type, replaced.Prior)!);
        }

        foreach (var deleted in _document.Deleted)
        {
            if (ApiId(deleted.Type, deleted.Prior) is { } id)
            {
                _result.DeletedIds.Add(id);
            }
        }

        _root["vpcs"] ??= new JsonArray(); // a plan that only deletes writes nothing, and nothing is still a configuration
        _result.Document = _root;
        return _result;
    }

    // Types and attributes the reader does not know are listed (shown with --verbose); network types it does not read are warned about.
    private void ReportIgnored()
    {
        foreach (var resource in _resources)
        {
            var known = KnownAttributes.Of(resource.Type, resource.IsData);
            if (known is null)
            {
                if (!resource.IsData && KnownAttributes.NetworkNotRead.Contains(resource.Type))
                {
                    Note(ConfigurationDiagnostics.NetworkResourceNotRead, resource, resource.Values, resource.Type);
                }
                else
                {
                    Note(ConfigurationDiagnostics.IgnoredResourceType, resource, resource.Values, resource.IsData ? "data source" : "resource type", resource.Type);
                }

                continue;
            }

            var names = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var part in new[] { resource.Values.Value, resource.Values.Unknown }.Where(p => p.ValueKind == JsonValueKind.Object))
            {
                names.UnionWith(part.EnumerateObject().Select(p => p.Name).Where(n => !known.Contains(n)));
            }

            foreach (var name in names)
            {
                Note(ConfigurationDiagnostics.IgnoredAttribute, resource, resource[name], name, resource.Type);
            }
        }
    }

    /// <summary>The diagnostics of the translation, located once the map knows the positions.</summary>
    public IEnumerable<Diagnostic> Diagnostics() =>
        _pending.Select(p => p.Descriptor.Create(_map.At(p.Address, p.JsonPath), p.Arguments));

    private IEnumerable<TerraformResource> Of(string type) => _byType[type];

    private IEnumerable<TerraformResource> DataOf(string type) => _byType["data." + type];

    /// <summary>Starts an API object in a top-level collection, written from a resource instance (or a value inside it).</summary>
    private ApiObject Add(string collection, TerraformResource resource, TerraformValue? source = null)
    {
        if (_root[collection] is not JsonArray array)
        {
            _root[collection] = array = [];
        }

        var node = new JsonObject();
        array.Add(node);
        return new ApiObject(node, $"$.{collection}[{array.Count - 1}]", resource.Address, source ?? resource.Values, _map);
    }

    // The API id of an object as a state or plan records it: Terraform's id is composite for some types ("vpc/table").
    private static string? ApiId(string type, TerraformValue values) => type switch
    {
        "ibm_is_network_acl_rule" or "ibm_is_security_group_rule" => values["rule_id"].String ?? values["id"].String,
        "ibm_is_vpc_routing_table" => values["routing_table"].String ?? values["id"].String,
        _ => values["id"].String,
    };

    /// <summary>The API id of a resource instance: the attribute that holds it, or the address while the plan does not know it.</summary>
    private static string IdOf(TerraformResource resource, string attribute = "id") => resource[attribute].String ?? resource.Address;

    /// <summary>The name of a resource instance, or its address when the plan leaves the name to the API.</summary>
    private string NameOf(TerraformResource resource, string attribute = "name")
    {
        var name = resource[attribute];
        if (name.String is { } known)
        {
            return known;
        }

        if (name.IsUnknown)
        {
            Note(ConfigurationDiagnostics.UnknownValueStoodFor, resource, name, "the address stands for the name");
        }

        return resource.Address;
    }

    /// <summary>
    /// The id an attribute refers to: its value when known, else what the configuration's expression names (an
    /// object this plan creates is named by its address), else nothing, reported with what that means.
    /// </summary>
    private string? Reference(TerraformResource resource, TerraformValue value, string consequence, bool lastSegment = false)
    {
        if (value.String is { } known)
        {
            return lastSegment ? LastSegment(known) : known;
        }

        if (!value.IsUnknown)
        {
            return null;
        }

        var target = _references.Resolve(resource, value.AttributePath).Select(Identity).FirstOrDefault(i => i.Id is not null);
        if (target.Id is { } id)
        {
            Note(ConfigurationDiagnostics.ResolvedReference, resource, value, id);
            return lastSegment && target.Known ? LastSegment(id) : id;
        }

        Unknown(resource, value, consequence);
        return null;
    }

    /// <summary>The ids a list attribute refers to (<c>security_groups</c>, <c>subnets</c>), resolving what the plan does not know.</summary>
    private List<string> References(TerraformResource resource, TerraformValue list, string consequence)
    {
        var ids = new List<string>();
        var unknown = list.IsUnknown;
        foreach (var item in list.Items())
        {
            if (item.String is { } id)
            {
                ids.Add(id);
            }
            else
            {
                unknown |= item.IsUnknown;
            }
        }

        if (!unknown)
        {
            return ids;
        }

        var targets = _references.Resolve(resource, list.AttributePath).Select(t => Identity(t).Id).OfType<string>().ToList();
        if (targets.Count == 0)
        {
            Unknown(resource, list, consequence);
            return ids;
        }

        Note(ConfigurationDiagnostics.ResolvedReference, resource, list, string.Join(", ", targets));
        return [.. ids.Concat(targets).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The id a reference stands for: the referenced value when known, else the address of the object it identifies
    /// (<see langword="null"/> when it refers to something that is not an identity, such as a CIDR the plan computes).
    /// </summary>
    private static (string? Id, bool Known) Identity(ReferenceTarget target)
    {
        if (target.Resource is not { } resource)
        {
            return (target.Constant, true);
        }

        if (target.AttributePath.Length == 0)
        {
            return (IdOf(resource), resource["id"].String is not null);
        }

        var value = ValueAt(resource.Values, target.AttributePath);
        if (value.String is { } known)
        {
            return (known, true);
        }

        var last = target.AttributePath.Split('.')[^1];
        if (SelfIdentity.Contains(last) || (last == "routing_table" && resource.Type == "ibm_is_vpc_routing_table"))
        {
            var parent = target.AttributePath[..Math.Max(0, target.AttributePath.Length - last.Length - 1)];
            return (parent.Length == 0 ? resource.Address : $"{resource.Address}.{parent}", false);
        }

        return (MadeObjects.Contains(last) ? $"{resource.Address}.{target.AttributePath}" : null, false);
    }

    private static TerraformValue ValueAt(TerraformValue root, string attributePath)
    {
        var value = root;
        foreach (var step in attributePath.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            value = step.StartsWith('[') && int.TryParse(step.AsSpan(1, step.Length - 2), out var index) ? value.At(index) : value.Child(step);
        }

        return value;
    }

    private void Unknown(TerraformResource resource, TerraformValue value, string consequence) =>
        Note(ConfigurationDiagnostics.UnknownValue, resource, value, consequence);

    // Reported once the map knows where in the file each value is: the location is the Terraform address and the value's line.
    private void Note(DiagnosticDescriptor descriptor, TerraformResource resource, TerraformValue at, params object?[] arguments)
    {
        _map.Track(at.JsonPath);
        _pending.Add(new PendingDiagnostic(descriptor, arguments, Where(resource, at), at.JsonPath));
    }

    private static string Where(TerraformResource resource, TerraformValue value) =>
        value.AttributePath.Length == 0 ? resource.Address : $"{resource.Address}.{value.AttributePath}";

    /// <summary>The last segment of a composite Terraform id (<c>lb/pool</c> gives <c>pool</c>), as the provider splits them.</summary>
    private static string LastSegment(string id) => id[(id.LastIndexOf('/') + 1)..];

    private static JsonObject Zone(string name) => new() { ["name"] = name };

    private sealed record PendingDiagnostic(DiagnosticDescriptor Descriptor, object?[] Arguments, string Address, string JsonPath);
}
