using Portcullis.Core.Sets;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Evaluation;

/// <summary>A rule compiled against one configuration: which peers it matches on each side, and which connections.</summary>
internal sealed class CompiledRule
{
    private readonly Func<int, int, ConnectionSet>? _connectionsFor;
    private readonly Dictionary<(int, int), ConnectionSet>? _cache;

    public CompiledRule(RuleId? id, PolicyRule model, bool[] sources, bool[] destinations, ConnectionSet? connections, Func<int, int, ConnectionSet>? connectionsFor)
    {
        Id = id;
        Model = model;
        Sources = sources;
        Destinations = destinations;
        Fixed = connections;
        _connectionsFor = connectionsFor;
        _cache = connectionsFor is null ? null : [];
    }

    /// <summary>The rule's identity; <see langword="null"/> for a profile's rule.</summary>
    public RuleId? Id { get; }

    public PolicyRule Model { get; }

    public RuleAction Action => Model.Action;

    /// <summary>The peers the rule's source side matches (for ingress rules, the remote peers).</summary>
    public bool[] Sources { get; }

    /// <summary>The peers the rule's destination side matches.</summary>
    public bool[] Destinations { get; }

    /// <summary>The connections, when they do not depend on the peers (no named ports).</summary>
    public ConnectionSet? Fixed { get; }

    /// <summary>The connections the rule matches between two peers it matches.</summary>
    public ConnectionSet Connections(int source, int destination)
    {
        if (Fixed is { } fixedSet)
        {
            return fixedSet;
        }

        lock (_cache!)
        {
            if (!_cache.TryGetValue((source, destination), out var set))
            {
                _cache[(source, destination)] = set = _connectionsFor!(source, destination);
            }

            return set;
        }
    }

    /// <summary>Whether the rule matches anything between the two peers.</summary>
    public bool Covers(int source, int destination) => Sources[source] && Destinations[destination];
}
