using System.Text.Json.Nodes;
using Portcullis.Collect.Internal.Http;

namespace Portcullis.Collect.Internal.Resources;

/// <summary>
/// Reads one region's VPC resources: the VPCs in scope first (a region without one costs one call), then every
/// list at once, each paged to its end, and the details each listed object leaves out (address prefixes, reserved
/// IPs, ACL rules, group targets, interfaces, listeners and pools, routes), as np-guard's collector assembles them.
/// </summary>
internal sealed partial class RegionCollector
{
    private readonly CollectionRun _run;
    private readonly string _region;
    private readonly Uri _base;
    private readonly CancellationToken _cancellationToken;
    private HashSet<string> _vpcIds = [];

    public RegionCollector(CollectionRun run, string region, CancellationToken cancellationToken)
    {
        _run = run;
        _region = region;
        _base = run.Endpoints.Vpc(region);
        _cancellationToken = cancellationToken;
    }

    public async Task<RegionResult> CollectAsync()
    {
        _run.Started(_region);
        var result = new RegionResult(_region);
        var vpcs = (await _run.ListOrNullAsync(_region, "vpcs", () => PagedAsync("vpcs")).ConfigureAwait(false) ?? []).Where(InScope).ToList();
        if (vpcs.Count == 0)
        {
            _run.Finished(_region);
            return result;
        }

        _vpcIds = [.. vpcs.Select(v => Json.Text(v, "id")).OfType<string>()];
        var vpcTask = VpcsAsync(vpcs);
        var routingTask = RoutingTablesAsync(vpcs);
        var subnetListTask = ListAsync("subnets");
        var subnetTask = SubnetsAsync(subnetListTask);
        var gatewayTask = ListAsync("public_gateways");
        var aclTask = AclsAsync();
        var groupTask = SecurityGroupsAsync();
        var endpointTask = EndpointGatewaysAsync();
        var instanceTask = InstancesAsync();
        var virtualTask = ListAsync("virtual_network_interfaces");
        var bareMetalTask = BareMetalServersAsync();
        var balancerTask = LoadBalancersAsync(subnetListTask);
        var floatingTask = FloatingIpsAsync(instanceTask, virtualTask, bareMetalTask, gatewayTask);
        await Task.WhenAll(vpcTask, routingTask, subnetTask, gatewayTask, aclTask, groupTask, endpointTask, instanceTask, virtualTask, bareMetalTask, balancerTask, floatingTask).ConfigureAwait(false);

        // All complete: these awaits only unwrap the results.
        result.Vpcs = await vpcTask.ConfigureAwait(false);
        result.RoutingTables = await routingTask.ConfigureAwait(false);
        result.Subnets = await subnetTask.ConfigureAwait(false);
        result.PublicGateways = await gatewayTask.ConfigureAwait(false);
        result.NetworkAcls = await aclTask.ConfigureAwait(false);
        result.SecurityGroups = await groupTask.ConfigureAwait(false);
        result.EndpointGateways = await endpointTask.ConfigureAwait(false);
        result.Instances = await instanceTask.ConfigureAwait(false);
        result.VirtualNetworkInterfaces = await virtualTask.ConfigureAwait(false);
        result.BareMetalServers = await bareMetalTask.ConfigureAwait(false);
        result.LoadBalancers = await balancerTask.ConfigureAwait(false);
        result.FloatingIps = await floatingTask.ConfigureAwait(false);
        _run.Finished(_region);
        return result;
    }

    /// <summary>Whether a VPC is in scope: by name, id or CRN, and by resource group name or id.</summary>
    private bool InScope(JsonObject vpc)
    {
        var scope = _run.Scope;
        var names = new[] { Json.Text(vpc, "name"), Json.Text(vpc, "id"), Json.Text(vpc, "crn") };
        if (!scope.Vpcs.IsDefaultOrEmpty && !scope.Vpcs.Any(wanted => names.Contains(wanted, StringComparer.Ordinal)))
        {
            return false;
        }

        if (scope.ResourceGroup is { } group)
        {
            var owner = vpc["resource_group"];
            return Json.Text(owner, "name") == group || Json.Text(owner, "id") == group;
        }

        return true;
    }

    /// <summary>Whether a resource with a <c>vpc</c> reference belongs to a VPC in scope (everything does, unless the scope narrows the VPCs).</summary>
    private bool InScopeVpc(JsonObject resource) =>
        !_run.Scope.NarrowsVpcs || (Json.RefId(resource, "vpc") is { } id && _vpcIds.Contains(id));

    /// <summary>A list of resources that carry their VPC, kept to those in scope (an empty list when the key may not read it).</summary>
    private async Task<List<JsonObject>> ListAsync(string resource) =>
        (await _run.ListOrNullAsync(_region, resource, () => PagedAsync(resource)).ConfigureAwait(false) ?? []).Where(InScopeVpc).ToList();

    /// <summary>GETs every page of a collection; the list's key in the answer is the path's last segment, as in every VPC API list.</summary>
    private Task<List<JsonObject>> PagedAsync(string path) =>
        _run.Client.GetAllPagesAsync(Url(path, paged: true), path[(path.LastIndexOf('/') + 1)..], _region, _cancellationToken);

    /// <summary>GETs an unpaged collection (load balancer parts, instance interfaces).</summary>
    private Task<List<JsonObject>> UnpagedAsync(string path) =>
        _run.Client.GetListAsync(Url(path, paged: false), path[(path.LastIndexOf('/') + 1)..], _region, _cancellationToken);

    private Uri Url(string path, bool paged) =>
        ApiUrl.Build(_base, path, ("version", _run.Settings.VpcApiVersion), ("generation", "2"), ("limit", paged ? ApiClient.PageLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));

    private static string Id(JsonObject item) => ApiUrl.Segment(Json.Text(item, "id") ?? string.Empty);

    private Task<bool> ExpandAsync(string type, JsonObject parent, string key, Func<Task<List<JsonObject>>> read) =>
        _run.ExpandAsync(_region, Json.Describe(type, parent), parent, key, read);
}
