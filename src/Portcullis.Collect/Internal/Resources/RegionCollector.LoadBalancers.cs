using System.Text.Json.Nodes;

namespace Portcullis.Collect.Internal.Resources;

internal sealed partial class RegionCollector
{
    /// <summary>
    /// The load balancers with their listeners (each with its policies and their rules) and pools (each with its
    /// members): the listing names listeners and pools only by reference. Load balancers name no VPC: when the scope
    /// narrows the VPCs, those in a subnet in scope are kept.
    /// </summary>
    private async Task<List<JsonObject>> LoadBalancersAsync(Task<List<JsonObject>> subnetListing)
    {
        var balancers = await _run.ListOrNullAsync(_region, "load_balancers", () => PagedAsync("load_balancers")).ConfigureAwait(false) ?? [];
        if (_run.Scope.NarrowsVpcs)
        {
            var subnets = (await subnetListing.ConfigureAwait(false)).Select(s => Json.Text(s, "id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
            balancers = [.. balancers.Where(lb => Json.Objects(lb, "subnets").Any(s => Json.Text(s, "id") is { } id && subnets.Contains(id)))];
        }

        return await CollectionRun.ExpandEachAsync(balancers, async lb =>
        {
            var listeners = ExpandAsync("load balancer", lb, "listeners", () => ListenersAsync(lb));
            var pools = ExpandAsync("load balancer", lb, "pools", () => PoolsAsync(lb));
            return await listeners.ConfigureAwait(false) & await pools.ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    private async Task<List<JsonObject>> ListenersAsync(JsonObject lb)
    {
        var listeners = await UnpagedAsync($"load_balancers/{Id(lb)}/listeners").ConfigureAwait(false);
        return await CollectionRun.ExpandEachAsync(listeners, listener =>
            ExpandAsync("listener", listener, "policies", async () =>
            {
                var policies = await UnpagedAsync($"load_balancers/{Id(lb)}/listeners/{Id(listener)}/policies").ConfigureAwait(false);
                return await CollectionRun.ExpandEachAsync(policies, policy =>
                    ExpandAsync("listener policy", policy, "rules", () => UnpagedAsync($"load_balancers/{Id(lb)}/listeners/{Id(listener)}/policies/{Id(policy)}/rules"))).ConfigureAwait(false);
            })).ConfigureAwait(false);
    }

    private async Task<List<JsonObject>> PoolsAsync(JsonObject lb)
    {
        var pools = await UnpagedAsync($"load_balancers/{Id(lb)}/pools").ConfigureAwait(false);
        return await CollectionRun.ExpandEachAsync(pools, pool => ExpandAsync("pool", pool, "members", () => UnpagedAsync($"load_balancers/{Id(lb)}/pools/{Id(pool)}/members"))).ConfigureAwait(false);
    }
}
