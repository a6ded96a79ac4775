using Portcullis.Core.Topology;

namespace Portcullis.Conformance.Facts;

/// <summary>An internal node's traffic with one kind of external space in one direction.</summary>
/// <param name="Node">The internal node.</param>
/// <param name="Outbound">Whether the node is the source.</param>
/// <param name="Kind">Public internet or service network.</param>
public readonly record struct ExternalKey(NodeKey Node, bool Outbound, ExternalKind Kind)
{
    public override string ToString() => Outbound ? $"{Node} => {Kind}" : $"{Kind} => {Node}";
}
