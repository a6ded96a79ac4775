using System.Collections.Immutable;

namespace Portcullis.Formats.Graph;

/// <summary>
/// Nodes that are interchangeable in the report: each has the same connections to every node outside the group, and
/// every two of them the same connection to each other (or none). The picture draws the group as one small node
/// joined to its members, so its edges are drawn once instead of once per member.
/// </summary>
public sealed class GraphGroup : GraphUnit
{
    internal GraphGroup(ImmutableArray<GraphNode> members)
    {
        Members = members;
    }

    /// <inheritdoc />
    public override ImmutableArray<GraphNode> Members { get; }

    /// <summary>The tag its members carry in the picture: <c>G</c> and the group's number.</summary>
    public string Tag => "G" + Id[1..];

    /// <inheritdoc />
    public override string Caption
    {
        get
        {
            var kinds = Members.Select(m => m.Kind).Distinct().ToList();
            var noun = kinds.Count == 1 ? Plural(kinds[0]) : "nodes";
            return $"{Tag}: {Members.Length} {noun}";
        }
    }

    private static string Plural(GraphNodeKind kind) => kind switch
    {
        GraphNodeKind.Instance => "instance interfaces",
        GraphNodeKind.Worker => "Kubernetes workers",
        GraphNodeKind.EndpointGateway => "VPE addresses",
        GraphNodeKind.LoadBalancer => "load balancer IPs",
        GraphNodeKind.Subnet => "subnets",
        _ => "address groups",
    };
}
