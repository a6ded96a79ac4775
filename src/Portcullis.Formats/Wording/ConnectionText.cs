using System.Runtime.CompilerServices;
using System.Text;
using Portcullis.Core.Sets;

namespace Portcullis.Formats.Wording;

/// <summary>How every report, explanation and finding writes a <see cref="ConnectionSet"/>, and reads it back.</summary>
public static class ConnectionText
{
    /// <summary>The token that stands for every protocol other than ICMP, TCP and UDP.</summary>
    public const string OtherProtocolsToken = "other";

    /// <summary>The name partial ICMPv6 parts print with (a whole protocol 58 prints as its number).</summary>
    public const string IcmpV6Token = "ICMPv6";

    private static readonly ConditionalWeakTable<ConnectionSet, string> Texts = [];
    private static readonly ConditionalWeakTable<ConnectionSet, string> ReadableTexts = [];

    private static readonly IntervalSet<int> AllPorts = IntervalSet<int>.Range(ConnectionSet.MinPort, ConnectionSet.MaxPort);
    private static readonly IntervalSet<int> AllIcmpTypes = IntervalSet<int>.Range(0, ConnectionSet.MaxIcmpType);
    private static readonly IntervalSet<int> AllIcmpCodes = IntervalSet<int>.Range(0, ConnectionSet.MaxIcmpCode);
    private static readonly IntervalSet<int> AllOtherProtocols = ConnectionSet.All.OtherProtocols;

    /// <summary>
    /// The canonical text of a connection set: <c>All Connections</c>, <c>No Connections</c>, or parts joined by <c>; </c> such as
    /// <c>protocol: TCP src-ports: 100-200 dst-ports: 1-9,51-65535</c>, <c>protocol: ICMP icmp-type: 8</c> or
    /// <c>protocol: ICMP,UDP</c> (protocols whose whole space is included are listed together; <c>other</c> stands
    /// for every protocol but ICMP, TCP and UDP). Equal sets print the same; <see cref="TryParse"/> reads it back. Worked out once per set.
    /// </summary>
    public static string Of(ConnectionSet connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Texts.GetValue(connection, Describe);
    }

    /// <summary>
    /// The readable text of a connection set: <see cref="Of"/>, with every port, ICMP type and code list written as the
    /// shorter of the list and its complement (<c>protocol: TCP dst-ports: all but 22</c>; the list when both are as
    /// long). <see cref="TryParse"/> reads it back to the same set. Worked out once per set.
    /// </summary>
    public static string Readable(ConnectionSet connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return ReadableTexts.GetValue(connection, c => Describe(c, readable: true));
    }

    private static string Describe(ConnectionSet connection) => Describe(connection, readable: false);

    private static string Describe(ConnectionSet connection, bool readable)
    {
        if (connection.IsEmpty)
        {
            return "No Connections";
        }

        if (connection.IsAll)
        {
            return "All Connections";
        }

        var whole = new List<string>();
        var parts = new List<string>();
        var tcpWhole = ConnectionSet.IsAllPorts(connection.Tcp);
        var udpWhole = ConnectionSet.IsAllPorts(connection.Udp);
        if (ConnectionSet.IsAllIcmp(connection.Icmp))
        {
            whole.Add("ICMP");
        }

        if (tcpWhole)
        {
            whole.Add("TCP");
        }

        if (udpWhole)
        {
            whole.Add("UDP");
        }

        if (!connection.OtherProtocols.IsEmpty)
        {
            whole.Add(connection.OtherProtocols == AllOtherProtocols ? OtherProtocolsToken : DescribeProtocols(connection.OtherProtocols));
        }

        if (whole.Count > 0)
        {
            parts.Add("protocol: " + string.Join(',', whole));
        }

        // TCP and UDP with the same (non-whole) ports print as one part list.
        if (!tcpWhole && !udpWhole && !connection.Tcp.IsEmpty && connection.Tcp.Equals(connection.Udp))
        {
            AddPortParts(parts, "TCP,UDP", connection.Tcp, readable);
        }
        else
        {
            if (!tcpWhole)
            {
                AddPortParts(parts, "TCP", connection.Tcp, readable);
            }

            if (!udpWhole)
            {
                AddPortParts(parts, "UDP", connection.Udp, readable);
            }
        }

        if (!connection.Icmp.IsEmpty && !ConnectionSet.IsAllIcmp(connection.Icmp))
        {
            foreach (var part in connection.Icmp.Parts)
            {
                var text = new StringBuilder("protocol: ICMP icmp-type: ").Append(Numbers(part.First, 0, ConnectionSet.MaxIcmpType, readable));
                if (part.Second != AllIcmpCodes)
                {
                    text.Append(" icmp-code: ").Append(Numbers(part.Second, 0, ConnectionSet.MaxIcmpCode, readable));
                }

                parts.Add(text.ToString());
            }
        }

        // SCTP ports and ICMPv6 types only ever come from cluster policies; whole, they are among the other protocols above.
        if (!connection.Sctp.IsEmpty && !ConnectionSet.IsAllPorts(connection.Sctp))
        {
            AddPortParts(parts, "SCTP", connection.Sctp, readable);
        }

        if (!connection.IcmpV6.IsEmpty && !ConnectionSet.IsAllIcmp(connection.IcmpV6))
        {
            foreach (var part in connection.IcmpV6.Parts)
            {
                var text = new StringBuilder("protocol: ").Append(IcmpV6Token).Append(" icmp-type: ").Append(Numbers(part.First, 0, ConnectionSet.MaxIcmpType, readable));
                if (part.Second != AllIcmpCodes)
                {
                    text.Append(" icmp-code: ").Append(Numbers(part.Second, 0, ConnectionSet.MaxIcmpCode, readable));
                }

                parts.Add(text.ToString());
            }
        }

        parts.Sort(StringComparer.Ordinal);
        return string.Join("; ", parts);
    }

    /// <summary>Parses the text <see cref="Of"/> or <see cref="Readable"/> writes (and the analyzer's wording of the same).</summary>
    /// <param name="text">The text.</param>
    /// <param name="set">The set, when the text is valid.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ConnectionSet set)
    {
        set = ConnectionSet.None;
        var trimmed = text.Trim();
        if (trimmed.SequenceEqual("All Connections"))
        {
            set = ConnectionSet.All;
            return true;
        }

        if (trimmed.SequenceEqual("No Connections"))
        {
            return true;
        }

        var result = ConnectionSet.None;
        foreach (var range in trimmed.Split("; "))
        {
            if (!TryParsePart(trimmed[range].Trim(), out var part))
            {
                return false;
            }

            result = result.Union(part);
        }

        set = result;
        return true;
    }

    /// <summary>Parses a connection set.</summary>
    /// <exception cref="FormatException">When the text is not a connection set.</exception>
    public static ConnectionSet Parse(string text) =>
        TryParse(text, out var set) ? set : throw new FormatException($"'{text}' is not a connection set.");

    private static void AddPortParts(List<string> parts, string protocols, ProductSet ports, bool readable)
    {
        foreach (var part in ports.Parts)
        {
            var text = new StringBuilder("protocol: ").Append(protocols);
            if (part.First != AllPorts)
            {
                text.Append(" src-ports: ").Append(Numbers(part.First, ConnectionSet.MinPort, ConnectionSet.MaxPort, readable));
            }

            if (part.Second != AllPorts)
            {
                text.Append(" dst-ports: ").Append(Numbers(part.Second, ConnectionSet.MinPort, ConnectionSet.MaxPort, readable));
            }

            parts.Add(text.ToString());
        }
    }

    // A number list, or (readable, and shorter) "all but" its complement within [min, max].
    private static string Numbers(IntervalSet<int> numbers, int min, int max, bool readable)
    {
        var list = numbers.ToString();
        if (!readable)
        {
            return list;
        }

        var complement = numbers.ComplementWithin(min, max);
        return !complement.IsEmpty && AddressText.AllBut.Length + complement.ToString().Length < list.Length ? AddressText.AllBut + complement : list;
    }

    private static string DescribeProtocols(IntervalSet<int> protocols)
    {
        var names = new List<string>();
        var unnamed = new List<Interval<int>>();
        foreach (var interval in protocols.Intervals)
        {
            for (var p = interval.Start; p <= interval.End; p++)
            {
                var name = IpProtocols.Name(p);
                if (name != p.ToString())
                {
                    names.Add(name);
                }
                else
                {
                    unnamed.Add(new Interval<int>(p, p));
                }
            }
        }

        var numbers = IntervalSet<int>.Of(unnamed);
        if (!numbers.IsEmpty)
        {
            names.Add(numbers.ToString());
        }

        return string.Join(',', names);
    }

    private static bool TryParsePart(ReadOnlySpan<char> part, out ConnectionSet set)
    {
        set = ConnectionSet.None;
        const string Prefix = "protocol: ";
        if (!part.StartsWith(Prefix))
        {
            return false;
        }

        var rest = part[Prefix.Length..];
        var space = rest.IndexOf(' ');
        var protocolText = space < 0 ? rest : rest[..space];
        var fields = space < 0 ? [] : rest[(space + 1)..];
        IntervalSet<int> source = AllPorts, destination = AllPorts, types = AllIcmpTypes, codes = AllIcmpCodes;
        var hasIcmpFields = false;
        while (!fields.IsEmpty)
        {
            var colon = fields.IndexOf(": ");
            if (colon < 0)
            {
                return false;
            }

            var key = fields[..colon];
            var valueStart = fields[(colon + 2)..];
            var complement = valueStart.StartsWith(AddressText.AllBut);
            if (complement)
            {
                valueStart = valueStart[AddressText.AllBut.Length..];
            }

            var nextSpace = valueStart.IndexOf(' ');
            var value = nextSpace < 0 ? valueStart : valueStart[..nextSpace];
            fields = nextSpace < 0 ? [] : valueStart[(nextSpace + 1)..];
            if (!TryParseNumbers(value, out var numbers))
            {
                return false;
            }

            if (complement)
            {
                // "all but" names the rest of the field's universe, which must not be empty.
                var (min, max) = key.StartsWith("icmp-") ? (0, key.SequenceEqual("icmp-type") ? ConnectionSet.MaxIcmpType : ConnectionSet.MaxIcmpCode) : (ConnectionSet.MinPort, ConnectionSet.MaxPort);
                numbers = numbers.ComplementWithin(min, max);
                if (numbers.IsEmpty)
                {
                    return false;
                }
            }

            switch (key)
            {
                case "src-ports":
                    source = numbers;
                    break;
                case "dst-ports":
                    destination = numbers;
                    break;
                case "icmp-type":
                    types = numbers;
                    hasIcmpFields = true;
                    break;
                case "icmp-code":
                    codes = numbers;
                    hasIcmpFields = true;
                    break;
                default:
                    return false;
            }
        }

        var result = ConnectionSet.None;
        foreach (var range in protocolText.Split(','))
        {
            var token = protocolText[range];
            if (token.SequenceEqual(OtherProtocolsToken))
            {
                result = result.Union(ConnectionSet.Protocols(AllOtherProtocols));
            }
            else if (token.SequenceEqual(IcmpV6Token))
            {
                result = result.Union(ConnectionSet.IcmpV6Of(types, codes));
            }
            else if (IpProtocols.TryParse(token, out var protocol))
            {
                result = result.Union(protocol switch
                {
                    IpProtocols.Tcp or IpProtocols.Udp or IpProtocols.Sctp => ConnectionSet.Ports(protocol, source, destination),
                    IpProtocols.Icmp => ConnectionSet.IcmpOf(types, codes),
                    IpProtocols.IcmpV6 => ConnectionSet.IcmpV6Of(types, codes),
                    _ => ConnectionSet.Protocol(protocol),
                });
            }
            else if (TryParseNumbers(token, out var protocolNumbers) && protocolNumbers.Max <= IpProtocols.Max)
            {
                result = result.Union(ConnectionSet.Protocols(protocolNumbers));
            }
            else
            {
                return false;
            }
        }

        var noIcmp = result.Icmp.IsEmpty && result.IcmpV6.IsEmpty;
        set = hasIcmpFields && noIcmp ? ConnectionSet.None : result;
        return !(hasIcmpFields && noIcmp);
    }

    private static bool TryParseNumbers(ReadOnlySpan<char> text, out IntervalSet<int> numbers)
    {
        numbers = IntervalSet<int>.Empty;
        var intervals = new List<Interval<int>>();
        foreach (var range in text.Split(','))
        {
            var item = text[range];
            var dash = item.IndexOf('-');
            if (dash < 0)
            {
                if (!int.TryParse(item, out var single) || single < 0)
                {
                    return false;
                }

                intervals.Add(new Interval<int>(single, single));
            }
            else if (int.TryParse(item[..dash], out var low) && int.TryParse(item[(dash + 1)..], out var high) && low >= 0 && low <= high)
            {
                intervals.Add(new Interval<int>(low, high));
            }
            else
            {
                return false;
            }
        }

        numbers = IntervalSet<int>.Of(intervals);
        return !numbers.IsEmpty;
    }
}
