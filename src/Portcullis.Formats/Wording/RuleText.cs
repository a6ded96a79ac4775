using System.Text;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Formats.Text;

namespace Portcullis.Formats.Wording;

/// <summary>How explanations (and checks and lint) cite rules, so a user can find each one in the console or the JSON.</summary>
public static class RuleText
{
    /// <summary>A cited rule, as <see cref="Of(NetworkAclRule)"/> or <see cref="Of(SecurityGroupRule, VpcNetwork)"/> writes it.</summary>
    public static string Of(RuleCitation rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.AclRule is { } acl ? Of(acl) : Of(rule.GroupRule!, rule.Vpc);
    }

    /// <summary><c>name: acl1-out-1, priority: 1, action: deny, direction: outbound, source: ..., destination: ..., protocol: tcp, srcPorts: 1-65535, dstPorts: 22-22</c>.</summary>
    public static string Of(NetworkAclRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var text = new StringBuilder()
            .Append("name: ").Append(ControlText.Escape(rule.Name))
            .Append(", priority: ").Append(rule.Priority)
            .Append(", action: ").Append(rule.Action == AclAction.Allow ? "allow" : "deny")
            .Append(", direction: ").Append(rule.Direction == TrafficDirection.Inbound ? "inbound" : "outbound")
            .Append(", source: ").Append(rule.Source)
            .Append(", destination: ").Append(rule.Destination)
            .Append(", protocol: ").Append(rule.Protocol.Name);
        if (rule.Protocol.HasPorts)
        {
            var pairs = rule.Protocol.Numbers.Min == IpProtocols.Tcp ? rule.Connection.Tcp : rule.Connection.Udp;
            var part = pairs.Parts[0];
            text.Append(", srcPorts: ").Append(Range(part.First)).Append(", dstPorts: ").Append(Range(part.Second));
        }
        else if (rule.Protocol.IsIcmp && !rule.Connection.Equals(ConnectionSet.Protocol(IpProtocols.Icmp)))
        {
            text.Append(", ").Append(ConnectionText.Of(rule.Connection).Replace("protocol: ICMP ", string.Empty, StringComparison.Ordinal));
        }

        return text.ToString();
    }

    /// <summary><c>id: r1, direction: inbound, local: 0.0.0.0/0, remote: sg3 (10.0.0.5/32,10.0.0.6/32), protocol: tcp,  dstPorts: 22-22</c>.</summary>
    public static string Of(SecurityGroupRule rule, VpcNetwork vpc)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(vpc);
        return Of(rule, RemoteOf(rule.Remote, vpc));
    }

    /// <summary>A rule's remote as <see cref="Of(SecurityGroupRule, VpcNetwork)"/> cites it: <c>10.0.0.0/8</c>, or <c>sg3 (10.0.0.5/32,10.0.0.6/32)</c>.</summary>
    public static string RemoteOf(RuleRemote remote, VpcNetwork vpc) => RemoteOf(remote, vpc, int.MaxValue);

    /// <summary>
    /// As <see cref="RemoteOf(RuleRemote, VpcNetwork)"/>, listing at most <paramref name="maxBlocks"/> of a group's
    /// member blocks and counting the rest (<c>sg3 (10.0.0.5/32,10.0.0.9/32, and 40 more)</c>), for listings of many
    /// rules where the rule, not every member, is the point.
    /// </summary>
    public static string RemoteOf(RuleRemote remote, VpcNetwork vpc, int maxBlocks)
    {
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(vpc);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBlocks);
        if (remote is not SecurityGroupRemote group)
        {
            return remote is CidrRemote cidr ? cidr.Prefix.ToString() : remote.ToString();
        }

        var blocks = vpc.RemoteAddresses(group).ToPrefixes();
        var listed = string.Join(',', blocks.Take(maxBlocks));
        return blocks.Count <= maxBlocks
            ? $"{ControlText.Escape(group.SecurityGroupName)} ({listed})"
            : $"{ControlText.Escape(group.SecurityGroupName)} ({listed}, and {blocks.Count - maxBlocks} more)";
    }

    /// <summary>As <see cref="Of(SecurityGroupRule, VpcNetwork)"/>, with the remote's text already worked out (a group remote's is long, and shared by the rules naming it).</summary>
    public static string Of(SecurityGroupRule rule, string remote)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(remote);
        var text = new StringBuilder()
            .Append("id: ").Append(ControlText.Escape(rule.Id))
            .Append(", direction: ").Append(rule.Direction == TrafficDirection.Inbound ? "inbound" : "outbound")
            .Append(", local: ").Append(rule.HasLocal ? rule.Local.ToString() : "0.0.0.0/0")
            .Append(", remote: ").Append(remote)
            .Append(", protocol: ");
        if (rule.Protocol.HasPorts)
        {
            var pairs = rule.Protocol.Numbers.Min == IpProtocols.Tcp ? rule.Connection.Tcp : rule.Connection.Udp;
            text.Append(rule.Protocol.Name.ToLowerInvariant()).Append(",  dstPorts: ").Append(Range(pairs.Parts[0].Second));
        }
        else if (rule.Protocol.IsIcmp)
        {
            text.Append(ConnectionText.Of(rule.Connection).Replace("protocol: ", string.Empty, StringComparison.Ordinal));
        }
        else
        {
            text.Append(rule.Protocol.Name);
        }

        return text.ToString();
    }

    private static string Range(IntervalSet<int> ports) => ports.IntervalCount == 1 ? $"{ports.Min}-{ports.Max}" : ports.ToString();
}
