using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Linters;

/// <summary>
/// <c>nacl-reply-rule-opens-connections</c>: a network ACL rule that lets replies through by their source port
/// (<c>tcp source port 443, any destination port</c>) also lets through new connections from that port, because
/// the sender chooses its source port. Reported where the engine's connectivity shows it: some destination ports of
/// a peer are reachable only from particular source ports, and this rule is the first match that allows them.
/// </summary>
/// <remarks>
/// A warning when the ports opened this way include an administrative port (<see cref="AdminPorts"/>), a note
/// otherwise: stateless ACLs need reply rules, so the finding says what they cost rather than that they are wrong.
/// </remarks>
internal sealed class ReplyRuleOpensConnectionsLinter : Linter
{
    private static readonly IntervalSet<int> AllPorts = IntervalSet<int>.Range(ConnectionSet.MinPort, ConnectionSet.MaxPort);

    public ReplyRuleOpensConnectionsLinter()
        : base(
            "nacl-reply-rule-opens-connections",
            "Network ACL reply rules that let new connections through",
            "A network ACL rule that allows packets by their source port (meant for replies, such as TCP from port 443 to any port) "
            + "also lets new connections through, because the sender picks its source port: found where the connectivity shows peers "
            + "whose ports are reachable only from such source ports. A warning when that reaches an administrative port, a note otherwise. "
            + "Security groups, being stateful, do not need such rules.",
            Severity.Warning)
    {
    }

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = new ClaimCache();
        var byRule = new Dictionary<(NetworkAcl Acl, NetworkAclRule Rule), List<(ConnectivityScope Scope, NetworkNode Source, NetworkNode Destination, ConnectionSet Gated)>>();
        foreach (var section in context.Endpoints.Sections)
        {
            foreach (var line in section.Lines)
            {
                var gated = SourcePortGated(line.Connection);
                if (gated.IsEmpty)
                {
                    continue;
                }

                foreach (var (acl, rule) in Admitting(line.Source, line.Destination, gated, claims))
                {
                    if (!byRule.TryGetValue((acl, rule), out var flows))
                    {
                        byRule[(acl, rule)] = flows = [];
                    }

                    flows.Add((section.Scope, line.Source, line.Destination, gated.Intersect(rule.Connection)));
                }
            }
        }

        foreach (var ((acl, rule), flows) in byRule)
        {
            yield return Describe(context, acl, rule, flows);
        }
    }

    /// <summary>
    /// The TCP and UDP of <paramref name="connection"/> towards destination ports that only some source ports reach:
    /// what a sender gets by choosing its source port.
    /// </summary>
    internal static ConnectionSet SourcePortGated(ConnectionSet connection)
    {
        var gated = ConnectionSet.None;
        foreach (var (protocol, pairs) in new[] { (IpProtocols.Tcp, connection.Tcp), (IpProtocols.Udp, connection.Udp) })
        {
            // In canonical form, "every source port reaches the same ports" is exactly one part whose first side is all ports.
            if (pairs.IsEmpty || (pairs.Parts.Length == 1 && pairs.Parts[0].First == AllPorts))
            {
                continue;
            }

            var reached = IntervalSet<int>.Empty;
            var fromEveryPort = IntervalSet<int>.Empty;
            foreach (var part in pairs.Transpose().Parts)
            {
                reached = reached.Union(part.First);
                if (part.Second == AllPorts)
                {
                    fromEveryPort = fromEveryPort.Union(part.First);
                }
            }

            var ports = reached.Except(fromEveryPort);
            if (!ports.IsEmpty)
            {
                gated = gated.Union(ConnectionSet.Ports(protocol, AllPorts, ports).Intersect(connection));
            }
        }

        return gated;
    }

    // The ACL rules on the path that, by first match, allow some of the gated packets while matching only some source ports.
    private static IEnumerable<(NetworkAcl Acl, NetworkAclRule Rule)> Admitting(NetworkNode source, NetworkNode destination, ConnectionSet gated, ClaimCache claims)
    {
        var src = source as Endpoint;
        var dst = destination as Endpoint;
        if (src is not null && dst is not null && src.Subnet == dst.Subnet)
        {
            yield break; // no ACL inside a subnet
        }

        if (src is not null)
        {
            foreach (var rule in FirstMatches(src.Subnet.Acl, TrafficDirection.Outbound, src.Address, Representative(destination), gated, claims))
            {
                yield return (src.Subnet.Acl, rule);
            }
        }

        if (dst is not null)
        {
            foreach (var rule in FirstMatches(dst.Subnet.Acl, TrafficDirection.Inbound, dst.Address, Representative(source), gated, claims))
            {
                yield return (dst.Subnet.Acl, rule);
            }
        }
    }

    // External blocks are cut at every rule's blocks, so their first address stands for all of them.
    private static IpAddress Representative(NetworkNode node) => node switch
    {
        Endpoint endpoint => endpoint.Address,
        ExternalBlock block => block.First,
        _ => node.Addresses.First,
    };

    private static IEnumerable<NetworkAclRule> FirstMatches(NetworkAcl acl, TrafficDirection direction, IpAddress local, IpAddress remote, ConnectionSet gated, ClaimCache claims)
    {
        if (!claims.Rules.TryGetValue((acl, direction), out var rules))
        {
            claims.Rules[(acl, direction)] = rules = [.. acl.RulesOf(direction)];
        }

        var matching = new List<int>();
        for (var i = 0; i < rules.Length; i++)
        {
            if (AclEvaluator.LocalSide(rules[i]).Contains(local) && AclEvaluator.RemoteSide(rules[i]).Contains(remote))
            {
                matching.Add(i);
            }
        }

        var key = (acl, direction, string.Join(',', matching));
        if (!claims.Claims.TryGetValue(key, out var claimed))
        {
            claims.Claims[key] = claimed = Claims(rules, matching);
        }

        return claimed.Where(c => c.Claimed.Overlaps(gated)).Select(c => c.Rule);
    }

    // By first match over the rules that match the addresses: the allow rules that match by source port, each with what it claims.
    private static List<(NetworkAclRule Rule, ConnectionSet Claimed)> Claims(NetworkAclRule[] rules, List<int> matching) =>
        [.. AclFirstMatch.Claims(matching.Select(i => rules[i]))
            .Where(c => c.Rule.Action == AclAction.Allow && MatchesBySourcePort(c.Rule))
            .Select(c => (c.Rule, c.Claimed))];

    private static bool MatchesBySourcePort(NetworkAclRule rule) =>
        (!rule.Connection.Tcp.IsEmpty && rule.Connection.Tcp.FirstProjection() != AllPorts)
        || (!rule.Connection.Udp.IsEmpty && rule.Connection.Udp.FirstProjection() != AllPorts);

    private ReplyRuleOpensConnectionsFinding Describe(LintContext context, NetworkAcl acl, NetworkAclRule rule, List<(ConnectivityScope Scope, NetworkNode Source, NetworkNode Destination, ConnectionSet Gated)> flows)
    {
        var vpc = context.Topology.Vpcs.First(v => v.Acls.Contains(acl));
        var rows = flows.GroupBy(f => f.Scope)
            .SelectMany(g => FlowFindings.Rows(g.Key, g.Select(f => (f.Source, f.Destination, f.Gated))))
            .ToImmutableArray();
        var opened = flows.Aggregate(ConnectionSet.None, (all, f) => all.Union(f.Gated));
        var admin = AdminPorts.Tcp.Select(t => t.Port).Where(p => !opened.Tcp.IsEmpty && opened.Tcp.Transpose().FirstProjection().Contains(p)).ToImmutableArray();
        return new ReplyRuleOpensConnectionsFinding(Name, admin.Length > 0 ? Severity.Warning : Severity.Note, vpc, acl, rule, rows, admin)
        {
            Subjects = [LintSubject.Of(acl, rule, vpc)],
        };
    }

    /// <summary>Per run: each ACL's rules by direction, and first-match claims per set of rules matching the addresses (many flows share them).</summary>
    private sealed class ClaimCache
    {
        public Dictionary<(NetworkAcl, TrafficDirection), NetworkAclRule[]> Rules { get; } = [];

        public Dictionary<(NetworkAcl, TrafficDirection, string), List<(NetworkAclRule Rule, ConnectionSet Claimed)>> Claims { get; } = [];
    }
}
