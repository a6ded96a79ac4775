using Portcullis.Core.Sets;
using Portcullis.Formats.Wording;
using Portcullis.Policies.Analysis;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;

namespace Portcullis.Conformance.Nca.Outputs;

/// <summary>Compares NCA's semantic-diff output, category by category, with the engine's semantic diff.</summary>
public static class SemanticDiffCheck
{
    private static readonly (string Header, SemanticDiffCategory Category, bool Second)[] Headers =
    [
        ("Lost connections between removed peers and ipBlocks", SemanticDiffCategory.LostBetweenRemovedAndAddresses, false),
        ("Lost connections between removed peers and persistent peers", SemanticDiffCategory.LostBetweenRemovedAndPersistent, false),
        ("Lost connections between removed peers", SemanticDiffCategory.LostBetweenRemoved, false),
        ("Removed connections between persistent peers and ipBlocks", SemanticDiffCategory.RemovedBetweenPersistentAndAddresses, false),
        ("Added connections between persistent peers and ipBlocks", SemanticDiffCategory.AddedBetweenPersistentAndAddresses, true),
        ("Removed connections between persistent peers", SemanticDiffCategory.RemovedBetweenPersistent, false),
        ("Added connections between persistent peers", SemanticDiffCategory.AddedBetweenPersistent, true),
        ("New connections between persistent peers and added peers", SemanticDiffCategory.NewBetweenPersistentAndAdded, true),
        ("New connections between added peers and ipBlocks", SemanticDiffCategory.NewBetweenAddedAndAddresses, true),
        ("New connections between added peers", SemanticDiffCategory.NewBetweenAdded, true),
    ];

    public static string? Compare(string text, string format, IReadOnlyList<LoadedConfig> configs, bool byPod, EvaluationSemantics semantics)
    {
        if (configs.Count != 2)
        {
            return null;
        }

        var first = configs[0].Configuration;
        var second = configs[1].Configuration;
        var report = PolicyQueries.SemanticDiff(first, second, semantics);
        var noFw = format == "txt_no_fw_rules";
        if (noFw)
        {
            return CompareByWorkload(text, report);
        }

        var all = FwRuleParser.Parse(text, format);
        var expectedCategories = new HashSet<SemanticDiffCategory>();
        foreach (var group in all.GroupBy(r => r.Section ?? ""))
        {
            var header = Headers.FirstOrDefault(h => group.Key.Contains(h.Header, StringComparison.Ordinal));
            if (header.Header is null)
            {
                return $"unknown semantic-diff section '{group.Key}'";
            }

            expectedCategories.Add(header.Category);
            var endpoints = header.Second ? second.Endpoints : first.Endpoints;
            var expected = new FwRuleExpansion(group, endpoints, byPod || noFw);
            var changes = report.Changes.TryGetValue(header.Category, out var list) ? list : [];
            var mine = new Dictionary<(string, string), ConnectionSet>();
            foreach (var change in changes)
            {
                var key = (Key(change.Source), Key(change.Destination));
                mine[key] = (mine.TryGetValue(key, out var set) ? set : ConnectionSet.None).Union(header.Second ? change.Second : change.First);
            }

            foreach (var ((source, destination), set) in mine)
            {
                var s = Index(endpoints, source);
                var d = Index(endpoints, destination);
                if (s >= 0 && d >= 0)
                {
                    if (!expected.Between(s, d).Equals(set))
                    {
                        return $"{header.Header}: {source} => {destination}: engine {ConnectionText.Of(set)}, NCA {ConnectionText.Of(expected.Between(s, d))}";
                    }
                }
                else if (s >= 0 && FwRuleParser.ParseBlock(destination) is var to && expected.FirstDifferenceTo(s, to, set) is { } toDiff)
                {
                    return $"{header.Header}: {source} => {toDiff.Part}: engine {ConnectionText.Of(set)}, NCA {ConnectionText.Of(toDiff.Expected)}";
                }
                else if (d >= 0 && FwRuleParser.ParseBlock(source) is var from && expected.FirstDifferenceFrom(d, from, set) is { } fromDiff)
                {
                    return $"{header.Header}: {fromDiff.Part} => {destination}: engine {ConnectionText.Of(set)}, NCA {ConnectionText.Of(fromDiff.Expected)}";
                }
            }

            var expectedPairs = 0;
            for (var s = 0; s < endpoints.Length; s++)
            {
                for (var d = 0; d < endpoints.Length; d++)
                {
                    if (s != d && !expected.Between(s, d).IsEmpty && !mine.ContainsKey((endpoints[s].Id.ToString(), endpoints[d].Id.ToString())))
                    {
                        return $"{header.Header}: {endpoints[s].Id} => {endpoints[d].Id}: engine nothing, NCA {ConnectionText.Of(expected.Between(s, d))}";
                    }

                    expectedPairs++;
                }
            }
        }

        foreach (var category in report.Changes.Keys)
        {
            if (!expectedCategories.Contains(category))
            {
                return $"engine reports {category}, NCA nothing";
            }
        }

        return null;
    }

    /// <summary>
    /// txt_no_fw_rules names workloads, not pods: compare per category the (workload or address, workload or
    /// address) pairs, with each endpoint's address connections gathered per connection set.
    /// </summary>
    private static string? CompareByWorkload(string text, SemanticDiffReport report)
    {
        var expected = new Dictionary<(string Section, string Source, string Destination), ConnectionSet>();
        string? section = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var arrow = line.IndexOf(" => ", StringComparison.Ordinal);
            var colon = line.LastIndexOf(" : ", StringComparison.Ordinal);
            if (arrow < 0 || colon < arrow)
            {
                if (line.Trim().EndsWith(':'))
                {
                    section = Headers.FirstOrDefault(h => line.Contains(h.Header, StringComparison.Ordinal)).Header ?? line.Trim();
                }

                continue;
            }

            NameLevel.Add(expected, section ?? "", line[..arrow], line[(arrow + 4)..colon], NcaConnections.ParseText(line[(colon + 3)..]));
        }

        var mine = new Dictionary<(string Section, string Source, string Destination), ConnectionSet>();
        foreach (var (category, changes) in report.Changes)
        {
            var header = Headers.First(h => h.Category == category);
            foreach (var change in changes)
            {
                NameLevel.Add(mine, header.Header, Name(change.Source), Name(change.Destination), header.Second ? change.Second : change.First);
            }
        }

        return NameLevel.FirstDifference(mine, expected);

        static string Name(PolicyPeer peer) => peer.Endpoint is { } endpoint ? NoFwRulesParser.NameOf(endpoint) : peer.Addresses.ToRangeString();
    }

    private static string Key(PolicyPeer peer) => peer.Endpoint?.Id.ToString() ?? peer.Addresses.ToString();

    private static int Index(System.Collections.Immutable.ImmutableArray<Endpoint> endpoints, string id)
    {
        for (var i = 0; i < endpoints.Length; i++)
        {
            if (endpoints[i].Id.ToString() == id)
            {
                return i;
            }
        }

        return -1;
    }
}
