using System.Text.RegularExpressions;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Formats.Wording;

namespace Portcullis.Conformance.Golden;

/// <summary>
/// Reads explain output (the analyzer's or ours, which share a layout) into per-block facts, and compares two such
/// readings: for each source and destination (per address for external blocks), the verdict, the connection,
/// the reply-blocked TCP part, and the multiset of tables and rules named.
/// </summary>
public static partial class ExplainGolden
{
    private static readonly IntervalSet<int> ComparedProtocols = IntervalSet<int>.Of(new Interval<int>(1, 1), new Interval<int>(6, 6), new Interval<int>(17, 17));

    public sealed record Block(GoldenNames.Side Source, GoldenNames.Side Destination, string Facts);

    public static List<Block> Parse(string text)
    {
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        var title = lines[0];
        var within = WithinVpc().Match(title) is { Success: true } match ? match.Groups[1].Value : null;
        var blocks = new List<Block>();
        var start = Array.FindIndex(lines, l => l.StartsWith("===", StringComparison.Ordinal)) + 1;
        var current = new List<string>();
        for (var i = start; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(new string('-', 100), StringComparison.Ordinal))
            {
                blocks.Add(ParseBlock(current, within));
                current = [];
            }
            else
            {
                current.Add(lines[i]);
            }
        }

        return blocks;
    }

    private static Block ParseBlock(List<string> lines, string? within)
    {
        var body = lines.SkipWhile(string.IsNullOrWhiteSpace).ToList();
        var head = body[0];
        bool allowed;
        string source, destination, connectionText;
        if (ConnectionsFrom().Match(head) is { Success: true } plain)
        {
            (allowed, source, destination, connectionText) = (true, plain.Groups[1].Value, plain.Groups[2].Value, plain.Groups[3].Value);
        }
        else if (AllowedUsing().Match(head) is { Success: true } queried)
        {
            (allowed, source, destination, connectionText) = (true, queried.Groups[1].Value, queried.Groups[2].Value, queried.Groups[3].Value);
        }
        else if (NoConnectivity().Match(head) is { Success: true } none)
        {
            (allowed, source, destination, connectionText) = (false, none.Groups[1].Value, none.Groups[2].Value, "No Connections");
        }
        else
        {
            throw new FormatException($"unexpected explain block start '{head}'");
        }

        var connection = Restrict(ConnectionText.Parse(connectionText));
        var replyBlocked = ConnectionSet.None;
        foreach (var line in body)
        {
            var trimmed = line.Trim();
            if (trimmed == "TCP response is blocked")
            {
                replyBlocked = connection.TcpOnly();
            }
            else if (trimmed.StartsWith("However, TCP response is blocked for: ", StringComparison.Ordinal))
            {
                var parts = trimmed["However, TCP response is blocked for: ".Length..].Split("; ").Select(p => "protocol: TCP " + p);
                replyBlocked = ConnectionText.Parse(string.Join("; ", parts));
            }
        }

        var facts = new List<string> { allowed ? "allowed" : "blocked", $"conn={ConnectionText.Of(connection)}", $"reply-blocked={ConnectionText.Of(replyBlocked)}" };
        facts.AddRange(RuleFacts(body));
        return new Block(GoldenNames.Parse(source, within), GoldenNames.Parse(destination, within), string.Join("\n", facts));
    }

    // Tables and rules of the details, in whichever order they print; whitespace runs do not matter.
    private static IEnumerable<string> RuleFacts(List<string> body)
    {
        var section = string.Empty;
        var direction = string.Empty;
        var table = string.Empty;
        var facts = new List<string>();
        foreach (var line in body)
        {
            if (line.StartsWith("Path is ", StringComparison.Ordinal))
            {
                section = "path";
            }
            else if (line.StartsWith("TCP response is ", StringComparison.Ordinal))
            {
                section = "response";
            }
            else if (section.Length == 0)
            {
                continue;
            }
            else if (line.StartsWith("\t\t\t", StringComparison.Ordinal))
            {
                facts.Add($"{section}|{direction}|{table}|{Normalize(line)}");
            }
            else if (line.StartsWith("\t\t", StringComparison.Ordinal) && direction == "Load Balancer")
            {
                // The note names the member in each tool's own words; its verdict is what counts.
                facts.Add($"{section}|load balancer {(line.Contains("may initiate", StringComparison.Ordinal) ? "forwards to a pool member" : "does not connect: not a pool member")}");
            }
            else if (line.StartsWith("\t\t", StringComparison.Ordinal))
            {
                var words = Normalize(line).Split(' ');
                table = string.Join(' ', words.Take(3)); // "security group X", "network ACL X"
                facts.Add($"{section}|{direction}|table {Normalize(line)}");
            }
            else if (line.StartsWith('\t'))
            {
                direction = line.Trim().TrimEnd(':');
            }
        }

        facts.Sort(StringComparer.Ordinal);
        return facts;
    }

    private static string Normalize(string text) => Whitespace().Replace(text.Trim(), " ").Replace(":", string.Empty, StringComparison.Ordinal).TrimEnd();

    private static ConnectionSet Restrict(ConnectionSet connection) => (connection.IsAll ? ConnectionSet.AllIcmpTcpUdp : connection).Restrict(ComparedProtocols);

    /// <summary>The first difference between two readings, or null.</summary>
    public static string? FirstDifference(List<Block> expected, List<Block> actual)
    {
        var e = Index(expected);
        var a = Index(actual);
        foreach (var key in e.Internal.Keys.Concat(a.Internal.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            var ef = e.Internal.GetValueOrDefault(key);
            var af = a.Internal.GetValueOrDefault(key);
            if (ef != af)
            {
                return $"{key}: {Describe(ef, af)}";
            }
        }

        foreach (var key in e.External.Keys.Concat(a.External.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            var ep = e.External.GetValueOrDefault(key) ?? [];
            var ap = a.External.GetValueOrDefault(key) ?? [];
            var cuts = ep.Concat(ap).SelectMany(p => p.Addresses.Ranges.SelectMany(r => new[] { r.First.Value, r.Last.Value + 1 })).Distinct().Order();
            foreach (var cut in cuts)
            {
                var address = new IpAddress(cut);
                var ef = ep.Where(p => p.Addresses.Contains(address)).Select(p => p.Facts).FirstOrDefault();
                var af = ap.Where(p => p.Addresses.Contains(address)).Select(p => p.Facts).FirstOrDefault();
                if (ef != af)
                {
                    return $"{key} at {address}: {Describe(ef, af)}";
                }
            }
        }

        return null;
    }

    // The first fact one side has and the other lacks.
    private static string Describe(string? expected, string? actual)
    {
        if (expected is null || actual is null)
        {
            return expected is null ? "unexpected block" : "missing block";
        }

        var e = expected.Split('\n');
        var a = actual.Split('\n');
        return e.Except(a).FirstOrDefault() is { } missing ? $"expected [{missing}], got [{a.Except(e).FirstOrDefault() ?? "nothing like it"}]" : $"unexpected [{a.Except(e).First()}]";
    }

    private static (Dictionary<string, string> Internal, Dictionary<string, List<(IpAddressSet Addresses, string Facts)>> External) Index(List<Block> blocks)
    {
        var internalFacts = new Dictionary<string, string>();
        var externalFacts = new Dictionary<string, List<(IpAddressSet, string)>>();
        foreach (var block in blocks)
        {
            if (block.Source.External is { } from)
            {
                foreach (var node in block.Destination.Internal!)
                {
                    Add(externalFacts, $"{from.Kind} => {node.Id}", from.Addresses, block.Facts);
                }
            }
            else if (block.Destination.External is { } to)
            {
                foreach (var node in block.Source.Internal!)
                {
                    Add(externalFacts, $"{node.Id} => {to.Kind}", to.Addresses, block.Facts);
                }
            }
            else
            {
                foreach (var a in block.Source.Internal!)
                {
                    foreach (var b in block.Destination.Internal!)
                    {
                        internalFacts[$"{a.Id} => {b.Id}"] = block.Facts;
                    }
                }
            }
        }

        return (internalFacts, externalFacts);

        static void Add(Dictionary<string, List<(IpAddressSet, string)>> map, string key, IpAddressSet addresses, string facts)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add((addresses, facts));
        }
    }

    [GeneratedRegex(@" within (\S+)")]
    private static partial Regex WithinVpc();

    [GeneratedRegex(@"^Connections from (.+?) to (.+?): (.+)$")]
    private static partial Regex ConnectionsFrom();

    [GeneratedRegex("^Connections are allowed from (.+?) to (.+?) using \"(.+)\"$")]
    private static partial Regex AllowedUsing();

    [GeneratedRegex(@"^No connectivity from (.+?) to (.+?)( using "".*"")?;$")]
    private static partial Regex NoConnectivity();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
