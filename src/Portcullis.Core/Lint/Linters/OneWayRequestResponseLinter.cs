using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Linters;

/// <summary>
/// <c>one-way-request-response</c>: DNS (UDP and TCP port 53) or ICMP echo (ping, type 8) that the firewalls allow
/// towards a peer while a stateless layer drops the answers (port 53 back to the client's port; echo reply, type 0),
/// so the request can never succeed. Computed from the engine's connectivity between endpoints (across transit
/// gateways too) and with external resolvers and hosts, not from rule text.
/// </summary>
/// <remarks>
/// Security groups are stateful and answer every request they let in, so only network ACLs and routes can cause
/// this. TCP on port 53 is also a <c>tcp-response-blocked</c> finding; this linter names the protocol.
/// </remarks>
internal sealed class OneWayRequestResponseLinter : Linter
{
    private static readonly ConnectionSet DnsUdp = ConnectionSet.Ports(IpProtocols.Udp, ConnectionSet.MinPort, ConnectionSet.MaxPort, 53, 53);
    private static readonly ConnectionSet DnsTcp = ConnectionSet.Ports(IpProtocols.Tcp, ConnectionSet.MinPort, ConnectionSet.MaxPort, 53, 53);
    private static readonly ConnectionSet EchoRequest = ConnectionSet.IcmpOf(8, null);

    public OneWayRequestResponseLinter()
        : base(
            "one-way-request-response",
            "Request/response protocols allowed one way only",
            "DNS (UDP or TCP port 53) or ping (ICMP echo) allowed towards a peer while a network ACL on the way back (stateless) or a "
            + "missing transit gateway route drops the answers: every query or ping times out. Allow the answers too (source port 53 "
            + "to the client's ports; ICMP type 0), or stop allowing the requests.",
            Severity.Warning)
    {
    }

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var section in context.Endpoints.Sections)
        {
            var flows = new List<(NetworkNode, NetworkNode, ConnectionSet)>();
            foreach (var line in section.Lines)
            {
                var requests = line.Connection.Intersect(DnsUdp.Union(DnsTcp).Union(EchoRequest));
                if (requests.IsEmpty)
                {
                    continue;
                }

                var reply = context.Analyzer.ReplyPath(line.Source, line.Destination);
                if (Unanswered(requests, reply) is { IsEmpty: false } unanswered)
                {
                    flows.Add((line.Source, line.Destination, unanswered));
                }
            }

            foreach (var row in FlowFindings.Rows(section.Scope, flows))
            {
                var source = FlowFindings.Side(context, row.Source);
                var destination = FlowFindings.Side(context, row.Destination);
                var answers = Answers(row.Connection);
                var blockers = FlowFindings.Blockers(context, row.Source, row.Destination, answers);
                yield return new OneWayRequestResponseFinding(Name, Severity, KindsOf(row.Connection), answers, [.. blockers])
                {
                    Subjects = [.. blockers.Select(b => b.Layer)],
                    Source = source,
                    Destination = destination,
                    Connection = row.Connection,
                };
            }
        }
    }

    /// <summary>The requests among <paramref name="requests"/> whose answers <paramref name="reply"/> (the way back) does not carry.</summary>
    internal static ConnectionSet Unanswered(ConnectionSet requests, ConnectionSet reply)
    {
        var ports = requests.Intersect(DnsUdp.Union(DnsTcp));
        var unanswered = ports.Except(reply.SwapPorts().Intersect(DnsUdp.Union(DnsTcp)));
        var echo = requests.Intersect(EchoRequest);
        return echo.IsEmpty || reply.ContainsIcmp(0, 0) ? unanswered : unanswered.Union(echo);
    }

    // The answers the requests need, as the peer sends them.
    private static ConnectionSet Answers(ConnectionSet requests)
    {
        var answers = requests.Intersect(DnsUdp.Union(DnsTcp)).SwapPorts();
        return requests.Intersect(EchoRequest).IsEmpty ? answers : answers.Union(ConnectionSet.IcmpOf(0, 0));
    }

    private static ImmutableArray<RequestKind> KindsOf(ConnectionSet requests)
    {
        var kinds = ImmutableArray.CreateBuilder<RequestKind>();
        if (requests.Udp.Overlaps(DnsUdp.Udp))
        {
            kinds.Add(RequestKind.DnsOverUdp);
        }

        if (requests.Tcp.Overlaps(DnsTcp.Tcp))
        {
            kinds.Add(RequestKind.DnsOverTcp);
        }

        if (!requests.Icmp.IsEmpty)
        {
            kinds.Add(RequestKind.Ping);
        }

        return kinds.ToImmutable();
    }
}
