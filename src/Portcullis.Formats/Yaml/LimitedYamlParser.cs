using System.Globalization;
using System.Text;
using Portcullis.Formats.Limits;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Portcullis.Formats.Yaml;

/// <summary>
/// Passes a parser's events on while counting what they build: the open sequences and mappings (depth), the bytes of
/// each scalar, and for every anchor the nodes it stands for, so that each alias adds the size of what it repeats.
/// Passing a limit throws a <see cref="YamlException"/> at the event, before the node builder acts on it.
/// </summary>
internal sealed class LimitedYamlParser(IParser inner, InputLimits limits) : IParser
{
    // One entry per open sequence or mapping: its anchor and the nodes it holds so far (itself included).
    private readonly Stack<(AnchorName Anchor, long Nodes, bool Flow)> _open = new();

    // The flow collections ([...] and {...}) open now, innermost last, for the message when the scanner fails inside one.
    private readonly Stack<ParsingEvent> _openFlows = new();
    private Mark _lastEnd = Mark.Empty;
    private readonly Dictionary<AnchorName, long> _anchorNodes = [];
    private long _aliasNodes;

    /// <summary>The limit that stopped the parse, in words, if one did.</summary>
    public string? LimitPassed { get; private set; }

    /// <inheritdoc />
    public ParsingEvent? Current => inner.Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        try
        {
            if (!inner.MoveNext())
            {
                return false;
            }
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unclosed flow collections ("[a, b" then a new line).
            throw new YamlException(_lastEnd, _lastEnd, Unclosed());
        }

        _lastEnd = inner.Current!.End;
        switch (inner.Current)
        {
            case MappingStart or SequenceStart:
                var flow = inner.Current is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow };
                if (flow)
                {
                    _openFlows.Push(inner.Current);
                }

                if (_open.Count >= limits.MaxDepth)
                {
                    Stop($"the document nests deeper than {limits.MaxDepth} levels ({InputLimits.Describe($"{limits.MaxDepth} levels", InputLimits.DepthVariable)})");
                }

                _open.Push((((NodeEvent)inner.Current).Anchor, 1, flow));
                break;
            case MappingEnd or SequenceEnd when _open.Count > 0:
                var (anchor, nodes, wasFlow) = _open.Pop();
                if (wasFlow)
                {
                    _openFlows.Pop();
                }

                Completed(anchor, nodes);
                break;
            case Scalar scalar:
                if (scalar.Value.Length > limits.MaxStringBytes / 3 && Encoding.UTF8.GetByteCount(scalar.Value) > limits.MaxStringBytes)
                {
                    Stop($"a value of {InputLimits.Bytes(Encoding.UTF8.GetByteCount(scalar.Value))} is too long ({InputLimits.Describe(InputLimits.Bytes(limits.MaxStringBytes), InputLimits.StringBytesVariable)})");
                }

                Completed(scalar.Anchor, 1);
                break;
            case AnchorAlias alias:
                var repeated = _anchorNodes.GetValueOrDefault(alias.Value, 1);
                _aliasNodes += repeated;
                if (_aliasNodes > limits.MaxAliasNodes)
                {
                    Stop($"aliases stand for more than {limits.MaxAliasNodes.ToString("N0", CultureInfo.InvariantCulture)} nodes ({InputLimits.Describe($"{limits.MaxAliasNodes.ToString("N0", CultureInfo.InvariantCulture)} nodes", InputLimits.AliasNodesVariable)})");
                }

                Completed(AnchorName.Empty, repeated);
                break;
        }

        return true;
    }

    private string Unclosed() => _openFlows.TryPeek(out var flow)
        ? $"the flow {(flow is SequenceStart ? "sequence ('[')" : "mapping ('{')")} opened at line {flow.Start.Line}, column {flow.Start.Column} is not closed"
        : "the text cannot be read as YAML after this point";

    private void Completed(AnchorName anchor, long nodes)
    {
        if (!anchor.IsEmpty)
        {
            _anchorNodes[anchor] = nodes;
        }

        if (_open.Count > 0)
        {
            var (parentAnchor, parentNodes, parentFlow) = _open.Pop();
            _open.Push((parentAnchor, Math.Min(parentNodes + nodes, long.MaxValue / 2), parentFlow));
        }
    }

    private void Stop(string limit)
    {
        LimitPassed = limit;
        var at = inner.Current!;
        throw new YamlException(at.Start, at.End, limit);
    }
}
