using System.Text.Json;
using Portcullis.Core.Explain;
using Portcullis.Formats.Json;
using Portcullis.Formats.Wording;

namespace Portcullis.Formats.Explain;

/// <summary>An explanation as JSON: every pair's verdict, path, table verdicts with their rules, and transit gateway verdicts.</summary>
public static partial class ExplanationWriter
{
    private static void WriteRoute(Utf8JsonWriter json, string name, IEnumerable<TransitGatewayVerdict> verdicts)
    {
        json.WriteStartArray(name);
        foreach (var verdict in verdicts)
        {
            json.WriteStartObject();
            json.WriteString("transit_gateway", verdict.Gateway.Name);
            json.WriteString("transit_connection", verdict.Connection.Name);
            json.WriteString("transit_connection_id", verdict.Connection.Id);
            json.WriteString("vpc", verdict.Vpc.Name);
            json.WriteString("address_prefix", verdict.AddressPrefix?.ToString());
            json.WriteString("action", ExplainText.FilterAction(verdict.Action));
            json.WriteBoolean("default", verdict.IsDefault);
            if (verdict.Filter is { } filter)
            {
                json.WriteStartObject("prefix_filter");
                json.WriteNumber("index", verdict.FilterIndex!.Value);
                json.WriteString("action", ExplainText.FilterAction(filter.Action));
                json.WriteString("prefix", filter.Prefix.ToString());
                if (filter.Ge is { } ge)
                {
                    json.WriteNumber("ge", ge);
                }

                if (filter.Le is { } le)
                {
                    json.WriteNumber("le", le);
                }

                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("prefix_filter");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteJson(Explanation explanation, TextWriter output)
    {
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("source", explanation.Request.Source);
            json.WriteString("destination", explanation.Request.Destination);
            if (explanation.Request.Query is { } query)
            {
                json.WriteString("query", ConnectionText.Of(query));
            }

            json.WriteString("vpc", explanation.Vpc?.Name);
            if (explanation.Note is { } note)
            {
                json.WriteString("note", ExplainText.Note(note, explanation.Request));
            }

            json.WriteStartArray("pairs");
            foreach (var pair in explanation.Pairs)
            {
                json.WriteStartObject();
                json.WriteString("source", NodeText.Group(pair.Source));
                json.WriteString("destination", NodeText.Group(pair.Destination));
                json.WriteBoolean("allowed", pair.IsAllowed);
                json.WriteString("connection", ConnectionText.Of(pair.Connection));
                json.WriteString("response_blocked", ConnectionText.Of(pair.ResponseBlocked));
                json.WriteStartArray("blocked_because");
                foreach (var reason in Enum.GetValues<BlockReasons>().Where(r => r != BlockReasons.None && (pair.Blocked & r) != 0))
                {
                    json.WriteStringValue(reason.ToString());
                }

                json.WriteEndArray();
                json.WriteString("router", pair.Router is { } router ? ExplainText.Router(router) : null);
                json.WriteString("transit_gateway", pair.TransitGateway?.Name);
                WriteRoute(json, "transit_gateway_route", pair.TransitGatewayRoute);
                WriteRoute(json, "response_transit_gateway_route", pair.ResponseTransitGatewayRoute);
                json.WriteString("path", Path(pair).Replace("\n\t", string.Empty, StringComparison.Ordinal));
                foreach (var (name, verdicts) in new[] { ("egress", pair.Egress), ("ingress", pair.Ingress), ("response_egress", pair.ResponseEgress), ("response_ingress", pair.ResponseIngress) })
                {
                    json.WriteStartArray(name);
                    foreach (var verdict in verdicts)
                    {
                        json.WriteStartObject();
                        json.WriteString("layer", verdict.Kind == LayerKind.SecurityGroup ? "security_group" : "network_acl");
                        json.WriteString("name", verdict.Name);
                        json.WriteString("effect", verdict.Effect.ToString());
                        json.WriteStartArray("rules");
                        foreach (var rule in verdict.Rules)
                        {
                            JsonText.WriteRule(json, rule);
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
