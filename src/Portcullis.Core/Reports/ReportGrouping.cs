using System.Collections.Immutable;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Reports;

/// <summary>
/// Merges report rows that say the same thing: sources with the same destination and connection into one list,
/// then destinations with the same source list and connection. Only nodes of one subnet (endpoints) or one VPC
/// (subnets) are listed together, so a list still says where its members are. A node listed on both sides means
/// nothing for itself: <c>a,b,c =&gt; a,b,c</c> states every pair of different nodes.
/// </summary>
public static class ReportGrouping
{
    /// <summary>The grouped rows, in the report's order.</summary>
    public static ImmutableArray<ReportRow> Group(IEnumerable<ReportRow> rows, ReportOrder order)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(order);
        var bySources = GroupSide(rows, groupSources: true, order);
        return [.. GroupSide(bySources, groupSources: false, order).Order(order.Rows)];
    }

    private static List<ReportRow> GroupSide(IEnumerable<ReportRow> rows, bool groupSources, ReportOrder order)
    {
        var result = new List<ReportRow>();
        var buckets = new Dictionary<(NodeGroupKey Other, RowLabel Label, GroupingScope Scope), Bucket>();
        foreach (var row in rows)
        {
            var side = groupSources ? row.Source : row.Destination;
            var other = groupSources ? row.Destination : row.Source;
            if (side.IsExternal || Scope(side) is not { } scope)
            {
                result.Add(row);
                continue;
            }

            var key = (other.Key, row.Label, scope);
            if (!buckets.TryGetValue(key, out var bucket))
            {
                buckets[key] = bucket = new Bucket(row, other, scope);
            }

            bucket.Members.UnionWith(side.Nodes);
        }

        // Buckets that differ only by a node on the other side that is itself a member merge into one line.
        foreach (var family in buckets.Values.GroupBy(b => (b.Template.Label, b.Scope, OtherScope(b.Other))))
        {
            var clusters = new List<Cluster>();
            foreach (var bucket in family.OrderByDescending(b => b.Members.Count).ThenBy(b => b.Other, order.Groups))
            {
                var target = bucket.Other.IsExternal || bucket.Other.Nodes.Length != 1 ? null : clusters.FirstOrDefault(c => c.Accepts(bucket));
                if (target is null)
                {
                    clusters.Add(new Cluster(bucket));
                }
                else
                {
                    target.Add(bucket);
                }
            }

            foreach (var cluster in clusters)
            {
                var template = cluster.Buckets[0].Template;
                var members = new NodeGroup([.. cluster.Sources.Order(order.Nodes)], template.Source.QualifyWithVpc);
                var otherSide = cluster.Buckets.Count == 1
                    ? cluster.Buckets[0].Other
                    : new NodeGroup([.. cluster.Buckets.SelectMany(b => b.Other.Nodes).Distinct().Order(order.Nodes)], template.Source.QualifyWithVpc);
                result.Add(groupSources ? template with { Source = members, Destination = otherSide } : template with { Source = otherSide, Destination = members });
            }
        }

        return result;
    }

    // Endpoints group within their subnet, subnets within their VPC; a load balancer node stays alone.
    private static GroupingScope? Scope(NodeGroup group) => group.Nodes[0] switch
    {
        Endpoint endpoint => new GroupingScope(endpoint.Subnet, null),
        SubnetNode subnet => new GroupingScope(null, subnet.Vpc),
        _ => null,
    };

    // The other side's scope, for buckets that may merge: all external space is one scope, a node without a scope is its own.
    private static (bool External, GroupingScope? Scope, NodeGroupKey? Alone) OtherScope(NodeGroup group) =>
        group.IsExternal ? (true, null, null) : Scope(group) is { } scope ? (false, scope, null) : (false, null, group.Key);

    private readonly record struct GroupingScope(SubnetNode? Subnet, VpcNetwork? Vpc);

    private sealed class Bucket(ReportRow template, NodeGroup other, GroupingScope scope)
    {
        public ReportRow Template { get; } = template;

        public NodeGroup Other { get; } = other;

        public GroupingScope Scope { get; } = scope;

        public HashSet<NetworkNode> Members { get; } = [];
    }

    // A set of buckets (members -> one other node each) printed as one line: all members -> all others.
    private sealed class Cluster
    {
        public Cluster(Bucket first)
        {
            Buckets.Add(first);
            Sources.UnionWith(first.Members);
        }

        public List<Bucket> Buckets { get; } = [];

        public HashSet<NetworkNode> Sources { get; } = [];

        // The line claims every member -> every other node; what no bucket had must be a node with itself.
        public bool Accepts(Bucket candidate)
        {
            if (Buckets.Any(b => b.Other.IsExternal || b.Other.Nodes.Length != 1))
            {
                return false;
            }

            var union = new HashSet<NetworkNode>(Sources);
            union.UnionWith(candidate.Members);
            return Buckets.Append(candidate).All(b => union.Except(b.Members).All(extra => ReferenceEquals(extra, b.Other.Nodes[0])));
        }

        public void Add(Bucket bucket)
        {
            Buckets.Add(bucket);
            Sources.UnionWith(bucket.Members);
        }
    }
}
