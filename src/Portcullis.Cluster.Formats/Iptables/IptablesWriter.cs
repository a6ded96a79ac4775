using Portcullis.Cluster.Allowlist;
using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Cluster.Workstation;
using Portcullis.Core.Sets;
using Portcullis.Formats.Output;
using Portcullis.Formats.Text;

namespace Portcullis.Cluster.Formats.Iptables;

/// <summary>
/// Writes allowlists and workstation egress in <c>iptables-restore</c> format: a chain of its own with accept
/// rules, to load with <c>iptables-restore --noflush</c> and jump to from INPUT, OUTPUT or FORWARD. Names from input
/// become chain names, hosts are written only when they are host names or addresses (otherwise
/// <see cref="UnrepresentableValueException"/>, before anything is written), comments are one line.
/// </summary>
public static class IptablesWriter
{
    /// <summary>An allowlist: one accept rule per aggregated CIDR and protocol part.</summary>
    public static void WriteAllowlist(ClusterAllowlist allowlist, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(allowlist);
        ArgumentNullException.ThrowIfNull(writer);
        var from = allowlist.Direction == AllowlistDirection.FromCluster;
        var chain = Chain(allowlist.Cluster, from ? "FROM" : "TO");
        writer.WriteLine(FirewallRuleText.Comment($"Portcullis allowlist for cluster {allowlist.Cluster}: traffic {(from ? "from the cluster (its public gateway floating IPs)" : "to the cluster (its workers)")}."));
        writer.WriteLine($"# Load with 'iptables-restore --noflush', then 'iptables -I {(from ? "INPUT" : "OUTPUT")} -j {chain}' ahead of your drop rule.");
        foreach (var note in allowlist.Notes)
        {
            writer.WriteLine(FirewallRuleText.Comment($"note: {AllowlistText.Note(note)}"));
        }

        writer.WriteLine("*filter");
        writer.WriteLine($":{chain} - [0:0]");
        foreach (var prefix in allowlist.Prefixes)
        {
            foreach (var match in Matches(allowlist.Connection))
            {
                writer.WriteLine($"-A {chain} {(from ? "-s" : "-d")} {prefix}{match} -j ACCEPT");
            }
        }

        writer.WriteLine("COMMIT");
    }

    /// <summary>
    /// Workstation egress: one accept rule per host (or, where <paramref name="addresses"/> gives them, per address)
    /// and port range; rules by address are preceded by a comment saying where the addresses came from.
    /// </summary>
    public static void WriteWorkstation(string cluster, IEnumerable<EgressRequirement> requirements, TextWriter writer, Func<EgressRequirement, DestinationAddresses?>? addresses = null)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(writer);
        var chain = Chain(cluster, "WS");
        var rules = new List<string>();
        var byName = false;
        foreach (var requirement in requirements)
        {
            var found = addresses?.Invoke(requirement);
            byName |= found is null;
            IReadOnlyList<string> destinations = found is null ? [FirewallRuleText.Host(requirement.Host, "iptables")] : [.. found.Addresses.Select(a => a.ToString())];
            var comment = CommentText(found is null ? requirement.Tool : WorkstationText.AddressTag(requirement, found));
            if (found is not null)
            {
                rules.Add(FirewallRuleText.Comment(WorkstationText.AddressOrigin(found)));
            }

            foreach (var destination in destinations)
            {
                foreach (var range in requirement.Ports)
                {
                    var ports = range.Start == range.End ? $"{range.Start}" : $"{range.Start}:{range.End}";
                    rules.Add($"-A {chain} -d {destination} -p tcp --dport {ports} -m comment --comment \"{comment}\" -j ACCEPT");
                }
            }
        }

        writer.WriteLine(FirewallRuleText.Comment($"Portcullis workstation egress for cluster {cluster}: what ibmcloud, kubectl and calicoctl must reach."));
        if (byName)
        {
            writer.WriteLine("# iptables resolves host names once, when the rules are loaded; names behind CDNs change addresses.");
        }

        writer.WriteLine($"# Load with 'iptables-restore --noflush', then 'iptables -I OUTPUT -j {chain}'.");
        writer.WriteLine("*filter");
        writer.WriteLine($":{chain} - [0:0]");
        foreach (var rule in rules)
        {
            writer.WriteLine(rule);
        }

        writer.WriteLine("COMMIT");
    }

    private static string CommentText(string text) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_' or '.')
            ? text
            : throw new UnrepresentableValueException($"cannot write iptables: the comment '{ControlText.Escape(text)}' holds characters iptables-restore cannot quote");

    private static string Chain(string cluster, string suffix)
    {
        var name = new string([.. cluster.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '-')]);
        var chain = $"PC-{name}-{suffix}";
        return chain.Length <= 28 ? chain : chain[..28];
    }

    private static IEnumerable<string> Matches(ConnectionSet connection)
    {
        if (connection.IsAll)
        {
            yield return string.Empty;
            yield break;
        }

        foreach (var shape in RuleShape.Of(connection, sourcePorts: false))
        {
            if (shape.Protocol == "icmp_tcp_udp")
            {
                yield return " -p icmp";
                yield return " -p tcp";
                yield return " -p udp";
                continue;
            }

            yield return shape.Protocol switch
            {
                "tcp" or "udp" => shape.PortMin is { } min ? $" -p {shape.Protocol} --dport {(min == shape.PortMax ? $"{min}" : $"{min}:{shape.PortMax}")}" : $" -p {shape.Protocol}",
                "icmp" => shape.IcmpType is { } type ? $" -p icmp --icmp-type {type}" + (shape.IcmpCode is { } code ? $"/{code}" : string.Empty) : " -p icmp",
                _ => $" -p {shape.Connection.ProtocolNumbers().Min}",
            };
        }
    }
}
