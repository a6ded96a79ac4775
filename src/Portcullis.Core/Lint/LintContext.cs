using System.Collections.Frozen;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint;

/// <summary>
/// What linters look at: the compiled topology, and its connectivity analysis computed once on first use and
/// shared by every linter that needs it.
/// </summary>
public sealed class LintContext
{
    private readonly Lazy<ConnectivityAnalyzer> _analyzer;
    private readonly Lazy<ConnectivityReport> _endpoints;
    private readonly Lazy<ConnectivityReport> _endpointsByLoadBalancer;
    private readonly Lazy<FrozenDictionary<string, SourceLocation>> _resourceLocations;

    /// <summary>Prepares to lint a topology.</summary>
    public LintContext(NetworkTopology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        Topology = topology;
        _analyzer = new Lazy<ConnectivityAnalyzer>(() => new ConnectivityAnalyzer(topology));
        _endpoints = new Lazy<ConnectivityReport>(() => Analyzer.AnalyzeEndpoints());
        _endpointsByLoadBalancer = new Lazy<ConnectivityReport>(() => LoadBalancerAbstraction.Apply(Endpoints, topology));
        _resourceLocations = new Lazy<FrozenDictionary<string, SourceLocation>>(BuildResourceLocations);
    }

    /// <summary>The topology linted.</summary>
    public NetworkTopology Topology { get; }

    /// <summary>The connectivity analysis of the topology.</summary>
    public ConnectivityAnalyzer Analyzer => _analyzer.Value;

    /// <summary>The endpoint connectivity, one node per address.</summary>
    public ConnectivityReport Endpoints => _endpoints.Value;

    /// <summary>The endpoint connectivity with each load balancer shown as one node, as reports show it by default.</summary>
    public ConnectivityReport EndpointsByLoadBalancer => _endpointsByLoadBalancer.Value;

    /// <summary>The object a finding names for a report node, located at the resource that owns it.</summary>
    public LintSubject Subject(NetworkNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var owner = node switch
        {
            Endpoint endpoint => endpoint.OwnerId,
            LoadBalancerNode loadBalancer => loadBalancer.Id,
            _ => null,
        };
        return LintSubject.Of(node, owner is null ? null : _resourceLocations.Value.GetValueOrDefault(owner));
    }

    private FrozenDictionary<string, SourceLocation> BuildResourceLocations()
    {
        var configuration = Topology.Configuration;
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        void Add(string id, SourceLocation? location)
        {
            if (location is not null)
            {
                locations.TryAdd(id, location);
            }
        }

        foreach (var instance in configuration.Instances)
        {
            Add(instance.Id, instance.Location);
        }

        foreach (var gateway in configuration.EndpointGateways)
        {
            Add(gateway.Id, gateway.Location);
        }

        foreach (var loadBalancer in configuration.LoadBalancers)
        {
            Add(loadBalancer.Id, loadBalancer.Location);
        }

        foreach (var cluster in configuration.IksClusters)
        {
            Add(cluster.Id, cluster.Location);
        }

        return locations.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
