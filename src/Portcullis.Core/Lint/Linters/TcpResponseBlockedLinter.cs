using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint.Findings;

namespace Portcullis.Core.Lint.Linters;

/// <summary>
/// <c>tcp-response-blocked</c>: TCP that the firewalls let through one way while a stateless layer (a network ACL,
/// or a transit gateway without a route back) drops the replies, so the connection cannot be set up. One finding per
/// line of the endpoint report (load balancers as one node, external peers merged), across transit gateways too.
/// </summary>
internal sealed class TcpResponseBlockedLinter : Linter
{
    public TcpResponseBlockedLinter()
        : base(
            "tcp-response-blocked",
            "Blocked TCP response",
            "TCP that security groups and network ACLs allow one way while a network ACL (stateless) on the way back, or a transit "
            + "gateway without a route back, drops the replies: the connection cannot be set up. Either allow the replies (source and "
            + "destination ports swapped) or remove the rule that lets the requests out.",
            Severity.Warning)
    {
    }

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var section in context.EndpointsByLoadBalancer.Sections)
        {
            var blocked = section.Lines.Where(l => !l.ResponseBlocked.IsEmpty).Select(l => (l.Source, l.Destination, l.ResponseBlocked));
            foreach (var row in FlowFindings.Rows(section.Scope, blocked))
            {
                var source = FlowFindings.Side(context, row.Source);
                var destination = FlowFindings.Side(context, row.Destination);
                var reply = row.Connection.SwapPorts();
                var blockers = FlowFindings.Blockers(context, row.Source, row.Destination, reply);
                yield return new TcpResponseBlockedFinding(Name, Severity, reply, [.. blockers])
                {
                    Subjects = [.. blockers.Select(b => b.Layer)],
                    Source = source,
                    Destination = destination,
                    Connection = row.Connection,
                };
            }
        }
    }
}
