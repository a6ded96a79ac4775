using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Portcullis.Core.Analysis;
using Portcullis.Formats.Wording;

namespace Portcullis.Formats.Graph;

/// <summary>
/// Writes a <see cref="ConnectivityGraph"/> as one self-contained HTML page: the SVG drawing, its data, a legend and
/// a small script of our own (pan and zoom, hover to highlight a node's connections, click for details, search). The
/// page loads nothing from the network.
/// </summary>
/// <remarks>
/// Every node's SVG group carries <c>data-node</c> (the name the text report prints) and, inside a VPC,
/// <c>data-vpc</c>; edges carry <c>data-edge</c>, clusters <c>data-cluster</c>. They are written into the page, not
/// added by the script, so the page can be checked without running it.
/// </remarks>
public static class HtmlGraphWriter
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Lays the graph out with <paramref name="layout"/> and writes the page; nothing is written if the layout fails.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="layout">What turns DOT into SVG.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="GraphLayoutException">The layout failed.</exception>
    public static void Write(ConnectivityGraph graph, ISvgLayout layout, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(output);
        var svg = Annotate(graph, layout.Layout(DotGraphWriter.ToDot(graph)));
        var title = graph.Level == ConnectivityLevel.Subnets ? "Subnet connectivity" : "Endpoint connectivity";
        var vpcNames = graph.Clusters.Where(c => c.Kind == GraphClusterKind.Vpc).Select(c => c.Name).ToList();
        var vpcs = vpcNames.Count <= 6 ? string.Join(", ", vpcNames) : $"{string.Join(", ", vpcNames.Take(5))} and {vpcNames.Count - 5} more";
        var drawn = graph.Edges.Count(e => !e.IsWithin);
        var summary = $"{Count(graph.Nodes.Length, "node")}, {Count(graph.RowCount, "report row")} drawn as {Count(drawn, "edge")}"
            + (drawn == graph.Edges.Length ? string.Empty : $" and {Count(graph.Edges.Length - drawn, "box label")}");

        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<meta name=\"generator\" content=\"portcullis\">\n");
        page.Append($"<title>{Html(title)}{(vpcs.Length == 0 ? string.Empty : " \u2014 " + Html(vpcs))}</title>\n");
        page.Append("<style>\n").Append(Resource("graph.css")).Append("</style>\n</head>\n<body>\n");
        page.Append("<header>\n");
        page.Append($"  <h1>{Html(title)}</h1>\n");
        page.Append($"  <p class=\"summary\">{Html(vpcs.Length == 0 ? string.Empty : (vpcNames.Count == 1 ? "VPC " : "VPCs ") + vpcs + " \u00b7 ")}{Html(summary)}</p>\n");
        page.Append("  <div class=\"tools\">\n");
        page.Append("    <input id=\"search\" type=\"search\" placeholder=\"Find a node: name, address, subnet\u2026\" autocomplete=\"off\" aria-label=\"Find a node\">\n");
        page.Append("    <span id=\"search-result\" aria-live=\"polite\"></span>\n");
        page.Append("    <button id=\"zoom-in\" type=\"button\" title=\"Zoom in\">+</button><button id=\"zoom-out\" type=\"button\" title=\"Zoom out\">\u2212</button><button id=\"fit\" type=\"button\" title=\"Show the whole graph\">Fit</button>\n");
        page.Append("  </div>\n</header>\n<main>\n");
        page.Append("<div id=\"canvas\">\n").Append(svg).Append("\n</div>\n");
        page.Append("<aside id=\"panel\">\n");
        page.Append("<section id=\"details\"><h2>Details</h2><p class=\"hint\">Hover over a node to see its connections; click a node or an edge for details. Drag to pan, scroll to zoom.</p></section>\n");
        AppendLegend(page, graph);
        page.Append("</aside>\n</main>\n");
        page.Append("<script type=\"application/json\" id=\"graph-data\">").Append(Data(graph)).Append("</script>\n");
        page.Append("<script>\n").Append(Resource("graph.js")).Append("</script>\n");
        page.Append("</body>\n</html>\n");
        output.Write(page.ToString());
    }

    // Graphviz's SVG, without its XML prologue and DTD, sized by the page, with data attributes for every element.
    private static string Annotate(ConnectivityGraph graph, string svgText)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(svgText), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new GraphLayoutException($"the layout engine wrote SVG that cannot be read: {e.Message}", e);
        }

        var root = document.Root;
        if (root is null || root.Name != Svg + "svg")
        {
            throw new GraphLayoutException("the layout engine did not write an SVG document");
        }

        var nodes = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var clusters = graph.AllClusters().ToDictionary(c => c.Id, StringComparer.Ordinal);
        var groups = graph.Groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        var edges = graph.Edges.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var element in root.Descendants(Svg + "g"))
        {
            var id = (string?)element.Attribute("id");
            if (id is null)
            {
                continue;
            }

            // Lines of a bundle are "e7-1", "e7-2", ...; lines from a group's members are "g2-n5".
            var owner = id.Split('-')[0];
            if (nodes.TryGetValue(id, out var node))
            {
                element.SetAttributeValue("data-node", node.Name);
                element.SetAttributeValue("data-vpc", node.Vpc);
                element.SetAttributeValue("data-kind", node.Kind.ToString());
            }
            else if (clusters.ContainsKey(id))
            {
                element.SetAttributeValue("data-cluster", id);
            }
            else if (groups.ContainsKey(owner))
            {
                element.SetAttributeValue("data-group", owner);
            }
            else if (edges.ContainsKey(owner))
            {
                element.SetAttributeValue("data-edge", owner);
            }
        }

        root.SetAttributeValue("width", null);
        root.SetAttributeValue("height", null);
        root.SetAttributeValue("id", "graph");
        foreach (var comment in root.DescendantNodes().OfType<XComment>().ToList())
        {
            comment.Remove();
        }

        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static void AppendLegend(StringBuilder page, ConnectivityGraph graph)
    {
        page.Append("<section id=\"legend\"><h2>Legend</h2>\n<h3>Connections</h3>\n<ul class=\"connections\">\n");
        for (var i = 0; i < graph.Connections.Length; i++)
        {
            var (connection, blocked) = graph.Connections[i];
            var color = GraphStyle.ConnectionColor(i, blocked);
            var rows = graph.Edges.Where(e => e.ResponseBlocked == blocked && e.Connection.Equals(connection)).Sum(e => e.Pairs.Length);
            page.Append($"<li data-connection=\"{i}\"><span class=\"line{(blocked ? " dashed" : string.Empty)}\" style=\"border-color:{color}\"></span>")
                .Append($"<span class=\"text\" style=\"color:{color}\">{Html(ConnectionText.Of(connection))}{(blocked ? " *" : string.Empty)}</span>")
                .Append($" <span class=\"count\">{Count(rows, "row")}</span></li>\n");
        }

        page.Append("</ul>\n<h3>Reading the picture</h3>\n<ul class=\"notes\">\n");

        // Only what this picture has: a legend of shapes that are not there would only confuse.
        var edges = graph.Edges;
        void Note(bool shown, string symbol, string text)
        {
            if (shown)
            {
                page.Append($"<li>{symbol}<span>{text}</span></li>\n");
            }
        }

        Note(edges.Any(e => e.ResponseBlocked), $"<span class=\"line dashed\" style=\"border-color:{GraphStyle.BlockedColor}\"></span>",
            "dashed red, marked <b>*</b>: the TCP connection may be opened, but a stateless network ACL drops its replies");
        Note(edges.Any(e => !e.IsWithin && e.Tails.Concat(e.Heads).Any(u => u is GraphCluster)), "<span class=\"line thick\"></span>",
            "thick edge at a box's border: it holds for every node in the box");
        Note(edges.Any(e => e.BothWays), "<span class=\"symbol\">\u2194</span>", "arrows at both ends: the same connection holds both ways");
        Note(edges.Any(e => e.IsBundle && !e.IsMesh), "<span class=\"swatch bundle\"></span>",
            "lines meeting at a labelled box: every node at a plain end reaches every node at an arrow's end with that connection");
        Note(edges.Any(e => e.IsMesh), "<span class=\"swatch bundle\"></span>",
            "<b>\u21c4 each to each</b> in a labelled box: every node joined to it reaches every other one (in another joined unit) with that connection");
        if (!graph.Groups.IsEmpty)
        {
            var group = graph.Groups[0];
            Note(true, "<span class=\"swatch group\"></span>",
                $"<b>{Html(group.Caption)}</b> (and the like): nodes that the report treats alike; they carry the tag <b>{group.Tag}</b>, and the group's edges hold for every one of them");
        }

        Note(edges.Any(e => e.IsWithin), "<span class=\"symbol\">\u21c4</span>",
            "<b>all inside</b> under a box's or group's title: every node in it reaches every other one with that connection");
        Note(graph.Nodes.Any(n => !n.InReport), "<span class=\"swatch faded\"></span>", "grey, dashed: in the VPC, but no connection to or from it in the report");
        Note(true, "<span class=\"symbol\">\u2026</span>", "labels are shortened (without <i>protocol:</i>, long lists cut); hover or click for the full text");
        page.Append("</ul>\n<h3>Nodes</h3>\n<ul class=\"kinds\">\n");
        foreach (var kind in graph.Nodes.Select(n => n.Kind).Distinct().Order())
        {
            page.Append($"<li><span class=\"swatch\" style=\"background:{GraphStyle.NodeFill(kind)}\"></span>{Html(GraphStyle.KindName(kind))}</li>\n");
        }

        page.Append("<li><span class=\"swatch box vpc\"></span>VPC, <span class=\"swatch box zone\"></span>zone, <span class=\"swatch box subnet\"></span>subnet</li>\n");
        page.Append("</ul>\n</section>\n");
    }

    // The graph's data for the script: names, details and the report rows behind every edge.
    private static string Data(ConnectivityGraph graph)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("nodes");
            foreach (var node in graph.Nodes)
            {
                json.WriteStartObject();
                json.WriteString("id", node.Id);
                json.WriteString("name", node.Name);
                json.WriteString("qualified", node.QualifiedName);
                json.WriteString("kind", GraphStyle.KindName(node.Kind));
                json.WriteBoolean("inReport", node.InReport);
                json.WriteStartArray("units");
                foreach (var unit in node.Ancestors().Cast<GraphUnit>().Concat(graph.Groups.Where(g => g.Members.Contains(node))))
                {
                    json.WriteStringValue(unit.Id);
                }

                json.WriteEndArray();
                json.WriteStartArray("details");
                foreach (var (key, value) in node.Details)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(key);
                    json.WriteStringValue(value);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("units");
            foreach (var cluster in graph.AllClusters())
            {
                json.WriteStartObject();
                json.WriteString("id", cluster.Id);
                json.WriteString("caption", cluster.Caption);
                json.WriteString("detail", cluster.Detail);
                json.WriteNumber("size", cluster.Members.Length);
                json.WriteEndObject();
            }

            foreach (var group in graph.Groups)
            {
                json.WriteStartObject();
                json.WriteString("id", group.Id);
                json.WriteString("caption", group.Caption);
                json.WriteString("detail", "a group of nodes that the report treats alike");
                json.WriteNumber("size", group.Members.Length);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("edges");
            foreach (var edge in graph.Edges)
            {
                var index = graph.Connections.IndexOf((edge.Connection, edge.ResponseBlocked));
                json.WriteStartObject();
                json.WriteString("id", edge.Id);
                json.WriteStartArray("tails");
                foreach (var tail in edge.Tails)
                {
                    json.WriteStringValue(tail.Id);
                }

                json.WriteEndArray();
                json.WriteStartArray("heads");
                foreach (var head in edge.Heads)
                {
                    json.WriteStringValue(head.Id);
                }

                json.WriteEndArray();
                json.WriteBoolean("mesh", edge.IsMesh);
                json.WriteString("connection", ConnectionText.Of(edge.Connection));
                json.WriteBoolean("blocked", edge.ResponseBlocked);
                json.WriteBoolean("bothWays", edge.BothWays);
                json.WriteBoolean("within", edge.IsWithin);
                json.WriteString("color", GraphStyle.ConnectionColor(index, edge.ResponseBlocked));
                json.WriteStartArray("pairs");
                foreach (var (source, destination) in edge.Pairs)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(source.Id);
                    json.WriteStringValue(destination.Id);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";

    private static string Html(string text) => GraphStyle.Markup(text);

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Portcullis.Formats.Graph.Page.{name}")
            ?? throw new InvalidOperationException($"The page resource {name} is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
