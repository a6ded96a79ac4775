using Portcullis.Core.Analysis;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Model;
using Portcullis.Core.Reports;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Linters;

/// <summary>
/// Shared by the linters about traffic whose replies cannot come back: merging external peers the way reports do,
/// referring to the ends, and finding the stateless layers on the way back that drop the replies.
/// </summary>
internal static class FlowFindings
{
    /// <summary>
    /// The given (source, destination, connection) triples as report rows: external blocks that share an endpoint, a
    /// direction and a connection merge into one address list, as in reports (<see cref="ReportShaper"/>), without
    /// the sorting reports need.
    /// </summary>
    public static List<ReportRow> Rows(ConnectivityScope scope, IEnumerable<(NetworkNode Source, NetworkNode Destination, ConnectionSet Connection)> flows)
    {
        var qualify = scope is TransitGatewayScope;
        var rows = new List<ReportRow>();
        var merged = new Dictionary<(NetworkNode Internal, bool Outbound, ExternalKind Kind, ConnectionSet Connection), List<NetworkNode>>();
        foreach (var (source, destination, connection) in flows)
        {
            var key = (source, destination) switch
            {
                (ExternalBlock from, _) => (destination, false, from.Kind, connection),
                (_, ExternalBlock to) => (source, true, to.Kind, connection),
                _ => ((NetworkNode Internal, bool Outbound, ExternalKind Kind, ConnectionSet Connection)?)null,
            };
            if (key is not { } external)
            {
                rows.Add(new ReportRow(new NodeGroup([source], qualify), new NodeGroup([destination], qualify), connection, true));
            }
            else if (merged.TryGetValue(external, out var blocks))
            {
                blocks.Add(external.Outbound ? destination : source);
            }
            else
            {
                merged[external] = [external.Outbound ? destination : source];
            }
        }

        foreach (var ((node, outbound, _, connection), blocks) in merged)
        {
            var side = new NodeGroup([node], qualify);
            var external = new NodeGroup([.. blocks], false);
            rows.Add(outbound ? new ReportRow(side, external, connection, true) : new ReportRow(external, side, connection, true));
        }

        return rows;
    }

    /// <summary>One side of a row as a finding refers to it: an endpoint (with its VPC) or merged external addresses.</summary>
    public static LintSubject Side(LintContext context, NodeGroup side) =>
        side.IsExternal ? LintSubject.External(((ExternalBlock)side.Nodes[0]).Kind, side.Addresses) : context.Subject(side.Nodes[0]);

    /// <summary>
    /// The layers that drop part of <paramref name="reply"/> (packets from the destination back to the source): the
    /// destination subnet's ACL outbound, the source subnet's ACL inbound, or a transit gateway with no route back.
    /// Ends that are not single endpoints (a load balancer shown as one node) are not attributed.
    /// </summary>
    public static List<ReplyBlocker> Blockers(LintContext context, NodeGroup source, NodeGroup destination, ConnectionSet reply)
    {
        var blockers = new List<ReplyBlocker>();
        var src = source.Nodes is [Endpoint s] ? s : null;
        var dst = destination.Nodes is [Endpoint d] ? d : null;
        if (src is not null && dst is not null && src.Subnet == dst.Subnet)
        {
            return blockers; // nothing stateless inside a subnet
        }

        if (src is not null && dst is not null && src.Vpc != dst.Vpc)
        {
            var back = context.Topology.TransitGateways.Where(g => g.Vpcs.Contains(src.Vpc) && g.Vpcs.Contains(dst.Vpc)).ToList();
            if (!back.Any(g => g.RoutesTo(src.Subnet)))
            {
                blockers.AddRange(back.Select(g => new ReplyBlocker(LintSubject.Of(g), src.Subnet, null, null)));
            }
        }

        if (dst is not null)
        {
            var allowed = context.Analyzer.AclAllows(dst, TrafficDirection.Outbound, source.Addresses);
            if (!reply.IsSubsetOf(allowed))
            {
                blockers.Add(new ReplyBlocker(LintSubject.Of(dst.Subnet.Acl, dst.Vpc), dst.Subnet, TrafficDirection.Outbound, reply.Except(allowed)));
            }
        }

        if (src is not null)
        {
            var allowed = context.Analyzer.AclAllows(src, TrafficDirection.Inbound, destination.Addresses);
            if (!reply.IsSubsetOf(allowed))
            {
                blockers.Add(new ReplyBlocker(LintSubject.Of(src.Subnet.Acl, src.Vpc), src.Subnet, TrafficDirection.Inbound, reply.Except(allowed)));
            }
        }

        return blockers;
    }
}
