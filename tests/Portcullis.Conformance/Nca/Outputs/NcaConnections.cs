using System.Globalization;
using System.Text.RegularExpressions;
using Portcullis.Core.Sets;

namespace Portcullis.Conformance.Nca.Outputs;

/// <summary>Reads NCA's connection texts: <c>All connections</c>, <c>All but {...}</c>, <c>{protocols:TCP,dst_ports:80,90-99}</c> lists, and their YAML forms.</summary>
public static partial class NcaConnections
{
    private static readonly string[] Keys = ["protocols", "src_ports", "dst_ports", "icmp_type", "icmp_code"];

    // IANA protocol keywords NCA prints (the registry's names; numbers are printed for the rest).
    private static readonly Dictionary<string, int> ProtocolNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HOPOPT"] = 0,
        ["ICMP"] = 1,
        ["IGMP"] = 2,
        ["GGP"] = 3,
        ["IPv4"] = 4,
        ["ST"] = 5,
        ["TCP"] = 6,
        ["CBT"] = 7,
        ["EGP"] = 8,
        ["IGP"] = 9,
        ["UDP"] = 17,
        ["RSVP"] = 46,
        ["GRE"] = 47,
        ["ESP"] = 50,
        ["AH"] = 51,
        ["ICMPv6"] = 58,
        ["IPv6"] = 41,
        ["EIGRP"] = 88,
        ["OSPFIGP"] = 89,
        ["IPIP"] = 94,
        ["PIM"] = 103,
        ["VRRP"] = 112,
        ["L2TP"] = 115,
        ["SCTP"] = 132,
        ["UDPLite"] = 136,
        ["MPLSinIP"] = 137,
        ["Ethernet"] = 143,
    };

    public static ConnectionSet ParseText(string text)
    {
        text = text.Trim();
        if (text == "All connections")
        {
            return ConnectionSet.All;
        }

        if (text == "No connections")
        {
            return ConnectionSet.None;
        }

        if (text.StartsWith("All but ", StringComparison.Ordinal))
        {
            return ConnectionSet.All.Except(ParseText(text["All but ".Length..]));
        }

        var result = ConnectionSet.None;
        foreach (Match cube in Cube().Matches(text))
        {
            result = result.Union(ParseCube(SplitCube(cube.Groups[1].Value)));
        }

        return result;
    }

    /// <summary>A YAML/JSON connection list: strings, cubes, or <c>{All but: [...]}</c>.</summary>
    public static ConnectionSet ParseList(IEnumerable<object?> items)
    {
        var result = ConnectionSet.None;
        foreach (var item in items)
        {
            result = result.Union(item switch
            {
                string text => ParseText(text),
                IDictionary<object, object?> map when map.Count == 1 && map.Keys.First() is "All but" => ConnectionSet.All.Except(ParseList(AsList(map.Values.First()))),
                IDictionary<object, object?> map => ParseCube(map.ToDictionary(p => p.Key.ToString()!, p => Flatten(p.Value))),
                _ => throw new FormatException($"cannot read the connection item {item}"),
            });
        }

        return result;
    }

    private static IEnumerable<object?> AsList(object? value) => value is not string && value is IEnumerable<object?> list ? list : [value];

    private static string Flatten(object? value) => value is not string && value is IEnumerable<object?> list
        ? string.Join(',', list.Select(v => v?.ToString()))
        : value?.ToString() ?? "";

    private static Dictionary<string, string> SplitCube(string body)
    {
        var result = new Dictionary<string, string>();
        var positions = new List<(int Index, string Key)>();
        foreach (var key in Keys)
        {
            foreach (Match m in Regex.Matches(body, $"(^|,){key}:"))
            {
                positions.Add((m.Index + m.Groups[1].Length, key));
            }
        }

        positions.Sort((a, b) => a.Index.CompareTo(b.Index));
        for (var i = 0; i < positions.Count; i++)
        {
            var start = positions[i].Index + positions[i].Key.Length + 1;
            var end = i + 1 < positions.Count ? positions[i + 1].Index - 1 : body.Length;
            result[positions[i].Key] = body[start..end];
        }

        if (positions.Count == 0 || positions[0].Index != 0)
        {
            throw new FormatException($"cannot read the connection cube {{{body}}}");
        }

        return result;
    }

    private static ConnectionSet ParseCube(Dictionary<string, string> cube)
    {
        var protocols = cube.TryGetValue("protocols", out var p) ? ParseProtocols(p) : IntervalSet<int>.Range(0, 255);
        var all = IntervalSet<int>.Range(1, 65535);
        var source = cube.TryGetValue("src_ports", out var s) ? ParseNumbers(s) : all;
        var destination = cube.TryGetValue("dst_ports", out var d) ? ParseNumbers(d) : all;
        var types = cube.TryGetValue("icmp_type", out var t) ? ParseNumbers(t) : IntervalSet<int>.Range(0, 254);
        var codes = cube.TryGetValue("icmp_code", out var c) ? ParseNumbers(c) : IntervalSet<int>.Range(0, 255);
        var result = ConnectionSet.None;
        foreach (var interval in protocols.Intervals)
        {
            for (var protocol = interval.Start; protocol <= interval.End; protocol++)
            {
                result = result.Union(ConnectionSet.HasPorts(protocol)
                    ? ConnectionSet.Ports(protocol, source, destination)
                    : protocol == 1 ? ConnectionSet.IcmpOf(types, codes)
                    : protocol == 58 ? ConnectionSet.IcmpV6Of(types, codes)
                    : ConnectionSet.Protocol(protocol));
            }
        }

        return result;
    }

    private static IntervalSet<int> ParseProtocols(string text)
    {
        text = text.Trim();
        if (text == "*")
        {
            return IntervalSet<int>.Range(0, 255);
        }

        if (text.StartsWith("all but ", StringComparison.OrdinalIgnoreCase))
        {
            return IntervalSet<int>.Range(0, 255).Except(ParseProtocols(text["all but ".Length..]));
        }

        var set = IntervalSet<int>.Empty;
        foreach (var token in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ProtocolNumbers.TryGetValue(token, out var number) || int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out number))
            {
                set = set.Union(IntervalSet<int>.Single(number));
            }
            else if (token.Contains('-', StringComparison.Ordinal) && ParseNumbers(token) is var range && !range.IsEmpty)
            {
                set = set.Union(range);
            }
            else
            {
                throw new FormatException($"unknown protocol '{token}'");
            }
        }

        return set;
    }

    private static IntervalSet<int> ParseNumbers(string text)
    {
        var set = IntervalSet<int>.Empty;
        foreach (var token in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = token.IndexOf('-', StringComparison.Ordinal);
            set = set.Union(dash > 0
                ? IntervalSet<int>.Range(int.Parse(token[..dash], CultureInfo.InvariantCulture), int.Parse(token[(dash + 1)..], CultureInfo.InvariantCulture))
                : IntervalSet<int>.Single(int.Parse(token, CultureInfo.InvariantCulture)));
        }

        return set;
    }

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Cube();
}
