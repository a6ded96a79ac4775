using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Formats.Json;

namespace Portcullis.Formats.IbmVpc;

/// <summary>Reads <c>security_groups[]</c> objects.</summary>
internal static class SecurityGroupReader
{
    public static SecurityGroup? Read(JsonCursor group)
    {
        var id = group.RequiredString("id");
        var name = group.RequiredString("name");
        var vpcId = ReadHelpers.RequiredRefId(group, "vpc");
        var cursors = group.Items("rules").ToList();
        var rules = cursors.Select(ReadRule).ToList();
        if (id is null || name is null || vpcId is null || rules.Any(r => r is null))
        {
            return null;
        }

        foreach (var (rule, cursor) in rules.Zip(cursors).Where(r => IsIPv6(r.First!)))
        {
            cursor.Report(FormatDiagnostics.Ipv6RuleLeftOut, "security group", name, rule!.Name ?? rule.Id);
        }

        return new SecurityGroup(id, group.OptionalString("crn"), name, vpcId, [.. rules.OfType<SecurityGroupRule>()], ReadHelpers.RefIds(group, "targets"), group.Child("resource_group").OptionalString("name"), group.Location);
    }

    private static SecurityGroupRule? ReadRule(JsonCursor rule, int index)
    {
        var direction = AclReader.ReadDirection(rule);
        RuleConnectionReader.Read(rule, isAcl: false, isDeny: false, out var protocol, out var connection);
        var remote = ReadRemote(rule.Child("remote"), out var remoteOk);
        var local = ReadLocal(rule.Child("local"), out var localOk);
        if (direction is not { } d || protocol is null || connection is null || !remoteOk || !localOk)
        {
            return null;
        }

        var id = rule.OptionalString("id") ?? rule.Path;
        return new SecurityGroupRule(id, rule.OptionalString("name"), d, remote, local, protocol, connection, index, rule.Location);
    }

    // A rule is IPv6 when its remote or local is an IPv6 block or address (a group remote is neither).
    private static bool IsIPv6(SecurityGroupRule rule) =>
        (rule.Remote is CidrRemote cidr && !cidr.Prefix.IsIPv4) || (!rule.Local.IsDefault && !rule.Local.IsIPv4);

    // A missing remote means 0.0.0.0/0 (the API's default); otherwise a CIDR, an address, or a group by id, CRN or name.
    private static RuleRemote ReadRemote(JsonCursor remote, out bool ok)
    {
        ok = true;
        if (remote.IsNullOrMissing)
        {
            return new CidrRemote(IpPrefix.AllIPv4);
        }

        if (remote.Has("cidr_block"))
        {
            var prefix = ReadHelpers.RequiredPrefix(remote, "cidr_block");
            ok = prefix is not null;
            return new CidrRemote(prefix ?? default);
        }

        if (remote.Has("address"))
        {
            var address = ReadHelpers.RequiredAddress(remote, "address");
            ok = address is not null;
            return new CidrRemote(address is { } a ? new IpPrefix(a, a.IsIPv4 ? 32 : 128) : default, IsAddress: true);
        }

        var groupId = remote.OptionalString("id") ?? remote.OptionalString("crn");
        var groupName = remote.OptionalString("name");
        if (groupId is null && groupName is null)
        {
            remote.Report(FormatDiagnostics.RuleEndpointIncomplete, "remote", "cidr_block, address, or a security group id, crn or name");
            ok = false;
            return new CidrRemote(default);
        }

        return new SecurityGroupRemote(groupId ?? string.Empty, groupName ?? groupId!);
    }

    // A missing local, or 0.0.0.0/0, means every address of the member; `default` says so.
    private static IpPrefix ReadLocal(JsonCursor local, out bool ok)
    {
        ok = true;
        if (local.IsNullOrMissing)
        {
            return default;
        }

        var text = local.OptionalString("cidr_block") ?? local.OptionalString("address");
        if (text is null)
        {
            local.Report(FormatDiagnostics.RuleEndpointIncomplete, "local", "cidr_block or address");
            ok = false;
            return default;
        }

        var prefix = ReadHelpers.ParsePrefix(local.Child(local.Has("cidr_block") ? "cidr_block" : "address"), text);
        ok = prefix is not null;
        return prefix is { Length: > 0 } p ? p : default;
    }
}
