using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Formats.Text;

namespace Portcullis.Formats.Wording;

/// <summary>How explanations word their facts: path steps, routers, layer verdicts, notes and problems.</summary>
public static class ExplainText
{
    /// <summary>One element of a path: <c>network ACL acl1</c>, <c>security group[sg1, sg2]</c>, <c>FloatingIP fip1 52.1.2.3</c> ...</summary>
    public static string Step(PathStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step switch
        {
            NodeStep { Node: Endpoint endpoint, QualifyWithVpc: true } => NodeText.Qualified(endpoint),
            NodeStep node => NodeText.Name(node.Node),
            SecurityGroupsStep { Groups: var groups } => groups.Length switch
            {
                0 => "no security group",
                1 => $"security group {groups[0].Name}",
                _ => $"security group[{string.Join(", ", groups.Select(g => N(g.Name)).Order(StringComparer.Ordinal))}]",
            },
            NetworkAclStep acl => $"network ACL {N(acl.Acl.Name)}",
            SubnetStep subnet => $"subnet {N(subnet.Subnet.Name)}",
            RouteStep { Route.Action: "drop" } route => $"routing table {N(route.Table.Name)} drops it (route {N(route.Route.Name)})",
            RouteStep route => $"routing table {N(route.Table.Name)} delivers it to {route.Route.NextHop} (route {N(route.Route.Name)})",
            RouterStep router => Router(router.Router),
            NoRouterStep => "no resource for external connectivity",
            VpcStep vpc => vpc.Vpc.Name,
            TransitGatewayStep gateway => $"TGW {N(gateway.Gateway.Name)}",
            _ => throw new ArgumentOutOfRangeException(nameof(step), step.GetType().Name, "Not a path step."),
        };
    }

    /// <summary>A router: <c>FloatingIP name address</c>, <c>PublicGateway name</c> or <c>ServiceGateway</c>.</summary>
    public static string Router(Router router)
    {
        ArgumentNullException.ThrowIfNull(router);
        return router.Kind switch
        {
            RouterKind.FloatingIp => $"FloatingIP {N(router.FloatingIp!.Name)} {router.FloatingIp.Address}",
            RouterKind.PublicGateway => $"PublicGateway {N(router.PublicGateway!.Name)}",
            _ => "ServiceGateway",
        };
    }

    /// <summary>A router as the verdict's "External traffic via" line names it: <c>FloatingIP: name address</c>.</summary>
    public static string RouterVia(Router router)
    {
        ArgumentNullException.ThrowIfNull(router);
        return router.Kind switch
        {
            RouterKind.FloatingIp => $"FloatingIP: {N(router.FloatingIp!.Name)} {router.FloatingIp.Address}",
            RouterKind.PublicGateway => $"PublicGateway: {N(router.PublicGateway!.Name)}",
            _ => "ServiceGateway: ",
        };
    }

    /// <summary>A table's verdict in short: <c>network ACL acl1 blocks connection</c>.</summary>
    public static string Summary(LayerVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return (verdict.Kind, verdict.Effect) switch
        {
            (LayerKind.SecurityGroup, LayerEffect.Blocks) => $"security group {N(verdict.Name)} does not allow connection",
            (LayerKind.SecurityGroup, LayerEffect.PartlyAllows) => $"security group {N(verdict.Name)} partly allows connection",
            (LayerKind.SecurityGroup, _) => $"security group {N(verdict.Name)} allows connection",
            (_, LayerEffect.Blocks) => $"network ACL {N(verdict.Name)} blocks connection",
            (_, LayerEffect.PartlyAllows) => $"network ACL {N(verdict.Name)} partly allows connection",
            _ => $"network ACL {N(verdict.Name)} allows connection",
        };
    }

    /// <summary>
    /// A transit gateway's verdict as the details head it: <c>transit gateway tgw allows connection via transit
    /// connection conn with the following prefix filter</c>.
    /// </summary>
    public static string TransitGatewayVerdict(TransitGatewayVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var effect = verdict.Permits ? "allows" : "blocks";
        var tail = verdict.AddressPrefix is null ? string.Empty : " with the following prefix filter";
        return $"transit gateway {N(verdict.Gateway.Name)} {effect} connection via transit connection {N(verdict.Connection.Name)}{tail}";
    }

    /// <summary>
    /// What decides: the prefix filter with its index in the connection's filters (<c>index: 1, action: deny, ge: 22,
    /// le: 23, prefix: 10.240.0.0/21</c>), the connection's default (<c>default prefix,  action: permit</c>), or that
    /// no address prefix of the VPC holds the address.
    /// </summary>
    public static string PrefixFilter(TransitGatewayVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        if (verdict.AddressPrefix is null)
        {
            return $"no address prefix of VPC {N(verdict.Vpc.Name)} holds the address, so the gateway has no route to it";
        }

        if (verdict.Filter is not { } filter)
        {
            return $"default prefix,  action: {FilterAction(verdict.Connection.PrefixFiltersDefault)}";
        }

        var text = new System.Text.StringBuilder($"index: {verdict.FilterIndex}, action: {FilterAction(filter.Action)}");
        if (filter.Ge is { } ge)
        {
            text.Append(", ge: ").Append(ge);
        }

        if (filter.Le is { } le)
        {
            text.Append(", le: ").Append(le);
        }

        return text.Append(", prefix: ").Append(filter.Prefix).ToString();
    }

    /// <summary>The verdict in short: <c>transit connection conn of transit gateway tgw denies connection</c>.</summary>
    public static string TransitGatewaySummary(TransitGatewayVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return $"transit connection {N(verdict.Connection.Name)} of transit gateway {N(verdict.Gateway.Name)} {(verdict.Permits ? "allows" : "denies")} connection";
    }

    /// <summary>A prefix filter action as the API writes it: <c>permit</c> or <c>deny</c>.</summary>
    public static string FilterAction(PrefixFilterAction action) => action == PrefixFilterAction.Permit ? "permit" : "deny";

    /// <summary>Whether a load balancer opens connections to the destination (only to its pool members).</summary>
    public static string LoadBalancer(LoadBalancerRelation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        var destination = NodeText.Name(relation.Destination);
        return relation.IsPoolMember
            ? $"{N(relation.LoadBalancerIp.Name)}[LoadBalancer] may initiate a connection to {destination}, which is one of its pool members"
            : $"{N(relation.LoadBalancerIp.Name)}[LoadBalancer] will not connect to {destination}, since it is not its pool member";
    }

    /// <summary>The verdict for a whole request.</summary>
    public static string Note(ExplanationNote note, ExplainRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return note switch
        {
            ExplanationNote.DifferentVpcsWithoutTransitGateway => $"No connectivity from {request.Source} to {request.Destination};\n"
                + "All connections will be blocked since source and destination are in different VPCs with no transit gateway to connect them",
            _ => throw new ArgumentOutOfRangeException(nameof(note), note, "Not an explanation note."),
        };
    }

    /// <summary>Why a request cannot be explained.</summary>
    public static string Problem(ExplainProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var role = problem.Side == ExplainSide.Destination ? "dst" : "src";
        return problem.Kind switch
        {
            ExplainProblemKind.SameSourceAndDestination => "specified src and dst are equal",
            ExplainProblemKind.Ambiguous => $"illegal {role}: ambiguity - the configuration contains multiple resources named {problem.Text}, try using CRNs or the VPC name to scope resources: vpc-name/instance-name\n"
                + string.Join('\n', problem.Candidates.Select(c => $"\t{N(c.Vpc.Name)}: {c.Resource}")),
            ExplainProblemKind.NotANameOrAddress => $"illegal {role}: {problem.Text} is not a legal IP address, CIDR, or endpoint name"
                + (problem.Suggestions.IsDefaultOrEmpty ? string.Empty : $"; did you mean {string.Join(", ", problem.Suggestions.Select(s => $"'{N(s)}'"))}?"),
            ExplainProblemKind.NoEndpointAtAddress => $"illegal {role}: no network interfaces are connected to {problem.Text}",
            ExplainProblemKind.MixedExternalAndInternal => $"illegal {role}: {problem.Text} contains both external and internal IP addresses, which is not supported. src, dst should be external *or* internal address",
            ExplainProblemKind.BothExternal => $"both src {problem.Text} and dst {problem.OtherText} are external IP addresses",
            ExplainProblemKind.SeveralVpcs => $"{problem.Text} and {problem.OtherText} found in more than one vpc config - {string.Join(", ", problem.Vpcs.Select(v => v.Name).Order(StringComparer.Ordinal))} - "
                + "please add the name of the vpc to the src/dst name in case of name ambiguity, and avoid cidrs that spams more than one vpc",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.Kind, "Not an explain problem."),
        };
    }

    // Names from input are shown with control characters escaped, so that none can forge a line or drive the terminal.
    private static string N(string? name) => ControlText.Escape(name);
}
