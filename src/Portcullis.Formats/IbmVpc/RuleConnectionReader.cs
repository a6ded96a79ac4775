using System.Text.Json;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Formats.Json;

namespace Portcullis.Formats.IbmVpc;

/// <summary>Reads a rule's protocol and its ports or ICMP type and code into a connection set.</summary>
internal static class RuleConnectionReader
{
    private const string PortRangeText = "an integer from 1 to 65535";

    /// <summary>
    /// Reads <c>protocol</c> with the port fields of an ACL rule (<c>source_port_min</c> ... <c>destination_port_max</c>)
    /// or of a security-group rule (<c>port_min</c>, <c>port_max</c>: destination ports).
    /// </summary>
    /// <param name="rule">The rule object.</param>
    /// <param name="isAcl">Whether it is an ACL rule (which has source ports too).</param>
    /// <param name="isDeny">Whether it is an ACL deny rule: the old <c>all</c> then means every protocol, as the API's migration to <c>any</c> says.</param>
    /// <param name="protocol">The protocol as written.</param>
    /// <param name="connection">The packets matched, or <see langword="null"/> on an error (reported).</param>
    public static void Read(JsonCursor rule, bool isAcl, bool isDeny, out RuleProtocol? protocol, out ConnectionSet? connection)
    {
        protocol = null;
        connection = null;
        var name = rule.RequiredString("protocol");
        if (name is null)
        {
            return;
        }

        protocol = RuleProtocol.FromApiName(name);
        if (!protocol.IsKnown)
        {
            rule.Child("protocol").Report(FormatDiagnostics.UnknownProtocol, name);
            connection = ConnectionSet.None;
            return;
        }

        if (protocol.HasPorts)
        {
            var number = protocol.Numbers.Min;
            if (isAcl)
            {
                var source = PortRange(rule, "source_port_min", "source_port_max");
                var destination = PortRange(rule, "destination_port_min", "destination_port_max");
                connection = source is { } s && destination is { } d ? ConnectionSet.Ports(number, s.Min, s.Max, d.Min, d.Max) : null;
            }
            else
            {
                var destination = PortRange(rule, "port_min", "port_max");
                connection = destination is { } d ? ConnectionSet.Ports(number, ConnectionSet.MinPort, ConnectionSet.MaxPort, d.Min, d.Max) : null;
            }

            return;
        }

        if (protocol.IsIcmp)
        {
            var type = rule.OptionalInt("type", 0, ConnectionSet.MaxIcmpType);
            var code = rule.OptionalInt("code", 0, ConnectionSet.MaxIcmpCode);
            if ((rule.Has("type") && type is null) || (rule.Has("code") && code is null))
            {
                return; // already reported
            }

            if (code is not null && type is null)
            {
                rule.Child("code").Report(FormatDiagnostics.IcmpCodeWithoutType);
                return;
            }

            connection = ConnectionSet.IcmpOf(type, code);
            return;
        }

        var numbers = isDeny && name.Equals("all", StringComparison.OrdinalIgnoreCase)
            ? IntervalSet<int>.Range(0, IpProtocols.Max)
            : protocol.Numbers;
        protocol = protocol with { Numbers = numbers };
        connection = ConnectionSet.Protocols(numbers);
    }

    // The API's ports are 1-65535, but real exports carry ranges such as port_min: 0. A bound just outside the port
    // space has an obvious meaning (0-22 is "up to 22", 1000-70000 "from 1000 up"): it is read as the range's part in
    // the port space, with a warning at the bound. A bound that leaves no port, or a negative one, stays an error.
    // docs/input.md lists these decisions.
    private static (int Min, int Max)? PortRange(JsonCursor rule, string minName, string maxName)
    {
        var min = Integer(rule, minName);
        var max = Integer(rule, maxName);
        if ((rule.Has(minName) && min is null) || (rule.Has(maxName) && max is null))
        {
            return null;
        }

        var range = (Min: min ?? ConnectionSet.MinPort, Max: max ?? ConnectionSet.MaxPort);
        var usable = true;
        if (range.Min < 0 || range.Min > ConnectionSet.MaxPort)
        {
            rule.Child(minName).Report(FormatDiagnostics.WrongValueType, minName, PortRangeText, range.Min);
            usable = false;
        }

        if (range.Max < ConnectionSet.MinPort)
        {
            rule.Child(maxName).Report(FormatDiagnostics.WrongValueType, maxName, PortRangeText, range.Max);
            usable = false;
        }

        if (!usable)
        {
            return null;
        }

        if (range.Min > range.Max)
        {
            rule.Child(minName).Report(FormatDiagnostics.EmptyPortRange, range.Min, range.Max, minName, maxName);
            return null;
        }

        var read = (Min: Math.Max(range.Min, ConnectionSet.MinPort), Max: Math.Min(range.Max, ConnectionSet.MaxPort));
        if (read.Min != range.Min)
        {
            rule.Child(minName).Report(FormatDiagnostics.PortBoundOutsidePorts, minName, range.Min, read.Min, read.Max);
        }

        if (read.Max != range.Max)
        {
            rule.Child(maxName).Report(FormatDiagnostics.PortBoundOutsidePorts, maxName, range.Max, read.Min, read.Max);
        }

        return read;
    }

    // Any integer (the range is decided by the caller); a value that is not an integer is reported here.
    private static int? Integer(JsonCursor rule, string name)
    {
        var child = rule.Child(name);
        if (child.IsNullOrMissing)
        {
            return null;
        }

        if (child.Element.ValueKind == JsonValueKind.Number && child.Element.TryGetInt32(out var value))
        {
            return value;
        }

        child.Report(FormatDiagnostics.WrongValueType, name, PortRangeText, JsonCursor.Describe(child.Element));
        return null;
    }
}
