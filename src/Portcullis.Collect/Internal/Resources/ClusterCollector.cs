using System.Text.Json.Nodes;
using Portcullis.Collect.Internal.Http;

namespace Portcullis.Collect.Internal.Resources;

/// <summary>
/// Reads the IKS and Red Hat OpenShift VPC clusters (Kubernetes Service API, global) with their workers, whose
/// addresses no VPC list shows. A cluster is kept when it is in a collected region; when the scope narrows the
/// VPCs, when one of its workers is in a collected subnet.
/// </summary>
internal sealed class ClusterCollector(CollectionRun run, IReadOnlyCollection<string> regions, CancellationToken cancellationToken)
{
    public const string Part = "clusters";

    // The key np-guard's collector writes the workers under (its Go field has no JSON name), which the reader reads.
    public const string WorkersKey = "WorkerNodes";

    private Task<List<JsonObject>>? _clusters;

    /// <summary>Starts reading the clusters of the collected regions, with their workers.</summary>
    public void Start()
    {
        run.Started(Part);
        _clusters = ReadAsync();
    }

    /// <summary>The clusters in scope, once the subnets are known.</summary>
    public async Task<List<JsonObject>> FinishAsync(IReadOnlySet<string> subnets)
    {
        var clusters = await (_clusters ?? throw new InvalidOperationException("not started")).ConfigureAwait(false);
        if (run.Scope.NarrowsVpcs)
        {
            clusters = [.. clusters.Where(cluster => Json.Objects(cluster, WorkersKey)
                .SelectMany(worker => Json.Objects(worker, "networkInterfaces"))
                .Any(nic => Json.Text(nic, "subnetID") is { } subnet && subnets.Contains(subnet)))];
        }

        run.Finished(Part);
        return clusters;
    }

    private async Task<List<JsonObject>> ReadAsync()
    {
        var all = await run.ListOrNullAsync(Part, "iks_clusters", () =>
            run.Client.GetArrayAsync(ApiUrl.Build(run.Endpoints.Containers, "v2/vpc/getClusters", ("provider", "vpc-gen2")), Part, cancellationToken)).ConfigureAwait(false) ?? [];
        var inRegions = all.Where(cluster => Json.Text(cluster, "region") is not { } region || regions.Contains(region)).ToList();
        return await CollectionRun.ExpandEachAsync(inRegions, cluster =>
            run.ExpandAsync(Part, Json.Describe("cluster", cluster), cluster, WorkersKey, () =>
                run.Client.GetArrayAsync(ApiUrl.Build(run.Endpoints.Containers, "v2/vpc/getWorkers", ("cluster", Json.Text(cluster, "id") ?? string.Empty)), Part, cancellationToken))).ConfigureAwait(false);
    }
}
