using System.Globalization;
using System.Text.Json.Nodes;
using Portcullis.Collect.Internal.Http;

namespace Portcullis.Collect.Internal.Resources;

/// <summary>
/// Reads the transit gateways (a global service) and their connections with their prefix filters. The lists start
/// with the regions; once the VPCs are known, a gateway is kept when one of its connections joins a VPC that was
/// collected, with all its connections (the analysis ignores those to networks it does not have).
/// </summary>
internal sealed class TransitCollector(CollectionRun run, CancellationToken cancellationToken)
{
    public const string Part = "transit";

    private Task<List<JsonObject>?>? _gateways;
    private Task<List<JsonObject>?>? _connections;

    /// <summary>Starts the two account-wide lists.</summary>
    public void Start()
    {
        run.Started(Part);
        _gateways = run.ListOrNullAsync(Part, "transit_gateways", () => PagedAsync("transit_gateways"));
        _connections = run.ListOrNullAsync(Part, "transit_connections", () => PagedAsync("connections"));
    }

    /// <summary>The gateways and connections that join the collected VPCs (known by CRN or id).</summary>
    public async Task<(List<JsonObject> Gateways, List<JsonObject> Connections)> FinishAsync(IReadOnlySet<string> vpcs)
    {
        var gateways = await (_gateways ?? throw new InvalidOperationException("not started")).ConfigureAwait(false) ?? [];
        var connections = await _connections!.ConfigureAwait(false) ?? [];
        var joined = connections
            .Where(c => Json.Text(c, "network_id") is { } network && vpcs.Contains(network))
            .Select(c => Json.RefId(c, "transit_gateway"))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var keptConnections = connections.Where(c => Json.RefId(c, "transit_gateway") is { } gateway && joined.Contains(gateway)).ToList();
        keptConnections = await CollectionRun.ExpandEachAsync(keptConnections, connection =>
            run.ExpandAsync(Part, Json.Describe("transit connection", connection), connection, "prefix_filters", () =>
                run.Client.GetListAsync(
                    ApiUrl.Build(run.Endpoints.Transit, $"transit_gateways/{ApiUrl.Segment(Json.RefId(connection, "transit_gateway")!)}/connections/{ApiUrl.Segment(Json.Text(connection, "id") ?? string.Empty)}/prefix_filters", ("version", run.Settings.TransitApiVersion)),
                    "prefix_filters",
                    Part,
                    cancellationToken))).ConfigureAwait(false);
        var keptGateways = gateways.Where(g => Json.Text(g, "id") is { } id && joined.Contains(id)).ToList();
        run.Finished(Part);
        return (keptGateways, keptConnections);
    }

    private Task<List<JsonObject>> PagedAsync(string path) =>
        run.Client.GetAllPagesAsync(
            ApiUrl.Build(run.Endpoints.Transit, path, ("version", run.Settings.TransitApiVersion), ("limit", ApiClient.PageLimit.ToString(CultureInfo.InvariantCulture))),
            path,
            Part,
            cancellationToken);
}
