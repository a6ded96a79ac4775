using System.Text.Json.Nodes;

namespace Portcullis.Collect.Internal.Resources;

/// <summary>What one region gave, each list in the order the API listed it.</summary>
internal sealed class RegionResult(string region)
{
    public string Region { get; } = region;

    public List<JsonObject> Vpcs { get; set; } = [];

    public List<JsonObject> Subnets { get; set; } = [];

    public List<JsonObject> PublicGateways { get; set; } = [];

    public List<JsonObject> FloatingIps { get; set; } = [];

    public List<JsonObject> NetworkAcls { get; set; } = [];

    public List<JsonObject> SecurityGroups { get; set; } = [];

    public List<JsonObject> EndpointGateways { get; set; } = [];

    public List<JsonObject> Instances { get; set; } = [];

    public List<JsonObject> VirtualNetworkInterfaces { get; set; } = [];

    public List<JsonObject> BareMetalServers { get; set; } = [];

    public List<JsonObject> RoutingTables { get; set; } = [];

    public List<JsonObject> LoadBalancers { get; set; } = [];
}
