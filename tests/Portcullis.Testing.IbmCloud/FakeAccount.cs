using System.Text.Json.Nodes;

namespace Portcullis.Testing.IbmCloud;

/// <summary>
/// An IBM Cloud account as its APIs show it, built from a configuration JSON (the collector's format): each region's
/// VPC API collections by path (<c>vpcs</c>, <c>vpcs/{id}/address_prefixes</c>, <c>instances/{id}/network_interfaces</c>
/// ...), the Transit Gateway API's, and the Kubernetes Service API's clusters and workers. Objects are cut back to
/// what the API lists (an instance's interfaces and a load balancer's listeners by reference only, a VPC without the
/// address prefixes and region the collector adds), so a client must ask for the details as it would of the real
/// APIs. Independent of the collector's code: the fake is built from the file, not from what the collector asks.
/// </summary>
public sealed partial class FakeAccount
{
    /// <summary>The region of resources that say nothing about theirs.</summary>
    public const string DefaultRegion = "us-south";

    private readonly Dictionary<string, Dictionary<string, List<JsonObject>>> _vpc = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JsonObject>> _transit = new(StringComparer.Ordinal);
    private readonly List<JsonObject> _clusters = [];
    private readonly Dictionary<string, List<JsonObject>> _workers = new(StringComparer.Ordinal);

    private FakeAccount()
    {
    }

    /// <summary>The regions that hold resources, and any extra ones (empty regions), sorted.</summary>
    public IReadOnlyList<string> Regions => [.. _vpc.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Reads a configuration file; <paramref name="extraRegions"/> are listed by <c>GET /regions</c> with nothing in them.</summary>
    public static FakeAccount FromFile(string path, params string[] extraRegions) =>
        FromJson(JsonNode.Parse(File.ReadAllText(path))!.AsObject(), extraRegions);

    /// <summary>Builds the account from a configuration document (which it does not change).</summary>
    public static FakeAccount FromJson(JsonObject configuration, params string[] extraRegions)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var account = new FakeAccount();
        account.Load((JsonObject)configuration.DeepClone());
        foreach (var region in extraRegions)
        {
            account.RegionPaths(region);
        }

        return account;
    }

    /// <summary>The VPC API collection at <paramref name="path"/> in <paramref name="region"/>, or <see langword="null"/>.</summary>
    public IReadOnlyList<JsonObject>? VpcCollection(string region, string path) =>
        _vpc.TryGetValue(region, out var paths) && paths.TryGetValue(path, out var items) ? items : null;

    /// <summary>The Transit Gateway API collection at <paramref name="path"/>, or <see langword="null"/>.</summary>
    public IReadOnlyList<JsonObject>? TransitCollection(string path) => _transit.GetValueOrDefault(path);

    /// <summary>The VPC API collections of a region, by path.</summary>
    public IEnumerable<string> VpcPaths(string region) => _vpc.TryGetValue(region, out var paths) ? paths.Keys : [];

    /// <summary>The Transit Gateway API collections, by path.</summary>
    public IEnumerable<string> TransitPaths => _transit.Keys;

    /// <summary>The ids of the clusters.</summary>
    public IEnumerable<string> ClusterIds => _workers.Keys;

    /// <summary>The clusters (without their workers).</summary>
    public IReadOnlyList<JsonObject> Clusters => _clusters;

    /// <summary>A cluster's workers, or <see langword="null"/> for an unknown cluster.</summary>
    public IReadOnlyList<JsonObject>? Workers(string clusterId) => _workers.GetValueOrDefault(clusterId);

    private Dictionary<string, List<JsonObject>> RegionPaths(string region)
    {
        if (!_vpc.TryGetValue(region, out var paths))
        {
            _vpc[region] = paths = new Dictionary<string, List<JsonObject>>(StringComparer.Ordinal);
            foreach (var top in new[] { "vpcs", "subnets", "public_gateways", "floating_ips", "network_acls", "security_groups", "endpoint_gateways", "instances", "virtual_network_interfaces", "bare_metal_servers", "load_balancers" })
            {
                paths[top] = [];
            }
        }

        return paths;
    }

    private void Add(string region, string path, JsonObject item) => List(region, path).Add(item);

    private List<JsonObject> List(string region, string path)
    {
        var paths = RegionPaths(region);
        if (!paths.TryGetValue(path, out var list))
        {
            paths[path] = list = [];
        }

        return list;
    }

    private static IEnumerable<JsonObject> Items(JsonObject owner, string name) =>
        owner[name] is JsonArray array ? [.. array.OfType<JsonObject>().Select(o => (JsonObject)o.DeepClone())] : [];

    private static string? Text(JsonNode? owner, string name) =>
        owner is JsonObject o && o[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string? RefId(JsonNode? owner, string name) => owner is JsonObject o ? Text(o[name], "id") : null;

    /// <summary>The object as the API names it in another object: its id, href, name (and crn, resource type when it has them).</summary>
    private static JsonObject Reference(JsonObject item, params string[] more)
    {
        var reference = new JsonObject();
        foreach (var key in new[] { "id", "href", "name", "crn", "resource_type" }.Concat(more))
        {
            if (item[key] is { } value)
            {
                reference[key] = value.DeepClone();
            }
        }

        return reference;
    }

    private static string Segment(string? id) => id ?? string.Empty;
}
