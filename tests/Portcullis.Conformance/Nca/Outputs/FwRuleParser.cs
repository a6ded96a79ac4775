using System.Text.RegularExpressions;
using Portcullis.Core.Addresses;
using YamlDotNet.Serialization;

namespace Portcullis.Conformance.Nca.Outputs;

/// <summary>Reads NCA's fw-rules in txt, yaml and json, and its txt_no_fw_rules pairs.</summary>
public static partial class FwRuleParser
{
    public static List<FwRule> Parse(string text, string format) => format switch
    {
        "txt" => ParseTxt(text),
        "yaml" or "json" => ParseStructured(text),
        "csv" => ParseTable(text, CsvCells),
        "md" => ParseTable(text, MarkdownCells),
        _ => throw new FormatException($"no reader for {format} fw-rules"),
    };

    /// <summary>The csv and md tables: a query column (naming the query, config or category on a row of its own), then the rule's six cells.</summary>
    private static List<FwRule> ParseTable(string text, Func<string, List<string>?> cells)
    {
        var rules = new List<FwRule>();
        string? config = null;
        string? section = null;
        foreach (var raw in text.Split('\n'))
        {
            var row = cells(raw.TrimEnd('\r'));
            if (row is null || row.Count < 6 || row[0] == "query" || row[0].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            if (row[0].Length > 0)
            {
                var configAt = row[0].IndexOf(", config: ", StringComparison.Ordinal);
                config = configAt >= 0 ? row[0][(configAt + ", config: ".Length)..].Trim() : config;
                var keyAt = row[0].IndexOf("key: ", StringComparison.Ordinal);
                section = keyAt >= 0 ? row[0][(keyAt + "key: ".Length)..].Trim() : row[0];
                if (row.Skip(1).All(c => c.Length == 0))
                {
                    continue;
                }
            }

            rules.Add(new FwRule(TableSide(row[1], row[2]), TableSide(row[3], row[4]), NcaConnections.ParseText(row[5]), section) { Config = config });
        }

        return rules;
    }

    private static FwSide TableSide(string ns, string pods) =>
        ns.Length == 0
            ? new FwSide([], null, ParseBlock(pods))
            : new FwSide([.. ns.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], pods.Length > 1 && pods[0] == '[' && pods[^1] == ']' ? pods[1..^1] : pods, null);

    private static List<string>? CsvCells(string line)
    {
        if (line.Length == 0)
        {
            return null;
        }

        var cells = new List<string>();
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '"')
            {
                var value = new System.Text.StringBuilder();
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        value.Append('"');
                        i += 2;
                    }
                    else if (line[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        value.Append(line[i++]);
                    }
                }

                cells.Add(value.ToString());
                if (i < line.Length && line[i] == ',')
                {
                    i++;
                }
            }
            else
            {
                var comma = line.IndexOf(',', i);
                cells.Add(comma < 0 ? line[i..] : line[i..comma]);
                i = comma < 0 ? line.Length : comma + 1;
            }
        }

        return cells;
    }

    // One leading and one trailing bar delimit the row; the first cell (the query) is often empty.
    private static List<string>? MarkdownCells(string line)
    {
        line = line.Trim();
        return line.Length >= 2 && line[0] == '|' && line[^1] == '|' ? [.. line[1..^1].Split('|').Select(c => c.Trim())] : null;
    }

    public static List<FwRule> ParseTxt(string text)
    {
        var rules = new List<FwRule>();
        string? section = null;
        string? config = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var match = TxtRule().Match(line);
            if (!match.Success)
            {
                var header = Header().Match(line);
                if (header.Success)
                {
                    config = header.Groups[1].Value;
                    continue;
                }

                if (line.Trim().EndsWith(':') && !line.StartsWith("final fw rules", StringComparison.Ordinal))
                {
                    section = line.Trim();
                }

                continue;
            }

            rules.Add(new FwRule(
                Side(match.Groups["sns"], match.Groups["spods"], match.Groups["sip"]),
                Side(match.Groups["dns"], match.Groups["dpods"], match.Groups["dip"]),
                NcaConnections.ParseText(match.Groups["conn"].Value),
                section)
            { Config = config });
        }

        return rules;
    }

    private static FwSide Side(Group ns, Group pods, Group ip) =>
        ip.Success
            ? new FwSide([], null, ParseBlock(ip.Value))
            : new FwSide([.. ns.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], pods.Value, null);

    public static IpAddressSet ParseBlock(string text)
    {
        var set = IpAddressSet.Empty;
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = item.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && IpAddress.TryParse(item[..dash], out var first) && IpAddress.TryParse(item[(dash + 1)..], out var last))
            {
                set = set.Union(IpAddressSet.Range(first, last));
            }
            else if (IpPrefix.TryParse(item, out var prefix))
            {
                set = set.Union(Policies.Evaluation.AddressFamilies.ToSet(prefix));
            }
            else
            {
                throw new FormatException($"cannot read the address block '{item}'");
            }
        }

        return set;
    }

    public static List<FwRule> ParseStructured(string text)
    {
        var deserializer = new DeserializerBuilder().Build();
        var root = deserializer.Deserialize<object?>(text);
        var rules = new List<FwRule>();
        Walk(root, null, null, rules);
        return rules;
    }

    private static void Walk(object? node, string? section, string? config, List<FwRule> rules)
    {
        switch (node)
        {
            case IDictionary<object, object?> map:
                var description = map.TryGetValue("description", out var d) ? d?.ToString() : section;
                if (map.TryGetValue("configs", out var configs) && configs is IEnumerable<object?> names && names.Count() == 1)
                {
                    config = names.First()?.ToString();
                }

                if (map.TryGetValue("rules", out var list) && list is IEnumerable<object?> items)
                {
                    foreach (var item in items.OfType<IDictionary<object, object?>>())
                    {
                        rules.Add(ReadRule(item, description) with { Config = config });
                    }
                }

                foreach (var (key, value) in map)
                {
                    if (key is not "rules")
                    {
                        Walk(value, description, config, rules);
                    }
                }

                break;
            case string:
                break;
            case IEnumerable<object?> sequence:
                foreach (var item in sequence)
                {
                    Walk(item, section, config, rules);
                }

                break;
        }
    }

    private static FwRule ReadRule(IDictionary<object, object?> rule, string? section)
    {
        FwSide SideOf(string prefix)
        {
            if (rule.TryGetValue($"{prefix}_ip_block", out var block))
            {
                return new FwSide([], null, ParseBlock(string.Join(',', Strings(block))));
            }

            return new FwSide([.. Strings(rule[$"{prefix}_ns"])], string.Join(", ", Strings(rule[$"{prefix}_pods"])), null);
        }

        var connection = rule["connection"];
        var set = connection is string single ? NcaConnections.ParseText(single) : connection is IEnumerable<object?> list ? NcaConnections.ParseList(list) : NcaConnections.ParseText(connection?.ToString() ?? "");
        return new FwRule(SideOf("src"), SideOf("dst"), set, section);
    }

    private static IEnumerable<string> Strings(object? value) => value switch
    {
        null => [],
        string s => [s],
        IEnumerable<object?> list => list.Select(v => v?.ToString() ?? "None"),
        _ => [value.ToString()!],
    };

    [GeneratedRegex(@"^final fw rules for query: .*, config: (.*):\s*$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^(?:src_ns: \[(?<sns>[^\]]*)\] src_pods: \[(?<spods>.*?)\]|src: (?<sip>\S+)) (?:dst_ns: \[(?<dns>[^\]]*)\] dst_pods: \[(?<dpods>.*?)\]|dst: (?<dip>\S+)) conn: (?<conn>.*)$")]
    private static partial Regex TxtRule();
}
