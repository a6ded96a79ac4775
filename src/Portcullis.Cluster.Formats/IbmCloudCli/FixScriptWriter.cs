using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Core.Model;
using Portcullis.Formats.Text;

namespace Portcullis.Cluster.Formats.IbmCloudCli;

/// <summary>
/// Writes a fix plan as an <c>ibmcloud is</c> script in current CLI syntax: <c>network-acl-rule-add</c> with
/// <c>--before-rule</c> ahead of the deny that would shadow the rule, <c>security-group-rule-add</c> with
/// <c>--remote</c>. Every value from input is a quoted shell word (<see cref="ShellText.Quote"/>), every comment one line.
/// </summary>
public static class FixScriptWriter
{
    /// <summary>Writes the script.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="header">Comment lines to open the script with (the cluster, the catalog).</param>
    /// <param name="legacy">Whether to write <c>all</c> for <c>icmp_tcp_udp</c> (CLI before 16.x).</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(FixPlan plan, IEnumerable<string> header, bool legacy, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("#!/usr/bin/env bash");
        foreach (var line in header)
        {
            writer.WriteLine(ShellText.Comment(line));
        }

        writer.WriteLine($"# {plan.Changes.Length} rules to add; no rule is changed or deleted. Review, then run it logged in to the VPC's region.");
        foreach (var problem in plan.Problems)
        {
            writer.WriteLine(ShellText.Comment($"NOT PLANNED: {FixText.Problem(problem)}"));
        }

        writer.WriteLine("set -euo pipefail");
        string? last = null;
        foreach (var change in plan.Changes)
        {
            var requirements = string.Join(", ", change.RequirementIds);
            if (requirements != last)
            {
                writer.WriteLine();
                writer.WriteLine(ShellText.Comment(requirements));
                last = requirements;
            }

            writer.WriteLine(change switch
            {
                AclRuleAddition acl => AclCommand(acl, legacy),
                SecurityGroupRuleAddition group => GroupCommand(group, legacy),
                _ => throw new InvalidOperationException($"Unknown change {change.GetType().Name}."),
            });
        }
    }

    /// <summary>The <c>network-acl-rule-add</c> command of an ACL rule addition.</summary>
    public static string AclCommand(AclRuleAddition change, bool legacy)
    {
        ArgumentNullException.ThrowIfNull(change);
        var rule = change.Rule;
        var shape = change.Shape;
        var command = $"ibmcloud is network-acl-rule-add {Q(change.Acl.Id)} allow {Direction(rule.Direction)} {Q(ProtocolNames.For(shape.Protocol, legacy))} {Q(rule.Source.ToString())} {Q(rule.Destination.ToString())} --name {Q(rule.Name)}";
        if (shape.SourcePortMin is { } sourceMin)
        {
            command += $" --source-port-min {sourceMin} --source-port-max {shape.SourcePortMax}";
        }

        if (shape.PortMin is { } min)
        {
            command += $" --destination-port-min {min} --destination-port-max {shape.PortMax}";
        }

        command += Icmp(shape);
        if (change.Before is { } before)
        {
            command += $" --before-rule {Q(before.Id)}";
        }

        return command;
    }

    /// <summary>The <c>security-group-rule-add</c> command of a group rule addition.</summary>
    public static string GroupCommand(SecurityGroupRuleAddition change, bool legacy)
    {
        ArgumentNullException.ThrowIfNull(change);
        var rule = change.Rule;
        var shape = change.Shape;
        var remote = rule.Remote switch
        {
            SecurityGroupRemote group => group.SecurityGroupId,
            CidrRemote cidr => cidr.Prefix.ToString(),
            _ => "0.0.0.0/0",
        };
        var command = $"ibmcloud is security-group-rule-add {Q(change.Group.Id)} {Direction(rule.Direction)} {Q(ProtocolNames.For(shape.Protocol, legacy))} --remote {Q(remote)}";
        if (shape.PortMin is { } min)
        {
            command += $" --port-min {min} --port-max {shape.PortMax}";
        }

        command += Icmp(shape);
        return command + (rule.Name is { } name ? $" --name {Q(name)}" : string.Empty);
    }

    private static string Icmp(RuleShape shape) =>
        (shape.IcmpType is { } type ? $" --icmp-type {type}" : string.Empty) + (shape.IcmpCode is { } code ? $" --icmp-code {code}" : string.Empty);

    private static string Q(string value) => ShellText.Quote(value);

    private static string Direction(TrafficDirection direction) => direction == TrafficDirection.Inbound ? "inbound" : "outbound";
}
