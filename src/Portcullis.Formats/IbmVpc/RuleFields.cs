using System.Text.Json;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Formats.Output;

namespace Portcullis.Formats.IbmVpc;

/// <summary>
/// A rule's <c>protocol</c> and the port or ICMP fields that go with it, as the VPC API writes them: the inverse of
/// <see cref="RuleConnectionReader"/>. Each is checked by reading it back in the reader's terms, so a rule is written
/// only in fields that mean exactly its packets.
/// </summary>
/// <param name="Protocol">The protocol as the rule wrote it.</param>
/// <param name="PortFields">The port fields and their values (<c>source_port_min</c> ... or <c>port_min</c>, <c>port_max</c>), in order.</param>
/// <param name="Type">The ICMP type, if any.</param>
/// <param name="Code">The ICMP code, if any.</param>
internal sealed record RuleFields(string Protocol, (string Name, int Value)[] PortFields, int? Type, int? Code)
{
    /// <summary>The fields of an ACL rule.</summary>
    /// <exception cref="UnrepresentableValueException">The fields cannot say the rule's packets.</exception>
    public static RuleFields Of(NetworkAcl acl, NetworkAclRule rule) =>
        Of(rule.Protocol, rule.Connection, isAcl: true, isDeny: rule.Action == AclAction.Deny)
        ?? throw Unrepresentable($"network ACL {acl.Name}", rule.Name, rule.Protocol);

    /// <summary>The fields of a security-group rule.</summary>
    /// <exception cref="UnrepresentableValueException">The fields cannot say the rule's packets.</exception>
    public static RuleFields Of(SecurityGroup group, SecurityGroupRule rule) =>
        Of(rule.Protocol, rule.Connection, isAcl: false, isDeny: false)
        ?? throw Unrepresentable($"security group {group.Name}", rule.Name ?? rule.Id, rule.Protocol);

    /// <summary>Writes the fields into the rule object being written.</summary>
    public void Write(Utf8JsonWriter json)
    {
        json.WriteString("protocol", Protocol);
        foreach (var (name, value) in PortFields)
        {
            json.WriteNumber(name, value);
        }

        if (Type is { } type)
        {
            json.WriteNumber("type", type);
        }

        if (Code is { } code)
        {
            json.WriteNumber("code", code);
        }
    }

    private static RuleFields? Of(RuleProtocol protocol, ConnectionSet connection, bool isAcl, bool isDeny)
    {
        // What the reader makes of a protocol without port or ICMP fields (an unknown name matches nothing).
        if (!protocol.IsKnown)
        {
            return connection.IsEmpty ? new RuleFields(protocol.Name, [], null, null) : null;
        }

        if (protocol.HasPorts)
        {
            var number = protocol.Numbers.Min;
            var pairs = number == IpProtocols.Tcp ? connection.Tcp : connection.Udp;
            if (pairs.Parts.Length != 1 || pairs.Parts[0].First.IntervalCount != 1 || pairs.Parts[0].Second.IntervalCount != 1)
            {
                return null;
            }

            var (source, destination) = (pairs.Parts[0].First.Intervals[0], pairs.Parts[0].Second.Intervals[0]);
            var read = ConnectionSet.Ports(number, source.Start, source.End, destination.Start, destination.End);
            if (!read.Equals(connection) || (!isAcl && (source.Start != ConnectionSet.MinPort || source.End != ConnectionSet.MaxPort)))
            {
                return null;
            }

            (string, int)[] fields = isAcl
                ? [("source_port_min", source.Start), ("source_port_max", source.End), ("destination_port_min", destination.Start), ("destination_port_max", destination.End)]
                : [("port_min", destination.Start), ("port_max", destination.End)];
            return new RuleFields(protocol.Name, fields, null, null);
        }

        if (protocol.IsIcmp)
        {
            if (connection.Equals(ConnectionSet.IcmpOf(null, null)))
            {
                return new RuleFields(protocol.Name, [], null, null);
            }

            var icmp = connection.Icmp;
            if (icmp.Parts.Length != 1 || icmp.Parts[0].First.IntervalCount != 1 || icmp.Parts[0].First.Min != icmp.Parts[0].First.Max)
            {
                return null;
            }

            var type = icmp.Parts[0].First.Min;
            var codes = icmp.Parts[0].Second;
            int? code = codes.IntervalCount == 1 && codes.Min == codes.Max ? codes.Min : null;
            return ConnectionSet.IcmpOf(type, code).Equals(connection) ? new RuleFields(protocol.Name, [], type, code) : null;
        }

        var numbers = isDeny && protocol.Name.Equals("all", StringComparison.OrdinalIgnoreCase) ? IntervalSet<int>.Range(0, IpProtocols.Max) : protocol.Numbers;
        return ConnectionSet.Protocols(numbers).Equals(connection) ? new RuleFields(protocol.Name, [], null, null) : null;
    }

    private static UnrepresentableValueException Unrepresentable(string table, string rule, RuleProtocol protocol) =>
        new($"{table}: rule {rule} matches packets that protocol '{protocol.Name}' with port and ICMP fields cannot say; the configuration cannot be written as VPC JSON");
}
