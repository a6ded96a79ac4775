using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Sets;
using Portcullis.Formats.Wording;

namespace Portcullis.Conformance.Golden;

/// <summary>Reads the per-subnet ACL golden and compares it with the engine's <see cref="SubnetAclView"/>s.</summary>
public static class SingleSubnetGolden
{
    private static readonly IntervalSet<int> ComparedProtocols = IntervalSet<int>.Of(new Interval<int>(1, 1), new Interval<int>(6, 6), new Interval<int>(17, 17));

    private sealed record Entry(string Vpc, IpPrefix Subnet, IpAddressSet Local, bool Ingress, IpAddressSet Remote, ConnectionSet Connection);

    public static string? FirstDifference(string golden, IReadOnlyList<SubnetAclView> views)
    {
        var entries = GoldenFormatException.Reading(() => Parse(golden));
        var goldenSubnets = entries.Select(e => (Vpc: e.Vpc, Subnet: e.Subnet)).Distinct().ToHashSet();
        var ours = views.Select(v => (Vpc: v.Subnet.Vpc.Name, Subnet: v.Subnet.Subnet.Cidr)).ToHashSet();
        foreach (var missing in goldenSubnets.Except(ours))
        {
            return $"subnet {missing.Subnet} of {missing.Vpc} is missing";
        }

        foreach (var entry in entries)
        {
            var view = views.First(v => v.Subnet.Vpc.Name == entry.Vpc && v.Subnet.Subnet.Cidr == entry.Subnet);

            // Traffic inside the subnet does not cross its ACL: Portcullis shows it as unfiltered, the analyzer as the rules' answer.
            var remote = entry.Remote.Except(view.Subnet.Addresses);
            foreach (var range in view.Ranges.Where(r => r.Local.Overlaps(entry.Local)))
            {
                foreach (var ours2 in entry.Ingress ? range.Ingress : range.Egress)
                {
                    var overlap = IpAddressSet.Range(ours2.First, ours2.Last).Intersect(remote);
                    if (overlap.IsEmpty)
                    {
                        continue;
                    }

                    var expected = entry.Connection.Restrict(ComparedProtocols);
                    var actual = ours2.Connection.Restrict(ComparedProtocols);
                    if (!expected.Equals(actual))
                    {
                        var direction = entry.Ingress ? "ingress from" : "egress to";
                        return $"subnet {entry.Subnet} local {range.Local.ToRangeString()} {direction} {overlap.ToRangeString()}: expected '{ConnectionText.Of(expected)}', got '{ConnectionText.Of(actual)}'";
                    }
                }
            }
        }

        return null;
    }

    private static List<Entry> Parse(string golden)
    {
        var entries = new List<Entry>();
        string vpc = string.Empty;
        IpPrefix subnet = default;
        IpAddressSet local = default;
        var ingress = true;
        foreach (var raw in golden.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("Connectivity per subnet for VPC ", StringComparison.Ordinal))
            {
                vpc = line["Connectivity per subnet for VPC ".Length..].Trim();
            }
            else if (line.StartsWith("Subnet: ", StringComparison.Ordinal))
            {
                subnet = IpPrefix.Parse(line["Subnet: ".Length..].Trim());
                local = subnet.ToAddressSet();
            }
            else if (line.StartsWith("local range within subnet: ", StringComparison.Ordinal))
            {
                local = GoldenNames.ParseRanges(line["local range within subnet: ".Length..]);
            }
            else if (line.StartsWith("Ingress Connectivity", StringComparison.Ordinal))
            {
                ingress = true;
            }
            else if (line.StartsWith("Egress Connectivity", StringComparison.Ordinal))
            {
                ingress = false;
            }
            else if (line.StartsWith("remote: ", StringComparison.Ordinal))
            {
                var comma = line.IndexOf(", conn: ", StringComparison.Ordinal);
                var remote = GoldenNames.ParseRanges(line["remote: ".Length..comma]);
                var connection = ConnectionText.Parse(line[(comma + ", conn: ".Length)..].Trim());
                entries.Add(new Entry(vpc, subnet, local, ingress, remote, connection.IsAll ? ConnectionSet.AllIcmpTcpUdp : connection));
            }
        }

        return entries;
    }
}
