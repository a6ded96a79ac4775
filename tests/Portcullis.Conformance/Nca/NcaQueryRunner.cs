using Portcullis.Policies.Analysis;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;

namespace Portcullis.Conformance.Nca;

/// <summary>Runs an NCA query type over its iterations and counts as NCA counts: the number and the iterations not executed.</summary>
public sealed class NcaQueryRunner
{
    /// <summary>NCA's semantics for a case: IPv6 is analysed when the case turns excludeIPv6Range off.</summary>
    public static EvaluationSemantics SemanticsFor(NcaCase testCase) =>
        testCase.OutputConfiguration.TryGetValue("excludeIPv6Range", out var exclude) && exclude.ValueKind == System.Text.Json.JsonValueKind.False
            ? EvaluationSemantics.NcaCompatible with { AlwaysIncludeIPv6 = true }
            : EvaluationSemantics.NcaCompatible;
    private readonly NcaConfigLoader _loader;

    public NcaQueryRunner(NcaConfigLoader loader) => _loader = loader;

    public (int Result, int NotExecuted) Run(NcaCase testCase)
    {
        var configs = testCase.Configs.Select(_loader.Load).ToList();
        if (configs.FirstOrDefault(c => c.HasErrors) is { } broken)
        {
            throw new NcaConfigRejectedException($"config {broken.Config.Ref} is rejected: {broken.Diagnostics.First(d => d.Severity == Core.Diagnostics.Severity.Error)}");
        }

        if (configs.FirstOrDefault(c => c.Problem is not null) is { } missing)
        {
            throw new InvalidDataException($"config {missing.Config.Ref}: {missing.Problem}");
        }

        var supported = testCase.QueryType switch
        {
            "sanity" => new[] { "txt" },
            "connectivityMap" => ["txt", "yaml", "csv", "md", "dot", "json", "txt_no_fw_rules"],
            "semanticDiff" => ["txt", "yaml", "csv", "md", "json", "txt_no_fw_rules"],
            _ => ["txt", "yaml", "json"],
        };
        var formatOk = supported.Contains(testCase.OutputFormat);
        var result = 0;
        var notExecuted = 0;

        void Iterate(params LoadedConfig[] iteration)
        {
            if (iteration.Any(c => c.Configuration.Endpoints.IsEmpty) || !formatOk)
            {
                notExecuted++;
                return;
            }

            var (value, skipped) = Execute(testCase, iteration);
            result += value;
            notExecuted += skipped ? 1 : 0;
        }

        switch (testCase.QueryType)
        {
            case "vacuity" or "emptiness" or "redundancy" or "sanity" or "disjointness" or "allCaptured" or "connectivityMap":
                foreach (var config in configs)
                {
                    Iterate(config);
                }

                break;
            case "containment" or "permits" or "forbids" or "interferes":
                if (configs.Count < 2)
                {
                    break;
                }

                foreach (var config in configs.Skip(1))
                {
                    Iterate(config, configs[0]);
                }

                break;
            case "equivalence" or "strongEquivalence" or "semanticDiff" or "twoWayContainment":
                for (var i = 0; i < configs.Count; i++)
                {
                    for (var j = i + 1; j < configs.Count; j++)
                    {
                        Iterate(configs[i], configs[j]);
                    }
                }

                break;
            case "pairwiseInterferes":
                for (var i = 0; i < configs.Count; i++)
                {
                    for (var j = 0; j < configs.Count; j++)
                    {
                        if (i != j && testCase.Configs[i].Ref != testCase.Configs[j].Ref)
                        {
                            Iterate(configs[i], configs[j]);
                        }
                    }
                }

                break;
            default:
                throw new InvalidDataException($"unknown query type {testCase.QueryType}");
        }

        return (result, notExecuted);
    }

    /// <summary>One iteration: the number, and whether NCA marks it not executed.</summary>
    private static (int Value, bool NotExecuted) Execute(NcaCase testCase, LoadedConfig[] configs)
    {
        var semantics = SemanticsFor(testCase);
        var first = configs[0].Configuration;
        switch (testCase.QueryType)
        {
            case "vacuity":
                return (PolicyQueries.IsVacuous(first, semantics) ? 1 : 0, false);
            case "emptiness":
                return (PolicyQueries.Emptiness(PolicyConnectivity.Analyze(first, semantics)).Count, false);
            case "redundancy":
                return (PolicyQueries.Redundancy(first, semantics).Count, false);
            case "sanity":
                return (first.Policies.IsEmpty ? 0 : PolicyQueries.Sanity(first, semantics).Count, false);
            case "disjointness":
                return (PolicyQueries.Overlaps(PolicyConnectivity.Analyze(first, semantics)).Length, false);
            case "allCaptured":
                return (AllCaptured(first, testCase.OutputPods, semantics), false);
            case "connectivityMap":
                return (0, false);
        }

        var second = configs[1].Configuration;
        var sameEndpoints = PolicyComparison.HaveSameEndpoints(first, second);
        switch (testCase.QueryType)
        {
            case "equivalence":
                {
                    if (!sameEndpoints)
                    {
                        return (1, true);
                    }

                    var (a, b) = PolicyComparison.AnalyzeTogether(first, second, semantics);
                    return (PolicyComparison.Equivalence(a, b, 1).Holds ? 0 : 1, false);
                }

            case "strongEquivalence":
                return sameEndpoints ? (PolicyQueries.StrongEquivalence(first, second, semantics).Holds ? 0 : 1, false) : (1, true);
            case "semanticDiff":
                if (sameEndpoints && SamePolicies(configs[0], configs[1]))
                {
                    return (0, false);
                }

                return (PolicyQueries.SemanticDiff(first, second, semantics).Changes.Count, false);
            case "twoWayContainment":
                {
                    if (sameEndpoints && SamePolicies(configs[0], configs[1]))
                    {
                        return (0, false);
                    }

                    var (a, b) = PolicyComparison.AnalyzeTogether(first, second, semantics);
                    var firstInSecond = PolicyComparison.Containment(a, b, false, 1).Holds;
                    var secondInFirst = PolicyComparison.Containment(b, a, false, 1).Holds;
                    return (firstInSecond && secondInFirst ? 3 : firstInSecond ? 2 : secondInFirst ? 1 : 0, false);
                }

            case "containment":
                {
                    var (a, b) = PolicyComparison.AnalyzeTogether(first, second, semantics);
                    return (PolicyComparison.Containment(a, b, false, 1).Holds ? 1 : 0, false);
                }

            case "permits":
                {
                    if (first.Policies.IsEmpty || !sameEndpoints)
                    {
                        return (0, true);
                    }

                    var (spec, implementation) = PolicyComparison.AnalyzeTogether(first, second, semantics);
                    return (PolicyComparison.Permits(implementation, spec, 1).Holds ? 0 : 1, false);
                }

            case "forbids":
                {
                    if (first.Policies.IsEmpty || !sameEndpoints)
                    {
                        return (0, true);
                    }

                    var (spec, implementation) = PolicyComparison.AnalyzeTogether(first, second, semantics);
                    return (PolicyComparison.Forbids(implementation, spec, 1).Holds ? 0 : 1, false);
                }

            default:
                {
                    if (!sameEndpoints)
                    {
                        return (0, true);
                    }

                    var (candidate, baseline) = PolicyComparison.AnalyzeTogether(first, second, semantics);
                    return (PolicyComparison.Interferes(candidate, baseline, 1).Holds ? 1 : 0, false);
                }
        }
    }

    /// <summary>Workloads (or, with pods, endpoints) no policy selects for ingress, plus those none selects for egress.</summary>
    private static int AllCaptured(PolicyConfiguration configuration, bool pods, EvaluationSemantics semantics)
    {
        if (configuration.Policies.IsEmpty)
        {
            return configuration.Endpoints.Length;
        }

        var report = PolicyQueries.Uncaptured(PolicyConnectivity.Analyze(configuration, semantics));
        string Name(Endpoint e) => pods ? e.Id.ToString() : NcaWorkloads.WorkloadName(e);
        return report.Ingress.Select(Name).Distinct().Count() + report.Egress.Select(Name).Distinct().Count();
    }

    /// <summary>NCA's "same set of policies": the same policies, read from the same places.</summary>
    private static bool SamePolicies(LoadedConfig first, LoadedConfig second) =>
        first.Configuration.Policies.Select(p => (p.Id, p.Source)).ToHashSet().SetEquals(second.Configuration.Policies.Select(p => (p.Id, p.Source)));
}
