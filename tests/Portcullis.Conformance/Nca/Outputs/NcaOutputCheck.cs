using Portcullis.Formats.Wording;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;

namespace Portcullis.Conformance.Nca.Outputs;

/// <summary>Compares the meaning of NCA's expected output files with the engine's results.</summary>
public static class NcaOutputCheck
{
    /// <summary>The first difference, or null; null too for kinds of output not compared.</summary>
    public static string? Compare(string root, NcaCase testCase, IReadOnlyList<LoadedConfig> configs)
    {
        var text = File.ReadAllText(Path.Combine(root, testCase.ExpectedOutput!));
        var format = testCase.ExpectedOutputFormat ?? "txt";
        switch (testCase.QueryType)
        {
            case "connectivityMap":
                foreach (var config in configs.Where(c => !c.Configuration.Endpoints.IsEmpty))
                {
                    var endpoints = config.Configuration.Endpoints;
                    var noFw = format == "txt_no_fw_rules";
                    var inSubset = NcaSubset.From(testCase);
                    if (format == "dot")
                    {
                        // NCA's graphs merge equivalent nodes and edges into clusters; a picture is not read back.
                        continue;
                    }

                    var filterSystem = testCase.OutputConfiguration.TryGetValue("fwRulesFilterSystemNs", out var filter) && filter.ValueKind == System.Text.Json.JsonValueKind.True;

                    var rules = noFw ? NoFwRulesParser.Parse(text, endpoints) : FwRuleParser.Parse(text, format);
                    if (rules.Any(r => r.Config == config.Config.Name))
                    {
                        rules = [.. rules.Where(r => r.Config == config.Config.Name)];
                    }

                    var connectivity = PolicyConnectivity.Analyze(config.Configuration, NcaQueryRunner.SemanticsFor(testCase));
                    // Pods of one workload are shown as the workload: NCA leaves their connections among themselves out, as an endpoint's to itself.
                    if (CompareConnectivity(rules, connectivity, noFw || testCase.OutputPods, !testCase.OutputPods, inSubset, filterSystem) is { } difference)
                    {
                        return $"{config.Config.Ref}: {difference}";
                    }
                }

                return null;
            case "semanticDiff" when format is "txt" or "yaml" or "json" or "csv" or "md" or "txt_no_fw_rules":
                return SemanticDiffCheck.Compare(text, format, configs, testCase.OutputPods, NcaQueryRunner.SemanticsFor(testCase));
            default:
                return null;
        }
    }

    /// <summary>Compares expected fw-rules with the engine's connectivity, pair by pair and block by block; an endpoint's connections to itself are left out.</summary>
    public static string? CompareConnectivity(List<FwRule> rules, PolicyConnectivity connectivity, bool byPod, bool sameWorkloadIsSelf, Func<Endpoint, bool>? inSubset = null, bool filterSystem = false)
    {
        static bool IsSystem(Endpoint e) => e.Namespace?.EndsWith("-system", StringComparison.Ordinal) ?? false;
        var endpoints = connectivity.Endpoints;
        var expected = new FwRuleExpansion(rules, endpoints, byPod);
        for (var s = 0; s < endpoints.Length; s++)
        {
            if (inSubset is not null && !inSubset(endpoints[s]))
            {
                for (var d = 0; d < endpoints.Length; d++)
                {
                    if (d != s && inSubset(endpoints[d]) && !connectivity.Allowed(s, d).Equals(expected.Between(s, d)))
                    {
                        return $"{endpoints[s].Id} => {endpoints[d].Id}: engine {ConnectionText.Of(connectivity.Allowed(s, d))}, NCA {ConnectionText.Of(expected.Between(s, d))}";
                    }
                }

                continue;
            }

            for (var d = 0; d < endpoints.Length; d++)
            {
                if (s == d || (sameWorkloadIsSelf && NoFwRulesParser.NameOf(endpoints[s]) == NoFwRulesParser.NameOf(endpoints[d]))
                    || (filterSystem && IsSystem(endpoints[s]) && IsSystem(endpoints[d])))
                {
                    continue;
                }

                var mine = connectivity.Allowed(s, d);
                var theirs = expected.Between(s, d);
                if (!mine.Equals(theirs))
                {
                    return $"{endpoints[s].Id} => {endpoints[d].Id}: engine {ConnectionText.Of(mine)}, NCA {ConnectionText.Of(theirs)}";
                }
            }

            for (var block = 0; block < connectivity.ExternalBlocks.Length && !(filterSystem && IsSystem(endpoints[s])); block++)
            {
                var range = connectivity.ExternalBlocks[block];
                if (expected.FirstDifferenceTo(s, range, connectivity.AllowedToBlock(s, block)) is { } to)
                {
                    return $"{endpoints[s].Id} => {to.Part}: engine {ConnectionText.Of(connectivity.AllowedToBlock(s, block))}, NCA {ConnectionText.Of(to.Expected)}";
                }

                if (expected.FirstDifferenceFrom(s, range, connectivity.AllowedFromBlock(block, s)) is { } from)
                {
                    return $"{from.Part} => {endpoints[s].Id}: engine {ConnectionText.Of(connectivity.AllowedFromBlock(block, s))}, NCA {ConnectionText.Of(from.Expected)}";
                }
            }
        }

        return null;
    }
}
