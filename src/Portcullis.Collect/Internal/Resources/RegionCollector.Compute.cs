using System.Text.Json.Nodes;

namespace Portcullis.Collect.Internal.Resources;

internal sealed partial class RegionCollector
{
    /// <summary>
    /// The instances with their network interfaces (the listing names them without security groups) and network
    /// attachments (the newer form, each with its virtual network interface).
    /// </summary>
    private async Task<List<JsonObject>> InstancesAsync()
    {
        var instances = await ListAsync("instances").ConfigureAwait(false);
        return await CollectionRun.ExpandEachAsync(instances, async instance =>
            await ExpandAsync("instance", instance, "network_interfaces", () => UnpagedAsync($"instances/{Id(instance)}/network_interfaces")).ConfigureAwait(false)
            && await ExpandAsync("instance", instance, "network_attachments", () => UnpagedAsync($"instances/{Id(instance)}/network_attachments")).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>The bare metal servers with their network interfaces and network attachments (both paged).</summary>
    private async Task<List<JsonObject>> BareMetalServersAsync()
    {
        var servers = await ListAsync("bare_metal_servers").ConfigureAwait(false);
        return await CollectionRun.ExpandEachAsync(servers, async server =>
            await ExpandAsync("bare metal server", server, "network_interfaces", () => PagedAsync($"bare_metal_servers/{Id(server)}/network_interfaces")).ConfigureAwait(false)
            && await ExpandAsync("bare metal server", server, "network_attachments", () => PagedAsync($"bare_metal_servers/{Id(server)}/network_attachments")).ConfigureAwait(false)).ConfigureAwait(false);
    }
}
