using System.Text.Json;
using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Formats.IbmCloudCli;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Core.Model;
using Portcullis.Formats.Json;
namespace Portcullis.Cluster.Formats.VpcApi;

/// <summary>
/// Writes a fix plan as VPC API requests: <c>POST /v1/network_acls/{id}/rules</c> and
/// <c>POST /v1/security_groups/{id}/rules</c> with their JSON bodies, and the API version they need.
/// </summary>
public static class FixApiWriter
{
    /// <summary>Writes <c>{"version": ..., "requests": [{"method", "path", "body"}], "problems": [...]}</c>.</summary>
    public static void Write(FixPlan plan, bool legacy, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(writer);
        JsonText.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("version", legacy ? ProtocolNames.LegacyApiVersion : ProtocolNames.CurrentApiVersion);
            json.WriteStartArray("requests");
            foreach (var change in plan.Changes)
            {
                json.WriteStartObject();
                json.WriteString("method", "POST");
                json.WriteStartArray("requirements");
                foreach (var id in change.RequirementIds)
                {
                    json.WriteStringValue(id);
                }

                json.WriteEndArray();
                var shape = change.Shape;
                if (change is AclRuleAddition acl)
                {
                    json.WriteString("path", $"/v1/network_acls/{acl.Acl.Id}/rules");
                    json.WriteStartObject("body");
                    json.WriteString("name", acl.Rule.Name);
                    json.WriteString("action", "allow");
                    json.WriteString("direction", Direction(acl.Rule.Direction));
                    json.WriteString("protocol", ProtocolNames.For(shape.Protocol, legacy));
                    json.WriteString("source", acl.Rule.Source.ToString());
                    json.WriteString("destination", acl.Rule.Destination.ToString());
                    Number(json, "source_port_min", shape.SourcePortMin);
                    Number(json, "source_port_max", shape.SourcePortMax);
                    Number(json, "destination_port_min", shape.PortMin);
                    Number(json, "destination_port_max", shape.PortMax);
                    Number(json, "type", shape.IcmpType);
                    Number(json, "code", shape.IcmpCode);
                    if (acl.Before is { } before)
                    {
                        json.WriteStartObject("before");
                        json.WriteString("id", before.Id);
                        json.WriteEndObject();
                    }

                    json.WriteEndObject();
                }
                else if (change is SecurityGroupRuleAddition group)
                {
                    json.WriteString("path", $"/v1/security_groups/{group.Group.Id}/rules");
                    json.WriteStartObject("body");
                    if (group.Rule.Name is { } name)
                    {
                        json.WriteString("name", name);
                    }

                    json.WriteString("direction", Direction(group.Rule.Direction));
                    json.WriteString("protocol", ProtocolNames.For(shape.Protocol, legacy));
                    Number(json, "port_min", shape.PortMin);
                    Number(json, "port_max", shape.PortMax);
                    Number(json, "type", shape.IcmpType);
                    Number(json, "code", shape.IcmpCode);
                    json.WriteStartObject("remote");
                    if (group.Rule.Remote is SecurityGroupRemote remoteGroup)
                    {
                        json.WriteString("id", remoteGroup.SecurityGroupId);
                    }
                    else if (group.Rule.Remote is CidrRemote cidr)
                    {
                        json.WriteString("cidr_block", cidr.Prefix.ToString());
                    }

                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("problems");
            foreach (var problem in plan.Problems)
            {
                json.WriteStringValue(FixText.Problem(problem));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }

    private static string Direction(TrafficDirection direction) => direction == TrafficDirection.Inbound ? "inbound" : "outbound";
}
