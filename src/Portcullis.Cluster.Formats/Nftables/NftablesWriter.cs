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
/// Writes allowlists and workstation egress as nftables commands that add a named set and a regular chain of accept
/// rules to the user's own filter table (nftables jumps only within a table, so a table of our own could not be
/// jumped to from the user's chains, and its accepts would not override the user's drops). Names from input become
/// identifiers, hosts are written only when they are host names or addresses (otherwise
/// <see cref="UnrepresentableValueException"/>, before anything is written), comments are one line.
/// </summary>
/// <remarks>
/// The commands are idempotent: loading the file again replaces the set's elements and the chain's rules.
/// </remarks>
public static class NftablesWriter
{
    /// <summary>The table the commands add to: nftables' and the distributions' default filter table.</summary>
    public const string DefaultTable = "inet filter";

    /// <summary>An allowlist as an interval set and a chain in <see cref="DefaultTable"/> (<c>nft -f</c> loads it).</summary>
    public static void WriteAllowlist(ClusterAllowlist allowlist, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(allowlist);
        ArgumentNullException.ThrowIfNull(writer);
        var from = allowlist.Direction == AllowlistDirection.FromCluster;
        var name = Identifier(allowlist.Cluster);
        var chain = $"{name}_allow";
        var set = $"{name}_cluster";
        writer.WriteLine(FirewallRuleText.Comment($"Portcullis allowlist for cluster {allowlist.Cluster}: traffic {(from ? "from the cluster (its public gateway floating IPs)" : "to the cluster (its workers)")}."));
        WriteLoading(writer, $"set {set} and chain {chain}", chain, from ? "input or forward" : "output or forward");
        foreach (var note in allowlist.Notes)
        {
            writer.WriteLine(FirewallRuleText.Comment($"note: {AllowlistText.Note(note)}"));
        }

        writer.WriteLine($"add table {DefaultTable}");
        writer.WriteLine($"add set {DefaultTable} {set} {{ type ipv4_addr; flags interval; }}");
        writer.WriteLine($"flush set {DefaultTable} {set}");
        if (allowlist.Prefixes.Count > 0)
        {
            writer.WriteLine($"add element {DefaultTable} {set} {{ {string.Join(", ", allowlist.Prefixes.Select(Element))} }}");
        }

        writer.WriteLine($"add chain {DefaultTable} {chain}");
        writer.WriteLine($"flush chain {DefaultTable} {chain}");
        foreach (var match in Matches(allowlist.Connection))
        {
            writer.WriteLine($"add rule {DefaultTable} {chain} ip {(from ? "saddr" : "daddr")} @{set} {match}accept");
        }
    }

    /// <summary>
    /// Workstation egress as a chain in <see cref="DefaultTable"/> with one accept rule per host and ports, to jump to
    /// from the output chain: by host name, or by the addresses <paramref name="addresses"/> gives for a host, each such
    /// rule preceded by a comment saying where they came from.
    /// </summary>
    public static void WriteWorkstation(string cluster, IEnumerable<EgressRequirement> requirements, TextWriter writer, Func<EgressRequirement, DestinationAddresses?>? addresses = null)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(writer);
        var chain = $"{Identifier(cluster)}_workstation";
        var rules = new List<string>();
        var byName = false;
        foreach (var requirement in requirements)
        {
            if (addresses?.Invoke(requirement) is { } found)
            {
                rules.Add(FirewallRuleText.Comment(WorkstationText.AddressOrigin(found)));
                var set = string.Join(", ", found.Addresses);
                rules.Add($"add rule {DefaultTable} {chain} ip daddr {{ {set} }} tcp dport {{ {Ports(requirement.Ports)} }} accept comment \"{Comment(WorkstationText.AddressTag(requirement, found))}\"");
                continue;
            }

            byName = true;
            rules.Add($"add rule {DefaultTable} {chain} ip daddr {FirewallRuleText.Host(requirement.Host, "nftables")} tcp dport {{ {Ports(requirement.Ports)} }} accept comment \"{Comment(requirement.Tool)}\"");
        }

        writer.WriteLine(FirewallRuleText.Comment($"Portcullis workstation egress for cluster {cluster}: what ibmcloud, kubectl and calicoctl must reach."));
        if (byName)
        {
            writer.WriteLine("# nft resolves host names once, when the rules are loaded; names behind CDNs change addresses, so a DNS-aware");
            writer.WriteLine("# proxy or firewall is better for them.");
        }

        WriteLoading(writer, $"chain {chain}", chain, "output");
        writer.WriteLine($"add table {DefaultTable}");
        writer.WriteLine($"add chain {DefaultTable} {chain}");
        writer.WriteLine($"flush chain {DefaultTable} {chain}");
        foreach (var rule in rules)
        {
            writer.WriteLine(rule);
        }
    }

    private static void WriteLoading(TextWriter writer, string what, string chain, string hooks)
    {
        writer.WriteLine($"# Adds {what} to table '{DefaultTable}' (to use another table, replace '{DefaultTable}' throughout).");
        writer.WriteLine($"# Load with 'nft -f FILE' (loading again replaces them), then add 'jump {chain}' to your {hooks} chain in");
        writer.WriteLine("# that table, ahead of its drop rule: nftables jumps only within a table.");
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
