using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;

namespace Portcullis.Core.FlowReplay;

/// <summary>
/// Every rule on a replayed path, numbered, with the layer-and-direction it belongs to (a "lane"): tallies count
/// hits per rule and evaluations per lane in flat arrays indexed by these numbers.
/// </summary>
internal sealed class ReplayCatalog
{
    private readonly List<Entry> _rules = [];
    private readonly List<string> _lanes = [];

    public int RuleCount => _rules.Count;

    public int LaneCount => _lanes.Count;

    public Entry this[int rule] => _rules[rule];

    public int AddLane(string name)
    {
        _lanes.Add(name);
        return _lanes.Count - 1;
    }

    public int AddRule(LayerKind layer, string layerName, TrafficDirection direction, string citation, SourceLocation? location, int lane)
    {
        _rules.Add(new Entry(layer, layerName, direction, citation, location, lane));
        return _rules.Count - 1;
    }

    public ImmutableArray<RuleUse> Uses(long[] hits, long[] evaluated) =>
        [.. _rules.Select((rule, id) => new RuleUse(rule.Layer, rule.LayerName, rule.Direction, rule.Citation, rule.Location, hits[id], evaluated[rule.Lane]))];

    /// <summary>One rule: its layer, how reports cite it, and its lane.</summary>
    internal sealed record Entry(LayerKind Layer, string LayerName, TrafficDirection Direction, string Citation, SourceLocation? Location, int Lane);
}
