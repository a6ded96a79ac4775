using System.Text;
using Portcullis.Core.Analysis;
using Portcullis.Formats.Wording;

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
        dot.Append($"  graph [rankdir=LR, compound=true, newrank=true, nodesep=0.25, ranksep=0.8, pad=0.3, fontname={font}, fontsize=11, labeljust=l, bgcolor=\"white\"];\n");
        dot.Append($"  node [shape=box, style=\"rounded,filled\", fontname={font}, fontsize=10, margin=\"0.12,0.05\", color=\"#607d8b\"];\n");
        dot.Append($"  edge [fontname={font}, fontsize=9, arrowsize=0.7, penwidth=1.2];\n");
        var within = graph.Edges.Where(e => e.IsWithin).ToLookup(e => e.Tails[0]);
        var groups = graph.Groups.ToLookup(g => g.Parent);
        var junctions = graph.Edges.Where(e => e.IsBundle).ToLookup(JunctionPlace);
        var tags = graph.Groups.SelectMany(g => g.Members.Select(m => (Member: m, Group: g))).ToDictionary(p => p.Member, p => p.Group);
        var context = new Context(graph, within, groups, junctions, tags);
        foreach (var cluster in graph.Clusters)
        {
            WriteCluster(dot, context, cluster, "  ");
        }

        WriteExtras(dot, context, null, "  ");

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

    private sealed record Context(
        ConnectivityGraph Graph,
        ILookup<GraphUnit, GraphEdge> Within,
        ILookup<GraphCluster?, GraphGroup> Groups,
        ILookup<GraphCluster?, GraphEdge> Junctions,
        Dictionary<GraphNode, GraphGroup> Tags);

    private static string GroupName(GraphGroup group) => GraphStyle.DotQuote($"group {group.Id}");

    // The innermost cluster around every node a bundle joins, but never one of its ends (an edge cut at a cluster's
    // border cannot end inside that cluster).
    private static GraphCluster? JunctionPlace(GraphEdge edge)
    {
        var units = edge.Tails.Concat(edge.Heads).ToHashSet();
        var place = TwinGroups.CommonCluster([.. units.SelectMany(u => u.Members)]);
        while (place is not null && units.Contains(place))
        {
            place = place.Parent;
        }

        return place;
    }

    private static void WriteExtras(StringBuilder dot, Context context, GraphCluster? cluster, string indent)
    {
        foreach (var group in context.Groups[cluster])
        {
            WriteGroup(dot, context, group, indent);
        }

        foreach (var edge in context.Junctions[cluster])
        {
            var color = Color(context.Graph, edge);
            var text = GraphStyle.ShortConnection(ConnectionText.Of(edge.Connection), edge.ResponseBlocked);
            var label = GraphStyle.Markup(edge.IsMesh ? "\u21c4 each to each: " + text : text);
            var style = edge.ResponseBlocked ? "rounded,dashed,filled" : "rounded,filled";
            dot.Append($"{indent}{JunctionName(edge)} [id=\"{edge.Id}\", class=\"bundle {(edge.ResponseBlocked ? "blocked" : "responsive")}\", label=<{label}>, shape=box, style=\"{style}\", fillcolor=\"white\", color=\"{color}\", fontcolor=\"{color}\", fontsize=9, margin=\"0.06,0.02\", penwidth=1.5, tooltip={Tooltip(edge)}];\n");
        }
    }

    private static void WriteCluster(StringBuilder dot, Context context, GraphCluster cluster, string indent)
    {
        var graph = context.Graph;
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

        AppendWithin(label, graph, context.Within[cluster]);
        label.Append("<BR ALIGN=\"LEFT\"/>>");
        dot.Append($"{indent}subgraph cluster_{cluster.Id} {{\n");
        dot.Append($"{indent}  id=\"{cluster.Id}\"; class=\"{ClassOf(cluster.Kind)}\"; label={label}; {style};\n");
        foreach (var inner in cluster.Clusters)
        {
            WriteCluster(dot, context, inner, indent + "  ");
        }

        foreach (var node in cluster.Nodes)
        {
            WriteNode(dot, node, context.Tags.GetValueOrDefault(node), indent + "  ");
        }

        // Many nodes of one box would stand in one long column (the rank nothing pushes them from): invisible edges
        // lay them out in a few columns instead, so a box is about as wide as it is tall.
        var nodes = cluster.Nodes;
        var rows = (int)Math.Ceiling(Math.Sqrt(nodes.Count * 2.0));
        for (var i = 0; i + rows < nodes.Count; i++)
        {
            dot.Append($"{indent}  {NodeName(nodes[i])} -> {NodeName(nodes[i + rows])} [style=invis];\n");
        }

        WriteExtras(dot, context, cluster, indent + "  ");

        dot.Append($"{indent}}}\n");
    }

    private static void AppendWithin(StringBuilder label, ConnectivityGraph graph, IEnumerable<GraphEdge> within)
    {
        foreach (var edge in within)
        {
            label.Append($"<BR ALIGN=\"LEFT\"/><FONT COLOR=\"{Color(graph, edge)}\">\u21c4 all inside: ")
                .Append(GraphStyle.Markup(GraphStyle.ShortConnection(ConnectionText.Of(edge.Connection), edge.ResponseBlocked))).Append("</FONT>");
        }
    }

    private static void WriteGroup(StringBuilder dot, Context context, GraphGroup group, string indent)
    {
        var label = new StringBuilder("<<B>").Append(GraphStyle.Markup(group.Caption)).Append("</B>");
        AppendWithin(label, context.Graph, context.Within[group]);
        label.Append('>');
        dot.Append($"{indent}{GroupName(group)} [id=\"{group.Id}\", class=\"group\", label={label}, shape=box, style=\"rounded,dashed,filled\", fillcolor=\"#eceff1\", color=\"{GraphStyle.GroupColor}\", fontcolor=\"{GraphStyle.GroupColor}\", fontsize=9, tooltip={GraphStyle.DotQuote($"{group.Caption}: {string.Join(", ", group.Members.Select(m => m.Name))}")}];\n");
    }

    private static void WriteNode(StringBuilder dot, GraphNode node, GraphGroup? group, string indent)
    {
        var second = node.IsExternal ? GraphStyle.ShortRanges(node.Address) : node.Address;
        var tag = group is null ? string.Empty : $" <FONT COLOR=\"{GraphStyle.GroupColor}\"><B>{group.Tag}</B></FONT>";
        var label = $"<<B>{GraphStyle.Markup(GraphStyle.ShortName(node.Heading))}</B><BR/>{GraphStyle.Markup(second)}{tag}>";
        var shape = node.IsExternal ? ", shape=box, style=\"filled\"" : string.Empty;
        var faded = node.InReport ? string.Empty : ", fontcolor=\"#9e9e9e\", color=\"#bdbdbd\", style=\"rounded,filled,dashed\"";
        var classes = $"{ClassOf(node.Kind)}{(node.InReport ? string.Empty : " unreached")}";
        dot.Append($"{indent}{NodeName(node)} [id=\"{node.Id}\", class=\"{classes}\", label={label}, fillcolor=\"{GraphStyle.NodeFill(node.Kind)}\"{shape}{faded}, tooltip={GraphStyle.DotQuote(node.QualifiedName)}];\n");
    }

    private static void WriteEdge(StringBuilder dot, ConnectivityGraph graph, GraphEdge edge)
    {
        var color = Color(graph, edge);
        var common = $"color=\"{color}\"{(edge.ResponseBlocked ? ", style=dashed" : string.Empty)}";
        if (!edge.IsBundle)
        {
            var (tail, head) = (edge.Tails[0], edge.Heads[0]);
            var label = GraphStyle.DotQuote(GraphStyle.ShortConnection(ConnectionText.Of(edge.Connection), edge.ResponseBlocked));
            dot.Append($"  {EndName(tail)} -> {EndName(head)} [id=\"{edge.Id}\", class=\"{Classes(edge)}\", label={label}, fontcolor=\"{color}\", {common}")
                .Append(edge.BothWays ? ", dir=both" : string.Empty)
                .Append(Ends(tail, head))
                .Append($", tooltip={Tooltip(edge)}];\n");
            return;
        }

        // A bundle: lines from the tails into the junction, arrows from it to the heads; a mesh's lines have no
        // direction, since every unit both opens connections to and accepts them from the others.
        var junction = JunctionName(edge);
        var part = 0;
        foreach (var tail in edge.IsMesh ? [] : edge.Tails)
        {
            dot.Append($"  {EndName(tail)} -> {junction} [id=\"{edge.Id}-{++part}\", class=\"bundle-line\", {common}, arrowhead=none{Ends(tail, null)}, tooltip={Tooltip(edge)}];\n");
        }

        foreach (var head in edge.Heads)
        {
            dot.Append($"  {junction} -> {EndName(head)} [id=\"{edge.Id}-{++part}\", class=\"bundle-line\", {common}{(edge.IsMesh ? ", dir=none" : string.Empty)}{Ends(null, head)}, tooltip={Tooltip(edge)}];\n");
        }
    }

    private static string Classes(GraphEdge edge) => $"{(edge.ResponseBlocked ? "blocked" : "responsive")}{(edge.BothWays ? " both-ways" : string.Empty)}";

    // Clip at a cluster's border (the line is drawn from one of its nodes); thicker when a box or group stands for many.
    private static string Ends(GraphUnit? tail, GraphUnit? head)
    {
        var text = new StringBuilder();
        if (tail is GraphCluster tailCluster)
        {
            text.Append($", ltail=cluster_{tailCluster.Id}");
        }

        if (head is GraphCluster headCluster)
        {
            text.Append($", lhead=cluster_{headCluster.Id}");
        }

        if (tail is GraphCluster or GraphGroup || head is GraphCluster or GraphGroup)
        {
            text.Append(", penwidth=2");
        }

        return text.ToString();
    }

    private static string Tooltip(GraphEdge edge)
    {
        var tails = string.Join(", ", edge.Tails.Select(t => t.Caption));
        var text = edge.IsMesh ? $"each to each of {tails}"
            : $"{tails} {(edge.BothWays ? "\u21c4" : "\u2192")} {string.Join(", ", edge.Heads.Select(h => h.Caption))}";
        return GraphStyle.DotQuote($"{text}: {edge.ConnectionText.TrimEnd()}");
    }

    private static string Color(ConnectivityGraph graph, GraphEdge edge) =>
        GraphStyle.ConnectionColor(graph.Connections.IndexOf((edge.Connection, edge.ResponseBlocked)), edge.ResponseBlocked);

    private static string JunctionName(GraphEdge edge) => GraphStyle.DotQuote($"bundle {edge.Id}");

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
