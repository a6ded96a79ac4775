using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Formats.Json;

namespace Portcullis.Formats.IbmVpc;

/// <summary>Field readers shared by the resource readers: references, addresses, CIDRs.</summary>
internal static class ReadHelpers
{
    /// <summary>The <c>id</c> of a reference object such as <c>"vpc": {"id": ..., "crn": ...}</c>.</summary>
    public static string? RequiredRefId(JsonCursor owner, string name)
    {
        var reference = owner.Child(name);
        if (reference.IsNullOrMissing)
        {
            reference.Report(FormatDiagnostics.RequiredFieldMissing, $"reference '{name}'");
            return null;
        }

        return reference.RequiredString("id");
    }

    /// <summary>The <c>id</c> of an optional reference object.</summary>
    public static string? OptionalRefId(JsonCursor owner, string name)
    {
        var reference = owner.Child(name);
        return reference.IsNullOrMissing ? null : reference.OptionalString("id");
    }

    /// <summary>The ids of an array of reference objects.</summary>
    public static ImmutableArray<string> RefIds(JsonCursor owner, string name) =>
        [.. owner.Items(name).Select(item => item.RequiredString("id")).OfType<string>()];

    /// <summary>A required CIDR block or address, as a string field.</summary>
    public static IpPrefix? RequiredPrefix(JsonCursor owner, string name)
    {
        var text = owner.RequiredString(name);
        return text is null ? null : ParsePrefix(owner.Child(name), text);
    }

    /// <summary>
    /// Parses a CIDR block (or a bare address as a host block), reporting a bad one; a block with host bits set is
    /// read as its network, with a warning (the API rejects such blocks, so the file was edited by hand).
    /// </summary>
    public static IpPrefix? ParsePrefix(JsonCursor at, string text)
    {
        if (IpPrefix.TryParse(text, out var prefix, out var hostBitsSet))
        {
            if (hostBitsSet)
            {
                at.Report(FormatDiagnostics.CidrHostBitsSet, text, prefix);
            }

            return prefix;
        }

        at.Report(FormatDiagnostics.InvalidAddress, text, "CIDR block or IP address");
        return null;
    }

    /// <summary>A required IP address field.</summary>
    public static IpAddress? RequiredAddress(JsonCursor owner, string name) => ParseAddress(owner, name, owner.RequiredString(name));

    /// <summary>An optional IP address field.</summary>
    public static IpAddress? OptionalAddress(JsonCursor owner, string name) => ParseAddress(owner, name, owner.OptionalString(name));

    private static IpAddress? ParseAddress(JsonCursor owner, string name, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (IpAddress.TryParse(text, out var address))
        {
            return address;
        }

        owner.Child(name).Report(FormatDiagnostics.InvalidAddress, text, "IP address");
        return null;
    }

    /// <summary>The resource group reference (id and name), if present.</summary>
    public static ResourceGroupRef? ResourceGroup(JsonCursor owner)
    {
        var group = owner.Child("resource_group");
        return group.IsObject ? new ResourceGroupRef(group.OptionalString("id"), group.OptionalString("name")) : null;
    }

    /// <summary>The <c>zone.name</c> of a resource.</summary>
    public static string? ZoneName(JsonCursor owner)
    {
        var zone = owner.Child("zone");
        return zone.IsObject ? zone.OptionalString("name") : null;
    }

    /// <summary>A reserved IP object (<c>{id, name, address, target}</c>).</summary>
    public static ReservedIp? ReservedIp(JsonCursor item)
    {
        var address = RequiredAddress(item, "address");
        if (address is not { } value)
        {
            return null;
        }

        var target = item.Child("target");
        return new ReservedIp(
            item.OptionalString("id") ?? value.ToString(),
            item.OptionalString("name") ?? value.ToString(),
            value,
            target.IsObject ? target.OptionalString("id") : null,
            target.IsObject ? target.OptionalString("resource_type") : null);
    }
}
