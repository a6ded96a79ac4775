using System.Text;
using Portcullis.Core.Explain;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Formats.Reports;
using Portcullis.Formats.Wording;
namespace Portcullis.Formats.Explain;

/// <summary>Writes explanations: as text (verdict, path, and with details every rule), or as JSON.</summary>
public static partial class ExplanationWriter
{
    private static readonly string Separator = new('-', 120);

    /// <summary>Writes the explanation in the given format (txt and md print the same text).</summary>
    public static void Write(Explanation explanation, ReportFormat format, bool details, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(output);
        if (format == ReportFormat.Json)
        {
            WriteJson(explanation, output);
        }
        else
        {
            output.Write(Text(explanation, details));
        }
    }

    /// <summary>The text of an explanation.</summary>
    public static string Text(Explanation explanation, bool details)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var request = explanation.Request;
        var title = new StringBuilder($"Explaining connectivity from {request.Source} to {request.Destination}");
        if (explanation.Vpc is { } vpc)
        {
            title.Append(" within ").Append(vpc.Name);
        }

        if (request.Query is { } query)
        {
            title.Append(" using \"").Append(ConnectionText.Of(query)).Append('"');
        }

        var text = new StringBuilder().Append(title).Append('\n');
        if (explanation.Note is { } note)
        {
            text.Append(new string('=', title.Length)).Append("\n\n").Append(ExplainText.Note(note, request)).Append('\n');
            return text.ToString();
        }

        text.Append("Interpreted source(s): ").Append(Interpretation(request.Source, explanation.Sources, explanation.Vpc is null)).Append('\n');
        text.Append("Interpreted destination(s): ").Append(Interpretation(request.Destination, explanation.Destinations, explanation.Vpc is null)).Append('\n');
        text.Append(new string('=', title.Length)).Append("\n\n");
        var blocks = explanation.Pairs.Select(pair => Block(pair, request.Query, details)).Order(StringComparer.Ordinal).ToList();
        if (blocks.Count == 0)
        {
            text.Append("<nothing to explain: the source and destination are the same endpoints>\n");
        }

        text.Append(string.Join("\n", blocks));
        if (explanation.Pairs.Any(p => p.Source.Nodes.Concat(p.Destination.Nodes).OfType<Endpoint>().Any(e => e.Kind == EndpointKind.IksWorker)))
        {
            text.Append("\n* Analysis of the connectivity of cluster worker nodes is under the assumption that the only security groups applied to them are the VPC default and the IKS generated SG\n");
        }

        return text.ToString();
    }

    private static string Interpretation(string raw, IEnumerable<NetworkNode> nodes, bool qualify)
    {
        var list = nodes.ToList();
        if (list.Count > 0 && list.All(n => n.IsExternal))
        {
            var kinds = list.Cast<ExternalBlock>().Select(b => AddressText.Label(b.Kind)).Distinct().Order(StringComparer.Ordinal);
            return $"{raw} ({string.Join(", ", kinds)})";
        }

        return string.Join(", ", list.Select(n => qualify && n is Endpoint e ? NodeText.Qualified(e) : NodeText.Name(n)));
    }

    private static string Block(PairExplanation pair, ConnectionSet? query, bool details)
    {
        var text = new StringBuilder();
        var source = NodeText.Group(pair.Source);
        var destination = NodeText.Group(pair.Destination);
        var connection = ConnectionText.Of(pair.Connection);
        if (pair.IsAllowed)
        {
            text.Append(query is null ? $"Connections from {source} to {destination}: {connection}\n" : $"Connections are allowed from {source} to {destination} using \"{connection}\"\n");
            if (!pair.ResponseBlocked.IsEmpty)
            {
                text.Append(pair.ResponseBlocked.Equals(pair.Connection.TcpOnly())
                    ? "\tTCP response is blocked\n"
                    : $"\tHowever, TCP response is blocked for: {TcpPortsOnly(pair.ResponseBlocked)}\n");
            }

            if (query is not null && !pair.Connection.Equals(query))
            {
                text.Append("(note that not all queried protocols/ports are allowed)\n");
            }
        }
        else
        {
            text.Append($"No connectivity from {source} to {destination}").Append(query is null ? string.Empty : $" using \"{ConnectionText.Of(query)}\"").Append(";\n");
            text.Append("\tconnection is blocked ").Append(Reasons(pair.Blocked)).Append("\n\n");
            if (pair.LoadBalancer is { } lb)
            {
                text.Append("Load Balancer: ").Append(ExplainText.LoadBalancer(lb)).Append('\n');
            }

            if ((pair.Source.IsExternal || pair.Destination.IsExternal) && pair.Router is { } router)
            {
                text.Append("External traffic via ").Append(ExplainText.RouterVia(router)).Append('\n');
            }

            if (!pair.Egress.IsEmpty)
            {
                text.Append("Egress: ").Append(string.Join("; ", pair.Egress.Select(ExplainText.Summary))).Append('\n');
            }

            if (pair.TransitGateway is { } gateway)
            {
                // Name the connection whose filter decides; where it permits but the route is still missing, the gateway.
                var deciding = pair.TransitGatewayRoute.FirstOrDefault(v => !v.Permits) ?? pair.TransitGatewayRoute.FirstOrDefault();
                text.Append("cross-vpc-connection: ").Append(deciding is not null
                    ? ExplainText.TransitGatewaySummary(deciding)
                    : $"transit gateway {gateway.Name}{((pair.Blocked & BlockReasons.TransitGateway) != 0 ? " denies connection" : " allows connection")}").Append('\n');
            }

            if (!pair.Ingress.IsEmpty)
            {
                text.Append("Ingress: ").Append(string.Join("; ", pair.Ingress.Select(ExplainText.Summary))).Append('\n');
            }
        }

        text.Append("\nPath:\n\t").Append(Path(pair)).Append("\n\n");
        if (details)
        {
            text.Append("\nDetails:\n~~~~~~~~\n");
            text.Append("Path is ").Append(pair.IsAllowed ? "enabled" : "disabled").Append("; The relevant rules are:\n");
            if (pair.LoadBalancer is { } lb)
            {
                text.Append("\tLoad Balancer:\n\t\t").Append(ExplainText.LoadBalancer(lb)).Append("\n\n");
            }

            AppendTables(text, "Egress", pair.Egress);
            AppendRoute(text, pair.TransitGatewayRoute);
            AppendTables(text, "Ingress", pair.Ingress);
            if (pair.HasResponseSection)
            {
                var state = pair.ResponseBlocked.IsEmpty ? "enabled" : pair.ResponseBlocked.Equals(pair.Connection.TcpOnly()) ? "disabled" : "partly enabled";
                text.Append("TCP response is ").Append(state).Append("; The relevant rules are:\n");
                AppendTables(text, "Egress", pair.ResponseEgress);
                AppendRoute(text, pair.ResponseTransitGatewayRoute);
                AppendTables(text, "Ingress", pair.ResponseIngress);
            }
        }

        text.Append(Separator).Append('\n');
        return text.ToString();
    }

    private static string Reasons(BlockReasons reasons)
    {
        var phrases = new List<string>();
        if ((reasons & BlockReasons.Ingress) != 0)
        {
            phrases.Add("at ingress");
        }

        if ((reasons & BlockReasons.Egress) != 0)
        {
            phrases.Add("at egress");
        }

        if ((reasons & BlockReasons.NoRouter) != 0)
        {
            phrases.Add("because there is no resource for external connectivity");
        }

        if ((reasons & BlockReasons.LoadBalancer) != 0)
        {
            phrases.Add("by load balancer");
        }

        if ((reasons & BlockReasons.TransitGateway) != 0)
        {
            phrases.Add("because the transit gateway does not route to the destination");
        }

        if ((reasons & BlockReasons.Route) != 0)
        {
            phrases.Add("because a route of the source subnet drops it");
        }

        return phrases.Count <= 1 ? string.Concat(phrases) : string.Join(", ", phrases[..^1]) + " and " + phrases[^1];
    }

    private static string Path(PairExplanation pair)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pair.Path.Length; i++)
        {
            var step = pair.Path[i];
            if (i > 0)
            {
                text.Append(" -> ");
                if (step.StartsHop)
                {
                    text.Append("\n\t");
                }
            }

            var name = ExplainText.Step(step);
            text.Append(step.Blocks ? $"| {name} |" : name);
        }

        return text.ToString();
    }

    private static void AppendTables(StringBuilder text, string direction, IEnumerable<LayerVerdict> verdicts)
    {
        var list = verdicts.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Append('\t').Append(direction).Append(":\n");
        foreach (var verdict in list)
        {
            var kind = verdict.Kind == LayerKind.SecurityGroup ? "security group" : "network ACL";
            var partly = verdict.Effect == LayerEffect.PartlyAllows ? "partly " : string.Empty;
            var hasAllow = verdict.Rules.Any(r => r.Action == Core.Model.AclAction.Allow);
            var hasDeny = verdict.Rules.Any(r => r.Action == Core.Model.AclAction.Deny);
            var header = verdict.Rules.IsEmpty ? "has no relevant rules"
                : !hasAllow ? "blocks connection with the following deny rules:"
                : hasDeny ? $"{partly}allows connection with the following allow and deny rules"
                : $"{partly}allows connection with the following allow rules";
            text.Append("\t\t").Append(kind).Append(' ').Append(verdict.Name).Append(' ').Append(header).Append('\n');
            foreach (var rule in verdict.Rules)
            {
                text.Append("\t\t\t").Append(RuleText.Of(rule)).Append('\n');
            }
        }

        text.Append('\n');
    }

    // Between the two sides' tables, as the traffic crosses the gateway between them.
    private static void AppendRoute(StringBuilder text, IEnumerable<TransitGatewayVerdict> verdicts)
    {
        var list = verdicts.ToList();
        if (list.Count == 0)
        {
            return;
        }

        foreach (var verdict in list)
        {
            text.Append('\t').Append(ExplainText.TransitGatewayVerdict(verdict)).Append("\n\t\t").Append(ExplainText.PrefixFilter(verdict)).Append('\n');
        }

        text.Append('\n');
    }

    // "protocol: TCP src-ports: 1-9; protocol: TCP dst-ports: 5" reads "src-ports: 1-9; dst-ports: 5" after "blocked for:".
    private static string TcpPortsOnly(ConnectionSet tcp) =>
        string.Join("; ", ConnectionText.Of(tcp).Split("; ").Select(part => part.Replace("protocol: TCP ", string.Empty, StringComparison.Ordinal)));
}
