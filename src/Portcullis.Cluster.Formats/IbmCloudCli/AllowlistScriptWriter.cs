using Portcullis.Cluster.Allowlist;
using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Formats.Text;

namespace Portcullis.Cluster.Formats.IbmCloudCli;

/// <summary>Writes an allowlist as <c>ibmcloud is security-group-rule-add</c> commands for another service's security group.</summary>
public static class AllowlistScriptWriter
{
    /// <summary>A script that takes the target group as its first argument.</summary>
    public static void Write(ClusterAllowlist allowlist, bool legacy, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(allowlist);
        ArgumentNullException.ThrowIfNull(writer);
        var from = allowlist.Direction == AllowlistDirection.FromCluster;
        writer.WriteLine("#!/usr/bin/env bash");
        writer.WriteLine(ShellText.Comment($"Portcullis allowlist for cluster {allowlist.Cluster}: lets {(from ? "traffic from the cluster into" : "traffic from")} the security group given as the first argument{(from ? string.Empty : " to the cluster")}."));
        foreach (var note in allowlist.Notes)
        {
            writer.WriteLine(ShellText.Comment($"note: {AllowlistText.Note(note)}"));
        }

        writer.WriteLine("set -euo pipefail");
        writer.WriteLine("GROUP=\"${1:?usage: $0 SECURITY_GROUP}\"");
        foreach (var prefix in allowlist.Prefixes)
        {
            foreach (var shape in RuleShape.Of(allowlist.Connection, sourcePorts: false))
            {
                var command = $"ibmcloud is security-group-rule-add \"$GROUP\" {(from ? "inbound" : "outbound")} {ShellText.Quote(ProtocolNames.For(shape.Protocol, legacy))} --remote {ShellText.Quote(prefix.ToString())}";
                if (shape.PortMin is { } min)
                {
                    command += $" --port-min {min} --port-max {shape.PortMax}";
                }

                if (shape.IcmpType is { } type)
                {
                    command += $" --icmp-type {type}" + (shape.IcmpCode is { } code ? $" --icmp-code {code}" : string.Empty);
                }

                writer.WriteLine(command);
            }
        }
    }
}
