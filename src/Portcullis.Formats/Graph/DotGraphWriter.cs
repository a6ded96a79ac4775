using System.Text;
using Portcullis.Core.Analysis;

namespace Portcullis.Formats.Graph;

/// <summary>
/// Writes a <see cref="ConnectivityGraph"/> in Graphviz DOT: clusters for VPCs, zones and subnets, one node per
/// endpoint (or subnet) and external address group, edges labelled with their connection. Ids (<c>n1</c>, <c>c1</c>,
/// <c>e1</c>) and classes carry over into Graphviz's SVG, where the HTML page finds them.
/// </summary>
public static class DotGraphWriter
{
    /// <summary>Writes the graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ConnectivityGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var dot = new StringBuilder();
        var font = GraphStyle.DotQuote(GraphStyle.FontName);
        var drawn = graph.Edges.Count(e => !e.IsWithin);
        var title = graph.Level == ConnectivityLevel.Subnets ? "Subnet connectivity" : "Endpoint connectivity";
        dot.Append($"// {title}: {graph.Nodes.Length} nodes; {graph.Edges.Length} edges ({graph.Edges.Length - drawn} drawn in cluster labels) stand for {graph.RowCount} report rows.\n");
        dot.Append("// Lay out with: dot -Tsvg FILE -o FILE.svg\n");
        dot.Append("digraph connectivity {\n");
        dot.Append($"  graph [rankdir=LR, compound=true, newrank=true, nodesep=0.25, ranksep=1.1, pad=0.3, fontname={font}, fontsize=11, labeljust=l, bgcolor=\"white\"];\n");
        dot.Append($"  node [shape=box, style=\"rounded,filled\", fontname={font}, fontsize=10, margin=\"0.12,0.05\", color=\"#607d8b\"];\n");
        dot.Append($"  edge [fontname={font}, fontsize=9, arrowsize=0.7, penwidth=1.2];\n");
        var within = graph.Edges.Where(e => e.IsWithin).ToLookup(e => e.Tail);
        var groups = graph.Groups.ToLookup(g => g.Parent);
        foreach (var cluster in graph.Clusters)
        {
            WriteCluster(dot, graph, cluster, within, groups, "  ");
        }

        foreach (var group in groups[null])
        {
            WriteGroup(dot, graph, group, within, "  ");
        }

        foreach (var group in graph.Groups)
        {
            foreach (var member in group.Members)
            {
                dot.Append($"  {NodeName(member)} -> {GroupName(group)} [id=\"{group.Id}-{member.Id}\", class=\"member\", dir=none, color=\"#90a4ae\", penwidth=0.8];\n");
            }
        }

        foreach (var edge in graph.Edges.Where(e => !e.IsWithin))
        {
            WriteEdge(dot, graph, edge);
        }

        dot.Append("}\n");
        output.Write(dot.ToString());
    }

    /// <summary>The graph as DOT text.</summary>
    public static string ToDot(ConnectivityGraph graph)
    {
        using var writer = new StringWriter();
        Write(graph, writer);
        return writer.ToString();
    }

    /// <summary>The DOT node name of a node: its qualified name, unique in the picture.</summary>
    internal static string NodeName(GraphNode node) => GraphStyle.DotQuote(node.QualifiedName);

    private static string GroupName(GraphGroup group) => GraphStyle.DotQuote($"group {group.Id}");

    private static void WriteCluster(StringBuilder dot, ConnectivityGraph graph, GraphCluster cluster, ILookup<GraphUnit, GraphEdge> within, ILookup<GraphCluster?, GraphGroup> groups, string indent)
    {
        var style = cluster.Kind switch
        {
            GraphClusterKind.Vpc => "style=\"rounded,filled\"; fillcolor=\"#f3f7fc\"; color=\"#1565c0\"; penwidth=2",
            GraphClusterKind.Zone => "style=\"rounded,dashed\"; color=\"#78909c\"",
            GraphClusterKind.Subnet => "style=\"rounded,filled\"; fillcolor=\"#ffffff\"; color=\"#90a4ae\"",
            _ => "style=\"rounded,filled\"; fillcolor=\"#fafafa\"; color=\"#bdbdbd\"",
        };
        var label = new StringBuilder("<<B>").Append(GraphStyle.Markup(cluster.Caption)).Append("</B>");
        if (cluster.Detail is { Length: > 0 } detail)
        {
            label.Append(" <FONT COLOR=\"#546e7a\">").Append(GraphStyle.Markup(detail)).Append("</FONT>");
        }

        AppendWithin(label, graph, within[cluster]);
        label.Append("<BR ALIGN=\"LEFT\"/>>");
        dot.Append($"{indent}subgraph cluster_{cluster.Id} {{\n");
        dot.Append($"{indent}  id=\"{cluster.Id}\"; class=\"{ClassOf(cluster.Kind)}\"; label={label}; {style};\n");
        foreach (var inner in cluster.Clusters)
        {
            WriteCluster(dot, graph, inner, within, groups, indent + "  ");
        }

        foreach (var node in cluster.Nodes)
        {
            WriteNode(dot, node, indent + "  ");
        }

        foreach (var group in groups[cluster])
        {
            WriteGroup(dot, graph, group, within, indent + "  ");
        }

        dot.Append($"{indent}}}\n");
    }

    private static void AppendWithin(StringBuilder label, ConnectivityGraph graph, IEnumerable<GraphEdge> within)
    {
        foreach (var edge in within)
        {
            var color = GraphStyle.ConnectionColor(graph.Connections.IndexOf((edge.Connection, edge.ResponseBlocked)), edge.ResponseBlocked);
            label.Append($"<BR ALIGN=\"LEFT\"/><FONT COLOR=\"{color}\">\u21c4 all inside: ")
                .Append(GraphStyle.Markup(GraphStyle.ShortConnection(edge.Connection.ToString(), edge.ResponseBlocked))).Append("</FONT>");
        }
    }

    private static void WriteGroup(StringBuilder dot, ConnectivityGraph graph, GraphGroup group, ILookup<GraphUnit, GraphEdge> within, string indent)
    {
        var label = new StringBuilder("<<B>").Append(GraphStyle.Markup(group.Caption)).Append("</B>");
        AppendWithin(label, graph, within[group]);
        label.Append('>');
        dot.Append($"{indent}{GroupName(group)} [id=\"{group.Id}\", class=\"group\", label={label}, shape=box, style=\"rounded,dashed,filled\", fillcolor=\"#eceff1\", fontsize=9, tooltip={GraphStyle.DotQuote($"{group.Caption}: {string.Join(", ", group.Members.Select(m => m.Name))}")}];\n");
    }

    private static void WriteNode(StringBuilder dot, GraphNode node, string indent)
    {
        var second = node.IsExternal ? GraphStyle.ShortRanges(node.Address) : node.Address;
        var label = $"<<B>{GraphStyle.Markup(GraphStyle.ShortName(node.Heading))}</B><BR/>{GraphStyle.Markup(second)}>";
        var shape = node.IsExternal ? ", shape=box, style=\"filled\"" : string.Empty;
        var faded = node.InReport ? string.Empty : ", fontcolor=\"#9e9e9e\", color=\"#bdbdbd\", style=\"rounded,filled,dashed\"";
        var classes = $"{ClassOf(node.Kind)}{(node.InReport ? string.Empty : " unreached")}";
        dot.Append($"{indent}{NodeName(node)} [id=\"{node.Id}\", class=\"{classes}\", label={label}, fillcolor=\"{GraphStyle.NodeFill(node.Kind)}\"{shape}{faded}, tooltip={GraphStyle.DotQuote(node.QualifiedName)}];\n");
    }

    private static void WriteEdge(StringBuilder dot, ConnectivityGraph graph, GraphEdge edge)
    {
        var color = GraphStyle.ConnectionColor(graph.Connections.IndexOf((edge.Connection, edge.ResponseBlocked)), edge.ResponseBlocked);
        var attributes = new List<string>
        {
            $"id=\"{edge.Id}\"",
            $"class=\"{(edge.ResponseBlocked ? "blocked" : "responsive")}{(edge.BothWays ? " both-ways" : string.Empty)}\"",
            $"label={GraphStyle.DotQuote(GraphStyle.ShortConnection(edge.Connection.ToString(), edge.ResponseBlocked))}",
            $"color=\"{color}\"",
            $"fontcolor=\"{color}\"",
        };
        if (edge.ResponseBlocked)
        {
            attributes.Add("style=dashed");
        }

        if (edge.BothWays)
        {
            attributes.Add("dir=both");
        }

        if (edge.Tail is GraphCluster tail)
        {
            attributes.Add($"ltail=cluster_{tail.Id}");
        }

        if (edge.Head is GraphCluster head)
        {
            attributes.Add($"lhead=cluster_{head.Id}");
        }

        if (edge.Tail is not GraphNode || edge.Head is not GraphNode)
        {
            attributes.Add("penwidth=2");
        }

        var arrow = edge.BothWays ? "\u21c4" : "\u2192";
        attributes.Add($"tooltip={GraphStyle.DotQuote($"{edge.Tail.Caption} {arrow} {edge.Head.Caption}: {edge.ConnectionText.TrimEnd()}")}");
        dot.Append($"  {EndName(edge.Tail)} -> {EndName(edge.Head)} [{string.Join(", ", attributes)}];\n");
    }

    // A cluster's edge is drawn from one of its nodes and cut at the cluster's border (ltail, lhead).
    private static string EndName(GraphUnit unit) => unit is GraphGroup group ? GroupName(group) : NodeName(unit.Members[0]);

    private static string ClassOf(GraphNodeKind kind) => kind switch
    {
        GraphNodeKind.Instance => "instance",
        GraphNodeKind.Worker => "worker",
        GraphNodeKind.EndpointGateway => "vpe",
        GraphNodeKind.LoadBalancer => "load-balancer",
        GraphNodeKind.Subnet => "subnet",
        GraphNodeKind.PublicInternet => "public-internet",
        _ => "service-network",
    };

    private static string ClassOf(GraphClusterKind kind) => kind switch
    {
        GraphClusterKind.Vpc => "vpc",
        GraphClusterKind.Zone => "zone",
        GraphClusterKind.Subnet => "subnet",
        _ => "external",
    };
}
