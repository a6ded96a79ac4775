using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;

namespace Portcullis.Flows.Classification;

/// <summary>
/// Turns policy rules (network ACL and security-group rules, with their exact <see cref="ConnectionSet"/>s) into
/// <see cref="ClassifierRule"/>s: one per protocol range and port-range pair, all with the policy rule's index.
/// </summary>
/// <remarks>
/// The engine's port sets run over 1-65535; a set that holds every port also holds port 0 here, so that "all TCP"
/// matches every TCP packet a flow log can show. ICMP type and code go into the source and destination port fields
/// (see <see cref="FlowKey"/>).
/// </remarks>
public static class ClassifierRules
{
    private static readonly Interval<int> IcmpAll = new(IpProtocols.Icmp, IpProtocols.Icmp);

    /// <summary>
    /// The classifier rules of one direction of an ACL: rule <c>i</c> of <see cref="NetworkAcl.RulesOf"/> gets index
    /// <c>i</c>, so a <see cref="FirstMatchClassifier"/> of them answers with the position of the deciding rule.
    /// </summary>
    public static ImmutableArray<ClassifierRule> OfAcl(NetworkAcl acl, TrafficDirection direction)
    {
        ArgumentNullException.ThrowIfNull(acl);
        var rules = ImmutableArray.CreateBuilder<ClassifierRule>();
        // An ACL's rules share a handful of connections (all, tcp, one port...): each is cut into boxes once.
        var boxesOf = new Dictionary<ConnectionSet, ImmutableArray<(Interval<int> Protocols, Interval<int> SourcePorts, Interval<int> DestinationPorts)>>();
        var index = 0;
        foreach (var rule in acl.RulesOf(direction))
        {
            if (!boxesOf.TryGetValue(rule.Connection, out var boxes))
            {
                boxes = Expand(rule.Connection);
                boxesOf.Add(rule.Connection, boxes);
            }

            foreach (var (protocols, sourcePorts, destinationPorts) in boxes)
            {
                rules.Add(new ClassifierRule(index, rule.Source, rule.Destination, protocols, sourcePorts, destinationPorts));
            }

            index++;
        }

        return rules.ToImmutable();
    }

    /// <summary>
    /// The classifier rules of a security-group rule whose remote stands for <paramref name="remote"/>: inbound
    /// rules match packets from the remote to the member's <c>local</c> addresses, outbound rules the reverse.
    /// </summary>
    /// <param name="index">The index the rules get.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="remote">The addresses of the rule's remote (for a group remote, its members' addresses).</param>
    public static IEnumerable<ClassifierRule> OfSecurityGroupRule(int index, SecurityGroupRule rule, IpAddressSet remote) =>
        OfSecurityGroupRule(index, rule, remote.ToPrefixes());

    /// <summary>As <see cref="OfSecurityGroupRule(int, SecurityGroupRule, IpAddressSet)"/>, with the remote already as blocks (a group's members, worked out once).</summary>
    public static IEnumerable<ClassifierRule> OfSecurityGroupRule(int index, SecurityGroupRule rule, IReadOnlyList<IpPrefix> remotePrefixes)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(remotePrefixes);
        var boxes = Expand(rule.Connection);
        foreach (var remotePrefix in remotePrefixes)
        {
            var local = rule.HasLocal ? rule.Local : remotePrefix.IsIPv4 ? IpPrefix.AllIPv4 : new IpPrefix(new IpAddress(UInt128.Zero), 0);
            if (local.IsIPv4 != remotePrefix.IsIPv4)
            {
                continue;
            }

            var (source, destination) = rule.Direction == TrafficDirection.Inbound ? (remotePrefix, local) : (local, remotePrefix);
            foreach (var (protocols, sourcePorts, destinationPorts) in boxes)
            {
                yield return new ClassifierRule(index, source, destination, protocols, sourcePorts, destinationPorts);
            }
        }
    }

    /// <summary>The classifier rules of a block pair and a connection set.</summary>
    public static IEnumerable<ClassifierRule> Of(int index, IpPrefix source, IpPrefix destination, ConnectionSet connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        foreach (var (protocols, sourcePorts, destinationPorts) in Expand(connection))
        {
            yield return new ClassifierRule(index, source, destination, protocols, sourcePorts, destinationPorts);
        }
    }

    /// <summary>
    /// A connection set as (protocols, source ports, destination ports) boxes: whole protocols as protocol ranges
    /// with any port, then the TCP, UDP and ICMP rectangles of partial protocols.
    /// </summary>
    public static ImmutableArray<(Interval<int> Protocols, Interval<int> SourcePorts, Interval<int> DestinationPorts)> Expand(ConnectionSet connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var boxes = ImmutableArray.CreateBuilder<(Interval<int>, Interval<int>, Interval<int>)>();
        var whole = connection.OtherProtocols;
        var tcpWhole = ConnectionSet.IsAllPorts(connection.Tcp);
        var udpWhole = ConnectionSet.IsAllPorts(connection.Udp);
        var icmpWhole = ConnectionSet.IsAllIcmp(connection.Icmp);
        foreach (var (present, number) in new[] { (tcpWhole, IpProtocols.Tcp), (udpWhole, IpProtocols.Udp), (icmpWhole, IpProtocols.Icmp) })
        {
            if (present)
            {
                whole = whole.Union(IntervalSet<int>.Single(number));
            }
        }

        foreach (var protocols in whole.Intervals)
        {
            boxes.Add((protocols, ClassifierRule.AnyPort, ClassifierRule.AnyPort));
        }

        if (!tcpWhole)
        {
            AddRectangles(boxes, connection.Tcp, new Interval<int>(IpProtocols.Tcp, IpProtocols.Tcp), WithPortZero);
        }

        if (!udpWhole)
        {
            AddRectangles(boxes, connection.Udp, new Interval<int>(IpProtocols.Udp, IpProtocols.Udp), WithPortZero);
        }

        if (!icmpWhole)
        {
            AddRectangles(boxes, connection.Icmp, IcmpAll, static range => range);
        }

        return boxes.ToImmutable();
    }

    private static void AddRectangles(
        ImmutableArray<(Interval<int>, Interval<int>, Interval<int>)>.Builder boxes, ProductSet pairs, Interval<int> protocol, Func<Interval<int>, Interval<int>> widen)
    {
        foreach (var part in pairs.Parts)
        {
            foreach (var first in part.First.Intervals)
            {
                foreach (var second in part.Second.Intervals)
                {
                    boxes.Add((protocol, widen(first), widen(second)));
                }
            }
        }
    }

    // Every port of the engine (1-65535) means every port of a packet, 0 included.
    private static Interval<int> WithPortZero(Interval<int> ports) =>
        ports.Start == ConnectionSet.MinPort && ports.End == ConnectionSet.MaxPort ? ClassifierRule.AnyPort : ports;
}
