using System.Collections.Immutable;
using Portcullis.Conformance.Facts;
using Portcullis.Conformance.Golden;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Diff;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Formats.Explain;
using Portcullis.Formats.IbmVpc;

namespace Portcullis.Conformance;

/// <summary>Runs each case with the engine and compares the meaning of the result with the golden file.</summary>
public static class ConformanceRunner
{
    /// <summary>Runs every case, printing one line per case and a summary; returns the results.</summary>
    public static IReadOnlyList<CaseResult> Run(string root, string casesFile, TextWriter output, string? filter = null)
    {
        var results = new List<CaseResult>();
        foreach (var testCase in ConformanceCase.ReadAll(casesFile).Where(c => filter is null || c.Id.Contains(filter, StringComparison.Ordinal)))
        {
            var result = RunCase(root, testCase);
            results.Add(result);
            output.WriteLine(result);
        }

        output.WriteLine(Summary(results));
        return results;
    }

    public static string Summary(IReadOnlyCollection<CaseResult> results) =>
        $"conformance: {results.Count(r => r.Outcome == CaseOutcome.Pass)} passed, {results.Count(r => r.Outcome == CaseOutcome.Fail)} failed, {results.Count(r => r.Outcome == CaseOutcome.Skip)} skipped";

    /// <summary>Runs one case; a crash is a failure that says so.</summary>
    public static CaseResult RunCase(string root, ConformanceCase testCase)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        if (SkipReason(testCase) is { } reason)
        {
            return new CaseResult(testCase.Id, CaseOutcome.Skip, reason);
        }

        var goldenPath = Path.Combine(root, testCase.Golden);
        if (!File.Exists(goldenPath))
        {
            return new CaseResult(testCase.Id, CaseOutcome.Fail, $"no golden at {goldenPath}");
        }

        try
        {
            var difference = Compare(root, testCase);
            return difference is null ? new CaseResult(testCase.Id, CaseOutcome.Pass) : new CaseResult(testCase.Id, CaseOutcome.Fail, difference);
        }
        catch (GoldenFormatException e)
        {
            return new CaseResult(testCase.Id, CaseOutcome.Fail, $"cannot read the golden {testCase.Golden}: {e.Message}");
        }
        catch (InputRefusedException e)
        {
            return new CaseResult(testCase.Id, CaseOutcome.Fail, $"input refused: {e.Message}");
        }
        catch (Exception e)
        {
            return new CaseResult(testCase.Id, CaseOutcome.Fail, $"crashed: {e.GetType().Name}: {e.Message} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
        }
    }

    private static string? SkipReason(ConformanceCase testCase)
    {
        return testCase.Kind switch
        {
            "synthesis" => "synthesis (exporting a required-connectivity spec) is not a Portcullis feature",
            _ => null,
        };
    }

    private static string? Compare(string root, ConformanceCase testCase)
    {
        var golden = File.ReadAllText(Path.Combine(root, testCase.Golden));
        var topology = Topology(root, testCase.Input, testCase);
        var analyzer = new ConnectivityAnalyzer(topology);
        switch (testCase.Kind, testCase.UseCase)
        {
            case ("report", "AllEndpoints"):
                var endpoints = analyzer.AnalyzeEndpoints();
                if (testCase.LoadBalancerAbstraction != false)
                {
                    endpoints = LoadBalancerAbstraction.Apply(endpoints, topology);
                }

                return ConnectivityFacts.FirstDifference(ReportGoldenParser.Parse(golden, testCase.Format ?? "txt"), EngineFacts.From(endpoints, testCase.Grouping));
            case ("report", "AllSubnets"):
                return ConnectivityFacts.FirstDifference(ReportGoldenParser.Parse(golden, testCase.Format ?? "txt"), EngineFacts.From(analyzer.AnalyzeSubnets(), testCase.Grouping));
            case ("report", "SingleSubnet"):
                return SingleSubnetGolden.FirstDifference(golden, [.. topology.Subnets.Select(analyzer.ViewAcl)]);
            case ("diff", _) when testCase.Input2 is null:
                return "the diff case has no 'input2'";
            case ("explain", _) when testCase.Explain is null:
                return "the explain case has no 'explain' query";
            case ("diff", var useCase):
                var second = new ConnectivityAnalyzer(Topology(root, testCase.Input2!, testCase));
                var level = useCase == "SubnetsDiff" ? ConnectivityLevel.Subnets : ConnectivityLevel.Endpoints;
                return DiffGolden.FirstDifference(golden, testCase.Format ?? "txt", ConnectivityDiff.Compare(analyzer, second, level));
            case ("explain", _):
                return CompareExplain(golden, analyzer, testCase.Explain!);
            case ("lint", _):
                return LintGolden.FirstDifference(golden, topology, testCase.Lint ?? new LintOptions());
            default:
                return $"unknown case kind {testCase.Kind}/{testCase.UseCase}";
        }
    }

    private static string? CompareExplain(string golden, ConnectivityAnalyzer analyzer, ExplainQuery query)
    {
        ConnectionSet? connections = query.Protocol?.ToUpperInvariant() switch
        {
            null => null,
            "ICMP" => ConnectionSet.Protocol(IpProtocols.Icmp),
            "TCP" or "UDP" => ConnectionSet.Ports(
                query.Protocol.Equals("TCP", StringComparison.OrdinalIgnoreCase) ? IpProtocols.Tcp : IpProtocols.Udp,
                query.SourceMinPort ?? 1,
                query.SourceMaxPort ?? 65535,
                query.DestinationMinPort ?? 1,
                query.DestinationMaxPort ?? 65535),
            _ => throw new InvalidDataException($"unknown protocol {query.Protocol}"),
        };
        var explainer = new Explainer(analyzer);
        if (!explainer.TryExplain(new ExplainRequest(query.Source, query.Destination, connections), out var explanation, out var error))
        {
            return $"explain failed: {error}";
        }

        var ours = ExplanationWriter.Text(explanation!, query.Detail);
        return ExplainGolden.FirstDifference(GoldenFormatException.Reading(() => ExplainGolden.Parse(golden)), ExplainGolden.Parse(ours));
    }

    internal static VpcConfiguration Load(string root, string input)
    {
        var diagnostics = new DiagnosticBag();
        var path = Path.Combine(root, input);
        return IbmVpcConfigReader.TryReadFile(path, diagnostics, out var configuration)
            ? configuration
            : throw new InputRefusedException(string.Join("; ", diagnostics.ToImmutable()));
    }

    internal static NetworkTopology Topology(string root, string input, ConformanceCase testCase)
    {
        var filter = new TopologyFilter(
            testCase.VpcList is { } vpcs ? [.. vpcs] : ImmutableArray<string>.Empty,
            testCase.Regions is { } regions ? [.. regions] : ImmutableArray<string>.Empty,
            testCase.ResourceGroup);
        var diagnostics = new DiagnosticBag();
        return NetworkTopology.Build(Load(root, input), filter, diagnostics)
            ?? throw new InputRefusedException(string.Join("; ", diagnostics.ToImmutable().Where(d => d.Severity == Severity.Error)));
    }
}
