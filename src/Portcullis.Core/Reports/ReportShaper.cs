using System.Collections.Immutable;
using Portcullis.Core.Analysis;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Reports;

/// <summary>
/// Turns analysed lines into printed rows: each line becomes a row for the part that works both ways and a
/// <c>*</c> row for the TCP part whose replies are dropped; external blocks that share an endpoint, a direction and
/// a connection merge into one address list.
/// </summary>
public static class ReportShaper
{
    /// <summary>The rows of one section, in the report's order.</summary>
    /// <param name="section">The section.</param>
    /// <param name="order">How the report lists nodes and rows.</param>
    /// <param name="grouping">Whether to merge rows that say the same thing about several nodes (<see cref="ReportGrouping"/>).</param>
    public static ImmutableArray<ReportRow> Rows(ConnectivitySection section, ReportOrder order, bool grouping = false)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(order);
        var qualify = section.Scope is TransitGatewayScope;
        var rows = new List<ReportRow>();
        var merged = new Dictionary<(NetworkNode Internal, bool Outbound, ExternalKind Kind, ConnectionSet Connection, bool Blocked, bool Over), List<NetworkNode>>();
        foreach (var line in section.Lines)
        {
            foreach (var (connection, blocked) in Split(line))
            {
                if (line.Source is ExternalNode source)
                {
                    Collect(merged, (line.Destination, false, source.Kind, connection, blocked, line.OverApproximated), source);
                }
                else if (line.Destination is ExternalNode destination)
                {
                    Collect(merged, (line.Source, true, destination.Kind, connection, blocked, line.OverApproximated), destination);
                }
                else
                {
                    rows.Add(new ReportRow(Single(line.Source, qualify), Single(line.Destination, qualify), connection, blocked, line.OverApproximated));
                }
            }
        }

        foreach (var ((endpoint, outbound, _, connection, blocked, over), blocks) in merged)
        {
            var external = new NodeGroup([.. blocks], false);
            var side = Single(endpoint, qualify);
            rows.Add(outbound ? new ReportRow(side, external, connection, blocked, over) : new ReportRow(external, side, connection, blocked, over));
        }

        return grouping ? ReportGrouping.Group(rows, order) : [.. rows.Order(order.Rows)];
    }

    /// <summary>The responsive part (with everything not TCP) and the reply-blocked TCP part, each if not empty.</summary>
    public static IEnumerable<(ConnectionSet Connection, bool ResponseBlocked)> Split(ConnectivityLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var responsive = line.Responsive;
        if (!responsive.IsEmpty)
        {
            yield return (responsive, false);
        }

        if (!line.ResponseBlocked.IsEmpty)
        {
            yield return (line.ResponseBlocked, true);
        }
    }

    private static NodeGroup Single(NetworkNode node, bool qualify) => new([node], qualify);

    private static void Collect<TKey>(Dictionary<TKey, List<NetworkNode>> groups, TKey key, NetworkNode node)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups[key] = list = [];
        }

        list.Add(node);
    }
}
