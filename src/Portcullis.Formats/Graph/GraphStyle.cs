using System.Text;

namespace Portcullis.Formats.Graph;

/// <summary>The picture's colours and label abbreviations, shared by the DOT writer and the HTML legend.</summary>
internal static class GraphStyle
{
    public const string FontName = "Helvetica,Arial,sans-serif";

    /// <summary>The colour of edges whose TCP replies are blocked (also dashed and marked <c>*</c>).</summary>
    public const string BlockedColor = "#d62728";

    /// <summary>The colour of group nodes and of the tags their members carry.</summary>
    public const string GroupColor = "#37474f";

    /// <summary>The colour of connections past the palette.</summary>
    public const string OtherColor = "#546e7a";

    // Distinguishable on white and for the common colour-vision deficiencies (Tableau 10 without its red).
    private static readonly string[] Palette = ["#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#bcbd22"];

    public const int MaxNameLength = 32;
    public const int MaxConnectionLength = 40;
    public const int MaxRanges = 2;

    /// <summary>The colour of the connection at <paramref name="index"/> of <see cref="ConnectivityGraph.Connections"/>.</summary>
    public static string ConnectionColor(int index, bool blocked) =>
        blocked ? BlockedColor : index < Palette.Length ? Palette[index] : OtherColor;

    public static string NodeFill(GraphNodeKind kind) => kind switch
    {
        GraphNodeKind.Worker => "#e3f2fd",
        GraphNodeKind.EndpointGateway => "#f3e5f5",
        GraphNodeKind.LoadBalancer => "#fff3e0",
        GraphNodeKind.Subnet => "#e8f5e9",
        GraphNodeKind.PublicInternet => "#fffde7",
        GraphNodeKind.ServiceNetwork => "#e0f2f1",
        _ => "#ffffff",
    };

    public static string KindName(GraphNodeKind kind) => kind switch
    {
        GraphNodeKind.Instance => "instance interface",
        GraphNodeKind.Worker => "Kubernetes worker",
        GraphNodeKind.EndpointGateway => "endpoint gateway (VPE)",
        GraphNodeKind.LoadBalancer => "load balancer IP",
        GraphNodeKind.Subnet => "subnet",
        GraphNodeKind.PublicInternet => "public internet addresses",
        _ => "service network addresses",
    };

    /// <summary>A long name shortened in the middle, keeping the start and the distinguishing end.</summary>
    public static string ShortName(string name)
    {
        if (name.Length <= MaxNameLength)
        {
            return name;
        }

        var head = (MaxNameLength - 1) / 2;
        return string.Concat(name.AsSpan(0, head), "\u2026", name.AsSpan(name.Length - (MaxNameLength - 1 - head)));
    }

    /// <summary>A comma list of address ranges cut to the first few, saying how many more there are.</summary>
    public static string ShortRanges(string ranges)
    {
        var parts = ranges.Split(',');
        return parts.Length <= MaxRanges ? ranges : $"{string.Join(", ", parts.Take(MaxRanges))} +{parts.Length - MaxRanges} more";
    }

    /// <summary>
    /// A connection for an edge label: without the <c>protocol:</c> words every connection has, cut at a separator
    /// when long, and marked <c>*</c> when its TCP replies are blocked.
    /// </summary>
    public static string ShortConnection(string connection, bool blocked)
    {
        var text = connection.Replace("protocol: ", string.Empty, StringComparison.Ordinal);
        if (text.Length > MaxConnectionLength)
        {
            var cut = text.LastIndexOfAny([',', ';', ' '], MaxConnectionLength - 1);
            text = string.Concat(text.AsSpan(0, cut > MaxConnectionLength / 2 ? cut : MaxConnectionLength - 1), "\u2026");
        }

        return blocked ? text + " *" : text;
    }

    /// <summary>Text inside a DOT double-quoted string.</summary>
    public static string DotQuote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                case '\r':
                    break;
                default:
                    quoted.Append(c);
                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>Text inside a DOT HTML-like label (and in HTML).</summary>
    public static string Markup(string text) => System.Net.WebUtility.HtmlEncode(text);
}
