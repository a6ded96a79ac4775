using System.Collections.Immutable;
using Portcullis.Core.Topology;

namespace Portcullis.Formats.Graph;

/// <summary>A node of the picture: an endpoint, a subnet, or a group of external addresses as the text report merges them.</summary>
public sealed class GraphNode : GraphUnit
{
    internal GraphNode(NetworkNode? source, string name, string heading, string? vpc, GraphNodeKind kind, string address, ImmutableArray<KeyValuePair<string, string>> details)
    {
        Source = source;
        Name = name;
        QualifiedName = vpc is null ? name : $"{vpc}/{name}";
        Heading = heading;
        Vpc = vpc;
        Kind = kind;
        Address = address;
        Details = details;
        Members = [this];
    }

    /// <summary>The name the text report prints for the node (<c>vsi1[10.240.10.4]</c>, <c>subnet1</c>, <c>Public Internet 8.8.8.8/32</c>).</summary>
    public string Name { get; }

    /// <summary>The first line of the node's label: the endpoint's or subnet's name, or the kind of external addresses.</summary>
    public string Heading { get; }

    /// <summary>The VPC the node is in; <see langword="null"/> for external addresses.</summary>
    public string? Vpc { get; }

    /// <summary>
    /// The name with its VPC (<c>vpc/vsi1[10.240.10.4]</c>), unique in the picture (a second subnet of the same name
    /// gets <c> (2)</c>); the DOT node name and SVG title.
    /// </summary>
    public string QualifiedName { get; internal set; }

    /// <summary>The endpoint or subnet drawn; <see langword="null"/> for external addresses, which the report merges.</summary>
    public NetworkNode? Source { get; }

    /// <summary>What the node is.</summary>
    public GraphNodeKind Kind { get; }

    /// <summary>
    /// The second line of the label: the endpoint's address, the subnet's CIDR, or the external ranges as the report
    /// lists them (<c>(all ranges)</c> for the whole space).
    /// </summary>
    public string Address { get; }

    /// <summary>Facts about the node for the details panel (kind, subnet, zone, interface, ...).</summary>
    public ImmutableArray<KeyValuePair<string, string>> Details { get; }

    /// <summary>Whether some report row names the node (a node can be drawn only because its VPC holds it).</summary>
    public bool InReport { get; internal set; }

    /// <inheritdoc />
    public override ImmutableArray<GraphNode> Members { get; }

    /// <inheritdoc />
    public override string Caption => Name;

    /// <summary>Whether the node is external address space.</summary>
    public bool IsExternal => Kind is GraphNodeKind.PublicInternet or GraphNodeKind.ServiceNetwork;
}
