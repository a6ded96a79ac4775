using System.Text.Json;
using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Formats.IbmCloudCli;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Core.Model;
using Portcullis.Formats.Diff;
using Portcullis.Formats.Json;
using Portcullis.Formats.Wording;
namespace Portcullis.Cluster.Formats.VpcApi;

/// <summary>
/// Writes a fix plan as VPC API requests: <c>POST /v1/network_acls/{id}/rules</c> and
/// <c>POST /v1/security_groups/{id}/rules</c> with their JSON bodies, and the API version they need.
/// </summary>
public static class FixApiWriter
{
    /// <summary>
    /// Writes <c>{"version": ..., "requests": [{"method", "path", "body"}], "problems": [...], "proof": {...}}</c>: the
    /// proof holds each requirement's status before and after the plan is applied in memory, whether all then pass,
    /// and the connectivity diff's <c>differences</c> as <c>portcullis diff --format json</c> writes them.
    /// </summary>
    public static void Write(FixProof proof, bool legacy, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(proof);
        var plan = proof.Plan;
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
            WriteProof(json, proof);
            json.WriteEndObject();
        });
    }

    private static void WriteProof(Utf8JsonWriter json, FixProof proof)
    {
        json.WriteStartObject("proof");
        json.WriteBoolean("passes", proof.Passes);
        json.WriteString("verdict", FixProofText.Verdict(proof));
        json.WriteStartArray("requirements");
        foreach (var (before, after) in proof.Requirements)
        {
            json.WriteStartObject();
            json.WriteString("id", before.Requirement.Id);
            json.WriteString("before", CheckText.Status(before.Status));
            json.WriteString("after", CheckText.Status(after.Status));
            if (after.BlockingGap is not null)
            {
                json.WriteString("still_blocked_by", FixProofText.StillBlockedBy(after));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("diff_before", FixProofText.BeforeName);
        json.WriteString("diff_after", FixProofText.AfterName);
        DiffWriter.WriteDifferences(json, [.. DiffText.Ordered(proof.Differences)]);
        json.WriteEndObject();
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
