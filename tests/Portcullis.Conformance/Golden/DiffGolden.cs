using System.Text.RegularExpressions;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diff;
using Portcullis.Core.Sets;
using Portcullis.Formats.Wording;

namespace Portcullis.Conformance.Golden;

/// <summary>
/// Compares diff goldens with the engine's diff by meaning: per source and destination (per address for external
/// peers), the kind of change and the connection before and after with its reply-blocked part.
/// </summary>
public static partial class DiffGolden
{
    private static readonly IntervalSet<int> ComparedProtocols = IntervalSet<int>.Of(new Interval<int>(1, 1), new Interval<int>(6, 6), new Interval<int>(17, 17));

    private sealed record Entry(GoldenNames.Side Source, GoldenNames.Side Destination, string Fact);

    /// <summary>The first difference between the golden and the engine's diff lines, named as the diff writer names them.</summary>
    public static string? FirstDifference(string golden, string format, IEnumerable<DiffLine> ours) =>
        FirstDifference(golden, format, ours.Select(line => new DiffRow(
            DiffText.Side(line.Source), DiffText.Side(line.Destination), line.Kind, line.Before, line.BeforeBlocked, line.After, line.AfterBlocked)));

    /// <summary>The first difference between the golden and diff rows whose ends are already named.</summary>
    public static string? FirstDifference(string golden, string format, IEnumerable<DiffRow> ours)
    {
        var expected = GoldenFormatException.Reading(() => Parse(golden, format));
        var actual = ours.Select(row => new Entry(
            GoldenNames.Parse(row.Source, string.Empty),
            GoldenNames.Parse(row.Destination, string.Empty),
            Fact(row.Kind.ToString().ToLowerInvariant(), row.Before, row.BeforeBlocked, row.After, row.AfterBlocked))).ToList();
        return Compare(expected, actual);
    }

    private static List<Entry> Parse(string golden, string format)
    {
        var entries = new List<Entry>();
        foreach (var raw in golden.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            string kind, source, destination, before, after;
            if (format == "md")
            {
                if (!raw.StartsWith("| added", StringComparison.Ordinal) && !raw.StartsWith("| removed", StringComparison.Ordinal) && !raw.StartsWith("| changed", StringComparison.Ordinal))
                {
                    continue;
                }

                var cells = raw.Trim().Trim('|').Split(" | ");
                (kind, source, destination, before, after) = (cells[0].Trim(), cells[1], cells[2], cells[3], cells[4]);
            }
            else if (TextLine().Match(raw) is { Success: true } match)
            {
                (kind, source, destination, before, after) = (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value, match.Groups[4].Value, match.Groups[5].Value);
            }
            else
            {
                continue;
            }

            var (beforeSet, beforeBlocked) = Connection(before);
            var (afterSet, afterBlocked) = Connection(after);
            entries.Add(new Entry(GoldenNames.Parse(source, string.Empty), GoldenNames.Parse(destination, string.Empty), Fact(kind, beforeSet, beforeBlocked, afterSet, afterBlocked)));
        }

        return entries;
    }

    // "TCP * ; ICMP,UDP": starred parts are reply-blocked TCP; "protocol: " is left out of diff wording.
    private static (ConnectionSet Connection, ConnectionSet Blocked) Connection(string text)
    {
        var connection = ConnectionSet.None;
        var blocked = ConnectionSet.None;
        foreach (var raw in text.Split(';'))
        {
            var part = raw.Trim();
            var starred = part.EndsWith('*');
            part = part.TrimEnd('*').Trim();
            var set = part is "All Connections" or "No Connections" ? ConnectionText.Parse(part) : ConnectionText.Parse("protocol: " + part);
            connection = connection.Union(set);
            blocked = starred ? blocked.Union(set) : blocked;
        }

        return (connection, blocked);
    }

    private static string Fact(string kind, ConnectionSet before, ConnectionSet beforeBlocked, ConnectionSet after, ConnectionSet afterBlocked) =>
        $"{kind}: '{ConnectionText.Of(Restrict(before))}' (replies blocked '{ConnectionText.Of(Restrict(beforeBlocked))}') -> '{ConnectionText.Of(Restrict(after))}' (replies blocked '{ConnectionText.Of(Restrict(afterBlocked))}')";

    private static ConnectionSet Restrict(ConnectionSet set) => (set.IsAll ? ConnectionSet.AllIcmpTcpUdp : set).Restrict(ComparedProtocols);

    private static string? Compare(List<Entry> expected, List<Entry> actual)
    {
        var e = Index(expected);
        var a = Index(actual);
        foreach (var key in e.Internal.Keys.Union(a.Internal.Keys).Order(StringComparer.Ordinal))
        {
            var ef = e.Internal.GetValueOrDefault(key, "no difference");
            var af = a.Internal.GetValueOrDefault(key, "no difference");
            if (ef != af)
            {
                return $"{key}: expected {ef}, got {af}";
            }
        }

        foreach (var key in e.External.Keys.Union(a.External.Keys).Order(StringComparer.Ordinal))
        {
            var ep = e.External.GetValueOrDefault(key) ?? [];
            var ap = a.External.GetValueOrDefault(key) ?? [];
            foreach (var cut in ep.Concat(ap).SelectMany(p => p.Addresses.Ranges.SelectMany(r => new[] { r.First.Value, r.Last.Value + 1 })).Distinct().Order())
            {
                var address = new IpAddress(cut);
                var ef = ep.FirstOrDefault(p => p.Addresses.Contains(address)).Fact ?? "no difference";
                var af = ap.FirstOrDefault(p => p.Addresses.Contains(address)).Fact ?? "no difference";
                if (ef != af)
                {
                    return $"{key} at {address}: expected {ef}, got {af}";
                }
            }
        }

        return null;
    }

    private static (Dictionary<string, string> Internal, Dictionary<string, List<(IpAddressSet Addresses, string Fact)>> External) Index(List<Entry> entries)
    {
        var internalFacts = new Dictionary<string, string>();
        var external = new Dictionary<string, List<(IpAddressSet, string)>>();
        foreach (var entry in entries)
        {
            if (entry.Source.External is { } from)
            {
                Add($"{from.Kind} => {entry.Destination.Internal![0].Id}", from.Addresses, entry.Fact);
            }
            else if (entry.Destination.External is { } to)
            {
                Add($"{entry.Source.Internal![0].Id} => {to.Kind}", to.Addresses, entry.Fact);
            }
            else
            {
                internalFacts[$"{entry.Source.Internal![0].Id} => {entry.Destination.Internal![0].Id}"] = entry.Fact;
            }
        }

        return (internalFacts, external);

        void Add(string key, IpAddressSet addresses, string fact)
        {
            if (!external.TryGetValue(key, out var list))
            {
                external[key] = list = [];
            }

            list.Add((addresses, fact));
        }
    }

    [GeneratedRegex(@"^diff-type: (added|removed|changed), source: (.*?), destination: (.*?), config1: (.*?), config2: (.*?)(?:, (?:vsis|subnets)-diff-info: .*)?$")]
    private static partial Regex TextLine();
}
