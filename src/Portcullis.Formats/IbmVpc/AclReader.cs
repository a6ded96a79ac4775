using Portcullis.Core.Model;
using Portcullis.Formats.Json;

namespace Portcullis.Formats.IbmVpc;

/// <summary>Reads <c>network_acls[]</c> objects.</summary>
internal static class AclReader
{
    public static NetworkAcl? Read(JsonCursor acl)
    {
        var id = acl.RequiredString("id");
        var name = acl.RequiredString("name");
        var vpcId = ReadHelpers.RequiredRefId(acl, "vpc");
        var cursors = acl.Items("rules").ToList();
        var rules = cursors.Select(ReadRule).ToList();
        if (id is null || name is null || vpcId is null || rules.Any(r => r is null))
        {
            return null;
        }

        // The array order is the priority; the API's `before` links say the same thing one rule at a time. A rule
        // without id or name is called by its priority.
        foreach (var (rule, cursor) in rules.Zip(cursors).Where(r => r.First is { } rule && (!rule.Source.IsIPv4 || !rule.Destination.IsIPv4)))
        {
            cursor.Report(FormatDiagnostics.Ipv6RuleLeftOut, "network ACL", name, rule!.Name.Length > 0 ? rule.Name : rule.Id);
        }

        var numbered = NetworkAcl.Numbered(rules.OfType<NetworkAclRule>()).Select(r => r.Name.Length > 0 ? r : r with { Name = $"rule-{r.Priority}" });
        return new NetworkAcl(id, acl.OptionalString("crn"), name, vpcId, [.. numbered], ReadHelpers.RefIds(acl, "subnets"), acl.Child("resource_group").OptionalString("name"), acl.Location);
    }

    private static NetworkAclRule? ReadRule(JsonCursor rule)
    {
        var action = rule.RequiredString("action") switch
        {
            "allow" => AclAction.Allow,
            "deny" => AclAction.Deny,
            null => (AclAction?)null,
            var other => Invalid<AclAction>(rule.Child("action"), "action", "'allow' or 'deny'", other),
        };
        var direction = ReadDirection(rule);
        var source = ReadHelpers.RequiredPrefix(rule, "source");
        var destination = ReadHelpers.RequiredPrefix(rule, "destination");
        RuleConnectionReader.Read(rule, isAcl: true, isDeny: action == AclAction.Deny, out var protocol, out var connection);
        var id = rule.OptionalString("id");
        var name = rule.OptionalString("name");
        if (action is not { } a || direction is not { } d || source is not { } s || destination is not { } t || protocol is null || connection is null)
        {
            return null;
        }

        // Numbered (and, without id or name, named) by the ACL once every rule is read.
        return new NetworkAclRule(id ?? name ?? rule.Path, name ?? id ?? string.Empty, a, d, s, t, protocol, connection, Priority: 0, rule.Location);
    }

    internal static TrafficDirection? ReadDirection(JsonCursor rule) => rule.RequiredString("direction") switch
    {
        "inbound" => TrafficDirection.Inbound,
        "outbound" => TrafficDirection.Outbound,
        null => null,
        var other => Invalid<TrafficDirection>(rule.Child("direction"), "direction", "'inbound' or 'outbound'", other),
    };

    private static T? Invalid<T>(JsonCursor at, string field, string choices, string found)
        where T : struct
    {
        at.Report(FormatDiagnostics.UnknownValue, field, choices, found);
        return null;
    }
}
