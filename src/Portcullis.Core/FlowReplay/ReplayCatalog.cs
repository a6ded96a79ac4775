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
    private string[] _citations = [];

    public int RuleCount => _rules.Count;

    public int LaneCount => _lanes.Count;

    public Entry this[int rule] => _rules[rule];

    /// <summary>How reports cite a rule (set once the compiler has worked it out).</summary>
    public string Citation(int rule) => _citations[rule];

    public int AddLane(string name)
    {
        _lanes.Add(name);
        return _lanes.Count - 1;
    }

    public int AddRule(LayerKind layer, string layerName, TrafficDirection direction, SourceLocation? location, int lane)
    {
        _rules.Add(new Entry(layer, layerName, direction, location, lane));
        return _rules.Count - 1;
    }

    /// <summary>Records a rule's citation; rules are numbered first, so different threads may set different rules' citations.</summary>
    public void SetCitation(int rule, string citation)
    {
        if (_citations.Length != _rules.Count)
        {
            lock (_rules)
            {
                if (_citations.Length != _rules.Count)
                {
                    var grown = new string[_rules.Count];
                    _citations.CopyTo(grown, 0);
                    _citations = grown;
                }
            }
        }

        _citations[rule] = citation;
    }

    public ImmutableArray<RuleUse> Uses(long[] hits, long[] evaluated) =>
        [.. _rules.Select((rule, id) => new RuleUse(rule.Layer, rule.LayerName, rule.Direction, _citations[id], rule.Location, hits[id], evaluated[rule.Lane]))];

    /// <summary>One rule: its layer, direction, where it was read, and its lane.</summary>
    internal sealed record Entry(LayerKind Layer, string LayerName, TrafficDirection Direction, SourceLocation? Location, int Lane);
}
