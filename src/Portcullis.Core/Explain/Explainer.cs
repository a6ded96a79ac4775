using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Explain;

/// <summary>
/// Explains the connectivity between what a user names: for every source and destination, the connection the
/// engine computes, the path through the layers, the rules of each layer that allow or deny it, and the TCP reply
/// verdict with its rules.
/// </summary>
public sealed partial class Explainer
{
    private readonly ConnectivityAnalyzer _analyzer;
    private readonly NodeResolver _resolver;

    // The protocols some allow rule of the configuration lets through: the traffic worth explaining rule by rule.
    private readonly ConnectionSet _scope;

    /// <summary>Prepares explanations over an analysed topology.</summary>
    public Explainer(ConnectivityAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        _analyzer = analyzer;
        _resolver = new NodeResolver(analyzer.Topology);
        var allowed = analyzer.Topology.Vpcs.SelectMany(v => v.Acls.SelectMany(a => a.Rules).Where(r => r.Action == Model.AclAction.Allow).Select(r => r.Connection)
            .Concat(v.SecurityGroups.SelectMany(g => g.Rules).Select(r => r.Connection)));
        _scope = ConnectionSet.Protocols(allowed.Aggregate(Sets.IntervalSet<int>.Empty, (all, c) => all.Union(c.ProtocolNumbers())));
    }

    /// <summary>Explains a request; on a request that cannot be understood, says why.</summary>
    /// <param name="request">The request.</param>
    /// <param name="explanation">The explanation, when the request was understood.</param>
    /// <param name="problem">Why not, otherwise.</param>
    public bool TryExplain(ExplainRequest request, out Explanation? explanation, out ExplainProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        explanation = null;
        problem = null;
        if (Same(request.Source, request.Destination))
        {
            problem = new ExplainProblem(ExplainProblemKind.SameSourceAndDestination, null, request.Source) { OtherText = request.Destination };
            return false;
        }

        foreach (var (text, side) in new[] { (request.Source, ExplainSide.Source), (request.Destination, ExplainSide.Destination) })
        {
            if (_resolver.Ambiguities(text) is { Count: > 0 } ambiguous)
            {
                problem = new ExplainProblem(ExplainProblemKind.Ambiguous, side, text) { Candidates = [.. ambiguous] };
                return false;
            }
        }

        var source = _resolver.Resolve(request.Source, ExplainSide.Source);
        var destination = _resolver.Resolve(request.Destination, ExplainSide.Destination);
        if (source is NodeResolver.Failure || destination is NodeResolver.Failure)
        {
            var failures = new[] { source, destination }.OfType<NodeResolver.Failure>().OrderByDescending(f => f.Severity);
            problem = failures.First().Problem;
            return false;
        }

        if (source is NodeResolver.ExternalSide && destination is NodeResolver.ExternalSide)
        {
            problem = new ExplainProblem(ExplainProblemKind.BothExternal, null, request.Source) { OtherText = request.Destination };
            return false;
        }

        var srcVpcs = (source as NodeResolver.InternalSide)?.Endpoints.Keys.ToHashSet();
        var dstVpcs = (destination as NodeResolver.InternalSide)?.Endpoints.Keys.ToHashSet();
        var shared = (srcVpcs, dstVpcs) switch
        {
            (null, { } d) => d,
            ({ } s, null) => s,
            ({ } s, { } d) => [.. s.Intersect(d)],
            _ => [],
        };
        if (shared.Count > 1)
        {
            problem = new ExplainProblem(ExplainProblemKind.SeveralVpcs, null, request.Source) { OtherText = request.Destination, Vpcs = [.. shared] };
            return false;
        }

        if (shared.Count == 1)
        {
            var vpc = shared.Single();
            var sources = Nodes(source, vpc);
            var destinations = Nodes(destination, vpc);
            explanation = new Explanation(request, vpc, sources, destinations, ExplainPairs(sources, destinations, null, request.Query));
            return true;
        }

        // Different VPCs: the transit gateways that join them carry the traffic, if any.
        var gateways = _analyzer.Topology.TransitGateways.Where(g => srcVpcs!.Any(g.Vpcs.Contains) && dstVpcs!.Any(g.Vpcs.Contains)).ToList();
        if (gateways.Count == 0)
        {
            explanation = new Explanation(request, null, [], [], [], ExplanationNote.DifferentVpcsWithoutTransitGateway);
            return true;
        }

        var allSources = srcVpcs!.SelectMany(v => Nodes(source, v)).ToImmutableArray();
        var allDestinations = dstVpcs!.SelectMany(v => Nodes(destination, v)).ToImmutableArray();
        explanation = new Explanation(request, null, allSources, allDestinations, ExplainPairs(allSources, allDestinations, gateways, request.Query));
        return true;
    }

    private static bool Same(string a, string b)
    {
        static string Strip(string text) => text.EndsWith("/32", StringComparison.Ordinal) ? text[..^3] : text;
        return Strip(a) == Strip(b);
    }

    // An external side becomes the VPC's external blocks cut to the requested addresses.
    private static ImmutableArray<NetworkNode> Nodes(NodeResolver.Side side, VpcNetwork vpc) => side switch
    {
        NodeResolver.InternalSide internalSide => [.. internalSide.Endpoints.GetValueOrDefault(vpc) ?? []],
        NodeResolver.ExternalSide external => [.. vpc.ExternalBlocks.SelectMany(block => Cut(block, external.Addresses))],
        _ => [],
    };

    private static IEnumerable<NetworkNode> Cut(ExternalBlock block, IpAddressSet requested)
    {
        foreach (var (first, last) in block.Addresses.Intersect(requested).Ranges)
        {
            yield return first == block.First && last == block.Last ? block : new ExternalBlock(block.Kind, first, last);
        }
    }

    private ImmutableArray<PairExplanation> ExplainPairs(ImmutableArray<NetworkNode> sources, ImmutableArray<NetworkNode> destinations, List<TransitGatewayNetwork>? gateways, ConnectionSet? query)
    {
        var qualify = gateways is not null;
        var explained = new List<(PairExplanation Pair, PairKey Key)>();
        foreach (var source in sources)
        {
            foreach (var destination in destinations.Where(d => !ReferenceEquals(d, source)))
            {
                var gateway = gateways?.FirstOrDefault(g => g.Vpcs.Contains(source.Vpc!) && g.Vpcs.Contains(destination.Vpc!));
                if (gateways is not null && (gateway is null || source.Vpc == destination.Vpc))
                {
                    continue;
                }

                explained.Add(ExplainPair(source, destination, gateway, query, qualify));
            }
        }

        // External blocks whose explanations are alike print as one address list.
        var merged = new List<PairExplanation>();
        foreach (var group in explained.GroupBy(e => e.Key))
        {
            var first = group.First().Pair;
            if (group.Count() == 1)
            {
                merged.Add(first);
                continue;
            }

            var sourceNodes = group.SelectMany(e => e.Pair.Source.Nodes).Distinct().ToImmutableArray();
            var destinationNodes = group.SelectMany(e => e.Pair.Destination.Nodes).Distinct().ToImmutableArray();
            merged.Add(first with { Source = first.Source with { Nodes = sourceNodes }, Destination = first.Destination with { Nodes = destinationNodes } });
        }

        return [.. merged];
    }
}
