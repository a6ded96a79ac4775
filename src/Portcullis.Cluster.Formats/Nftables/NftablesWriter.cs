using Portcullis.Cluster.Allowlist;
using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Cluster.Workstation;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Formats.Output;
using Portcullis.Formats.Text;

namespace Portcullis.Cluster.Formats.Nftables;

/// <summary>
/// Writes allowlists and workstation egress as an nftables table: a named set of the addresses and a regular
/// chain of accept rules to jump to from an existing base chain, ahead of its drop rule. Names from input become
/// identifiers, hosts are written only when they are host names or addresses (otherwise
/// <see cref="UnrepresentableValueException"/>, before anything is written), comments are one line.
/// </summary>
public static class NftablesWriter
{
    /// <summary>An allowlist as a table with an interval set and a chain (<c>nft -f</c> loads it).</summary>
    public static void WriteAllowlist(ClusterAllowlist allowlist, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(allowlist);
        ArgumentNullException.ThrowIfNull(writer);
        var from = allowlist.Direction == AllowlistDirection.FromCluster;
        var name = Identifier(allowlist.Cluster);
        writer.WriteLine(FirewallRuleText.Comment($"Portcullis allowlist for cluster {allowlist.Cluster}: traffic {(from ? "from the cluster (its public gateway floating IPs)" : "to the cluster (its workers)")}."));
        writer.WriteLine($"# Load with 'nft -f', then 'jump {name}_allow' from your {(from ? "input or forward" : "output or forward")} chain before its drop rule.");
        foreach (var note in allowlist.Notes)
        {
            writer.WriteLine(FirewallRuleText.Comment($"note: {AllowlistText.Note(note)}"));
        }

        writer.WriteLine($"table inet portcullis_{name} {{");
        writer.WriteLine("  set cluster {");
        writer.WriteLine("    type ipv4_addr");
        writer.WriteLine("    flags interval");
        writer.WriteLine($"    elements = {{ {string.Join(", ", allowlist.Prefixes.Select(Element))} }}");
        writer.WriteLine("  }");
        writer.WriteLine($"  chain {name}_allow {{");
        foreach (var match in Matches(allowlist.Connection))
        {
            writer.WriteLine($"    ip {(from ? "saddr" : "daddr")} @cluster {match}accept");
        }

        writer.WriteLine("  }");
        writer.WriteLine("}");
    }

    /// <summary>Workstation egress as a table with one accept rule per host and ports, in a chain to jump to from the output chain.</summary>
    public static void WriteWorkstation(string cluster, IEnumerable<EgressRequirement> requirements, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(writer);
        var name = Identifier(cluster);
        var rules = requirements.Select(r => $"    ip daddr {FirewallRuleText.Host(r.Host, "nftables")} tcp dport {{ {Ports(r.Ports)} }} accept comment \"{Comment(r.Tool)}\"").ToList();
        writer.WriteLine(FirewallRuleText.Comment($"Portcullis workstation egress for cluster {cluster}: what ibmcloud, kubectl and calicoctl must reach."));
        writer.WriteLine("# nft resolves host names once, when the rules are loaded; names behind CDNs change addresses, so a DNS-aware");
        writer.WriteLine($"# proxy or firewall is better for them. Load with 'nft -f', then 'jump {name}_workstation' from your output chain.");
        writer.WriteLine($"table inet portcullis_{name}_workstation {{");
        writer.WriteLine($"  chain {name}_workstation {{");
        foreach (var rule in rules)
        {
            writer.WriteLine(rule);
        }

        writer.WriteLine("  }");
        writer.WriteLine("}");
    }

    // An nftables string holds no double quote and no line break.
    private static string Comment(string text) =>
        text.Contains('"', StringComparison.Ordinal) || ControlText.NeedsEscape(text)
            ? throw new UnrepresentableValueException($"cannot write nftables: the comment '{ControlText.Escape(text)}' holds a quote or a control character")
            : text;

    private static string Element(IpPrefix prefix) => prefix.Length == 32 ? prefix.First.ToString() : prefix.ToString();

    private static string Ports(IntervalSet<int> ports) => string.Join(", ", ports.Select(i => i.Start == i.End ? $"{i.Start}" : $"{i.Start}-{i.End}"));

    // Each rule shape becomes the match that narrows an accept rule; every protocol needs no match.
    private static IEnumerable<string> Matches(ConnectionSet connection)
    {
        if (connection.IsAll)
        {
            yield return string.Empty;
            yield break;
        }

        foreach (var shape in RuleShape.Of(connection, sourcePorts: false))
        {
            yield return shape.Protocol switch
            {
                "icmp_tcp_udp" => "meta l4proto { icmp, tcp, udp } ",
                "tcp" or "udp" => shape.PortMin is { } min ? $"{shape.Protocol} dport {(min == shape.PortMax ? $"{min}" : $"{min}-{shape.PortMax}")} " : $"meta l4proto {shape.Protocol} ",
                "icmp" => shape.IcmpType is { } type ? $"icmp type {type} " + (shape.IcmpCode is { } code ? $"icmp code {code} " : string.Empty) : "meta l4proto icmp ",
                _ => $"meta l4proto {shape.Connection.ProtocolNumbers().Min} ",
            };
        }
    }

    /// <summary>An nftables identifier from a name: lowercase letters, digits and underscores.</summary>
    public static string Identifier(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_')]);
        return text.Length > 0 && char.IsAsciiLetter(text[0]) ? text : "c_" + text;
    }
}
