using Portcullis.Core.Model;
using Portcullis.Formats.Json;

namespace Portcullis.Formats.IbmVpc;

/// <summary>Reads the VPC, subnet, instance, endpoint gateway, floating IP and public gateway objects.</summary>
internal static class ResourceReaders
{
    public static Vpc? ReadVpc(JsonCursor vpc)
    {
        var id = vpc.RequiredString("id");
        var name = vpc.RequiredString("name");
        var prefixes = vpc.Items("address_prefixes").Select(prefix =>
        {
            var cidr = ReadHelpers.RequiredPrefix(prefix, "cidr");
            return cidr is { } c ? new AddressPrefix(prefix.OptionalString("name"), c, ReadHelpers.ZoneName(prefix)) : null;
        }).ToList();
        if (id is null || name is null || prefixes.Any(p => p is null))
        {
            return null;
        }

        return new Vpc(
            id,
            vpc.OptionalString("crn") ?? id,
            name,
            vpc.OptionalString("region") ?? RegionFromCrn(vpc.OptionalString("crn")),
            [.. prefixes.OfType<AddressPrefix>()],
            ReadHelpers.ResourceGroup(vpc),
            ReadHelpers.OptionalRefId(vpc, "default_network_acl"),
            ReadHelpers.OptionalRefId(vpc, "default_security_group"),
            vpc.Location);
    }

    public static Subnet? ReadSubnet(JsonCursor subnet)
    {
        var id = subnet.RequiredString("id");
        var name = subnet.RequiredString("name");
        var vpcId = ReadHelpers.RequiredRefId(subnet, "vpc");
        var cidr = ReadHelpers.RequiredPrefix(subnet, "ipv4_cidr_block");
        if (cidr is { IsIPv4: false } v6)
        {
            subnet.Child("ipv4_cidr_block").Report(FormatDiagnostics.Ipv4BlockExpected, "ipv4_cidr_block", v6);
            cidr = null;
        }
        var aclId = ReadHelpers.RequiredRefId(subnet, "network_acl");
        var zone = ReadHelpers.ZoneName(subnet);
        if (zone is null)
        {
            subnet.Child("zone").Report(FormatDiagnostics.RequiredFieldMissing, "field 'zone.name'");
        }

        var reserved = subnet.Items("reserved_ips").Select(ReadHelpers.ReservedIp).ToList();
        if (id is null || name is null || vpcId is null || cidr is not { } block || aclId is null || zone is null || reserved.Any(r => r is null))
        {
            return null;
        }

        return new Subnet(
            id,
            subnet.OptionalString("crn"),
            name,
            vpcId,
            zone,
            block,
            aclId,
            ReadHelpers.OptionalRefId(subnet, "public_gateway"),
            ReadHelpers.OptionalRefId(subnet, "routing_table"),
            [.. reserved.OfType<ReservedIp>()],
            ReadHelpers.ResourceGroup(subnet),
            subnet.Location);
    }

    /// <summary>
    /// The top-level <c>virtual_nis</c> by the id of the instance (or bare metal server) network attachment each serves.
    /// Collectors list attachments without their virtual interface, so only this list ties the virtual interface's id
    /// to an instance.
    /// </summary>
    public static Dictionary<string, VirtualNicRef> ReadVirtualNics(IEnumerable<JsonCursor> virtualNics)
    {
        var byAttachment = new Dictionary<string, VirtualNicRef>(StringComparer.Ordinal);
        foreach (var vni in virtualNics)
        {
            var id = vni.RequiredString("id");
            var target = vni.Child("target");
            var attachmentId = target.IsObject ? target.OptionalString("id") : null;
            if (id is not null && attachmentId is not null)
            {
                byAttachment.TryAdd(attachmentId, new VirtualNicRef(id, vni.OptionalString("name"), ReadHelpers.RefIds(vni, "security_groups")));
            }
        }

        return byAttachment;
    }

    /// <summary>
    /// An instance, or a bare metal server: both have <c>network_interfaces</c> (a bare metal server's are PCI, VLAN
    /// or HiperSocket interfaces, each with its own address, subnet and security groups) and
    /// <c>network_attachments</c> of the same shapes.
    /// </summary>
    public static Instance? ReadInstance(JsonCursor instance, IReadOnlyDictionary<string, VirtualNicRef> virtualNics)
    {
        var id = instance.RequiredString("id");
        var name = instance.RequiredString("name");
        var vpcId = ReadHelpers.RequiredRefId(instance, "vpc");
        var zone = ReadHelpers.ZoneName(instance) ?? string.Empty;
        var interfaces = instance.Items("network_interfaces").Select(ReadInterface).ToList();
        var attachments = instance.Items("network_attachments").Select(a => ReadAttachment(a, virtualNics)).ToList();
        if (id is null || name is null || vpcId is null || interfaces.Any(i => i is null) || attachments.Any(a => a is null))
        {
            return null;
        }

        // Instances (and bare metal servers) created with network attachments carry virtual network interfaces, and the
        // API lists each attachment again under network_interfaces (with the attachment's id). The two views of one
        // address are one endpoint: the virtual interface, which also answers to the interface's id and keeps the
        // groups it lists.
        var virtuals = attachments.OfType<NetworkInterface>().ToList();
        var all = new List<NetworkInterface>();
        foreach (var nic in interfaces.OfType<NetworkInterface>())
        {
            var same = virtuals.Find(v => v.Address == nic.Address);
            all.Add(same is null ? nic : same with
            {
                SecurityGroupIds = [.. nic.SecurityGroupIds.Union(same.SecurityGroupIds, StringComparer.Ordinal)],
                AttachmentId = same.AttachmentId ?? nic.Id,
            });
        }

        var known = all.Select(n => n.Address).ToHashSet();
        all.AddRange(virtuals.Where(v => known.Add(v.Address)));
        return new Instance(id, instance.OptionalString("crn"), name, vpcId, zone, [.. all], ReadHelpers.ResourceGroup(instance), instance.Location);
    }

    private static NetworkInterface? ReadInterface(JsonCursor nic)
    {
        var id = nic.RequiredString("id");
        var name = nic.OptionalString("name");
        var address = ReadHelpers.RequiredAddress(nic.Child("primary_ip"), "address");
        var subnetId = ReadHelpers.RequiredRefId(nic, "subnet");
        if (id is null || address is not { } a || subnetId is null)
        {
            return null;
        }

        return new NetworkInterface(id, name ?? id, a, subnetId, ReadHelpers.RefIds(nic, "security_groups"));
    }

    private static NetworkInterface? ReadAttachment(JsonCursor attachment, IReadOnlyDictionary<string, VirtualNicRef> virtualNics)
    {
        var vni = attachment.Child("virtual_network_interface");
        var attachmentId = attachment.RequiredString("id");
        var listed = attachmentId is null ? null : virtualNics.GetValueOrDefault(attachmentId);
        var id = (vni.IsObject ? vni.OptionalString("id") : null) ?? listed?.Id ?? attachmentId;
        var address = ReadHelpers.RequiredAddress(attachment.Child("primary_ip"), "address");
        var subnetId = ReadHelpers.RequiredRefId(attachment, "subnet");
        if (id is null || address is not { } a || subnetId is null)
        {
            return null;
        }

        var name = (vni.IsObject ? vni.OptionalString("name") : null) ?? listed?.Name ?? attachment.OptionalString("name") ?? id;
        var groups = vni.IsObject && vni.Has("security_groups") ? ReadHelpers.RefIds(vni, "security_groups") : listed?.SecurityGroupIds ?? [];
        return new NetworkInterface(id, name, a, subnetId, groups, IsVirtual: true, AttachmentId: attachmentId);
    }

    public static EndpointGateway? ReadEndpointGateway(JsonCursor gateway)
    {
        var id = gateway.RequiredString("id");
        var name = gateway.RequiredString("name");
        var vpcId = ReadHelpers.RequiredRefId(gateway, "vpc");
        var ips = gateway.Items("ips").Select(ReadHelpers.ReservedIp).ToList();
        if (id is null || name is null || vpcId is null || ips.Any(i => i is null))
        {
            return null;
        }

        var target = gateway.Child("target");
        var targetName = target.IsObject ? target.OptionalString("name") ?? target.OptionalString("crn") : null;
        return new EndpointGateway(id, gateway.OptionalString("crn"), name, vpcId, [.. ips.OfType<ReservedIp>()], ReadHelpers.RefIds(gateway, "security_groups"), targetName, ReadHelpers.ResourceGroup(gateway), gateway.Location);
    }

    public static FloatingIp? ReadFloatingIp(JsonCursor floatingIp)
    {
        var id = floatingIp.RequiredString("id");
        var address = ReadHelpers.RequiredAddress(floatingIp, "address");
        if (id is null || address is not { } a)
        {
            return null;
        }

        var target = floatingIp.Child("target");
        var targetId = target.IsObject ? target.OptionalString("id") : null;
        return new FloatingIp(id, floatingIp.OptionalString("name") ?? id, a, targetId, ReadHelpers.ZoneName(floatingIp), floatingIp.Location);
    }

    public static PublicGateway? ReadPublicGateway(JsonCursor gateway)
    {
        var id = gateway.RequiredString("id");
        var name = gateway.RequiredString("name");
        var vpcId = ReadHelpers.RequiredRefId(gateway, "vpc");
        var zone = ReadHelpers.ZoneName(gateway) ?? string.Empty;
        var floating = gateway.Child("floating_ip");
        var address = floating.IsObject ? ReadHelpers.OptionalAddress(floating, "address") : null;
        if (id is null || name is null || vpcId is null)
        {
            return null;
        }

        return new PublicGateway(id, gateway.OptionalString("crn"), name, vpcId, zone, address, gateway.Location);
    }

    // crn:v1:bluemix:public:is:us-south:a/... carries the region in its sixth field (zones look like us-south-1).
    private static string? RegionFromCrn(string? crn)
    {
        var fields = crn?.Split(':');
        return fields is { Length: > 5 } && fields[5].Length > 0 ? fields[5] : null;
    }
}
