using System.Text.Json.Nodes;

namespace Portcullis.Formats.TerraformShow;

internal sealed partial class TerraformTranslator
{
    private void TranslateTransitGateways()
    {
        var gateways = new Dictionary<string, TerraformResource>(StringComparer.Ordinal);
        foreach (var gateway in Of("ibm_tg_gateway"))
        {
            var id = IdOf(gateway);
            gateways[id] = gateway;
            var api = Add("transit_gateways", gateway)
                .Set("id", id, gateway["id"])
                .Set("crn", gateway["crn"].String ?? id, gateway["crn"])
                .Set("name", NameOf(gateway), gateway["name"])
                .Set("location", gateway["location"].String, gateway["location"])
                .Set("global", gateway["global"].Boolean, gateway["global"]);
            SetResourceGroup(api, gateway);
        }

        var filters = Of("ibm_tg_connection_prefix_filter")
            .Select(f => (Resource: f, Gateway: Reference(f, f["gateway"], "the filter is ignored"), Connection: Reference(f, f["connection_id"], "the filter is ignored", lastSegment: true)))
            .ToList();
        var placed = new HashSet<TerraformResource>();
        foreach (var connection in Of("ibm_tg_connection"))
        {
            var gatewayId = Reference(connection, connection["gateway"], "the connection is left out");
            var networkId = Reference(connection, connection["network_id"], "the connection is left out");
            var connectionId = IdOf(connection, "connection_id");
            if (gatewayId is null || networkId is null)
            {
                if (!connection["network_id"].IsUnknown && connection["network_type"].String is { } type && type != "vpc")
                {
                    Note(ConfigurationDiagnostics.TransitNetworkNotCovered, connection, connection["network_type"], type);
                }

                continue;
            }

            var gateway = gateways.GetValueOrDefault(gatewayId);
            var api = Add("transit_connections", connection)
                .Set("id", connectionId, connection["connection_id"])
                .Set("name", NameOf(connection), connection["name"])
                .Set("transit_gateway", new JsonObject
                {
                    ["id"] = gatewayId,
                    ["crn"] = gateway?["crn"].String ?? gatewayId,
                    ["name"] = gateway is null ? null : NameOf(gateway),
                }, connection["gateway"])
                .Set("network_id", networkId, connection["network_id"])
                .Set("network_type", connection["network_type"].String, connection["network_type"])
                .Set("status", connection["status"].String, connection["status"])
                .Set("prefix_filters_default", connection["default_prefix_filter"].String, connection["default_prefix_filter"]);

            var mine = filters.Where(f => f.Gateway == gatewayId && f.Connection == connectionId).Select(f => f.Resource).ToList();
            placed.UnionWith(mine);
            var ordered = BeforeOrder.Arrange([], mine, f => IdOf(f, "filter_id"), FilterBefore, f =>
                Note(ConfigurationDiagnostics.BeforeNotFound, f, f["before"], "filter", "its connection"));
            foreach (var filter in ordered)
            {
                var item = api.Append("prefix_filters", filter.Values, filter.Address)
                    .Set("action", Raw(filter["action"]), filter["action"])
                    .Set("prefix", Raw(filter["prefix"]), filter["prefix"]);

                // The provider sends ge and le only when they are not 0, its value for "not set".
                foreach (var bound in new[] { "ge", "le" })
                {
                    if (filter[bound].Integer is { } n && n != 0)
                    {
                        item.Set(bound, JsonValue.Create(n), filter[bound]);
                    }
                }
            }
        }

        foreach (var orphan in filters.Select(f => f.Resource).Where(f => !placed.Contains(f)))
        {
            Note(ConfigurationDiagnostics.ParentNotInFile, orphan, orphan["connection_id"], "a transit gateway connection");
        }
    }

    private string? FilterBefore(TerraformResource filter)
    {
        var before = filter["before"];
        return before.String is { } known ? LastSegment(known)
            : before.IsUnknown ? Reference(filter, before, "the filter is placed last") : null;
    }
}
