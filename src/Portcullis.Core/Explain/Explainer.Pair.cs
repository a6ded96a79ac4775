using System.Collections.Immutable;
using Portcullis.Core.Analysis;
using Portcullis.Core.Model;
using Portcullis.Core.Reports;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Explain;

public sealed partial class Explainer
{
    private (PairExplanation Pair, PairKey Key) ExplainPair(NetworkNode source, NetworkNode destination, TransitGatewayNetwork? gateway, ConnectionSet? query, bool qualify)
    {
        var (connection, responseBlocked) = _analyzer.Evaluate(source, destination);
        if (query is not null)
        {
            connection = connection.Intersect(query);
            responseBlocked = responseBlocked.Intersect(query);
        }

        var src = source as Endpoint;
        var dst = destination as Endpoint;

        // ACLs filter only what crosses a subnet boundary.
        var aclRelevant = src is null || dst is null || src.Subnet != dst.Subnet;
        var egress = ImmutableArray<LayerVerdict>.Empty;
        var ingress = ImmutableArray<LayerVerdict>.Empty;
        LayerVerdict? egressAcl = null, ingressAcl = null;
        ImmutableArray<LayerVerdict> egressGroups = [], ingressGroups = [];
        if (src is not null)
        {
            egressGroups = RuleAttribution.Groups(src.Vpc, src.SecurityGroups, TrafficDirection.Outbound, src.Address, destination.Addresses, query);
            egressAcl = aclRelevant ? RuleAttribution.Acl(src.Vpc, src.Subnet.Acl, TrafficDirection.Outbound, src.Address, destination.Addresses, query, _scope) : null;
            egress = egressAcl is null ? egressGroups : egressGroups.Add(egressAcl);
        }

        if (dst is not null)
        {
            ingressGroups = RuleAttribution.Groups(dst.Vpc, dst.SecurityGroups, TrafficDirection.Inbound, dst.Address, source.Addresses, query);
            ingressAcl = aclRelevant ? RuleAttribution.Acl(dst.Vpc, dst.Subnet.Acl, TrafficDirection.Inbound, dst.Address, source.Addresses, query, _scope) : null;
            ingress = ingressAcl is null ? ingressGroups : ingressGroups.Insert(0, ingressAcl);
        }

        var router = Router(src, dst, source, destination);
        var loadBalancerBlocks = src is { Kind: EndpointKind.LoadBalancerPrivateIp } && dst is not null && _analyzer.Evaluate(src, dst).Connection.IsEmpty
            && !IsPoolMember(src, dst);
        var loadBalancer = src is { Kind: EndpointKind.LoadBalancerPrivateIp } && dst is not null ? new LoadBalancerRelation(src, dst, !loadBalancerBlocks) : null;

        var reasons = BlockReasons.None;
        if (connection.IsEmpty)
        {
            reasons |= loadBalancerBlocks ? BlockReasons.LoadBalancer : BlockReasons.None;
            var egressBlocks = src is not null && (!egressGroups.Any(v => v.HasAllowRules) || egressAcl is { HasAllowRules: false });
            var ingressBlocks = dst is not null && (!ingressGroups.Any(v => v.HasAllowRules) || ingressAcl is { HasAllowRules: false });
            reasons |= egressBlocks ? BlockReasons.Egress : BlockReasons.None;
            reasons |= ingressBlocks ? BlockReasons.Ingress : BlockReasons.None;
            reasons |= (src is null || dst is null) && router is null ? BlockReasons.NoRouter : BlockReasons.None;
            reasons |= gateway is not null && dst is not null && !gateway.RoutesTo(dst.Subnet) ? BlockReasons.TransitGateway : BlockReasons.None;
            reasons |= DroppingRoute(src, destination, aclRelevant) is not null ? BlockReasons.Route : BlockReasons.None;
            if (reasons == BlockReasons.None)
            {
                // Every layer allows something, but not the same thing (or not what was asked): name the sides that fall short.
                var asked = query ?? ConnectionSet.All;
                var egressAllowed = src is null ? asked : Side(egressGroups, egressAcl).Intersect(asked);
                var ingressAllowed = dst is null ? asked : Side(ingressGroups, ingressAcl).Intersect(asked);
                reasons |= egressAllowed.IsEmpty ? BlockReasons.Egress : BlockReasons.None;
                reasons |= ingressAllowed.IsEmpty ? BlockReasons.Ingress : BlockReasons.None;
                reasons = reasons == BlockReasons.None ? BlockReasons.Egress | BlockReasons.Ingress : reasons;
            }
        }

        // Between VPCs, the gateway's prefix filters decide the route to the destination, and for replies the route back.
        var crossesGateway = gateway is not null && src is not null && dst is not null;
        ImmutableArray<TransitGatewayVerdict> route = crossesGateway ? [.. TransitGatewayVerdict.Of(gateway!, dst!.Subnet)] : [];
        var hasResponse = !connection.Tcp.IsEmpty && (aclRelevant || gateway is not null);
        ImmutableArray<TransitGatewayVerdict> responseRoute = hasResponse && crossesGateway ? [.. TransitGatewayVerdict.Of(gateway!, src!.Subnet)] : [];
        ImmutableArray<LayerVerdict> responseEgress = [], responseIngress = [];
        if (hasResponse)
        {
            // Replies run from the destination back to the source with the ports exchanged; only stateless layers decide.
            var replyQuery = (query ?? ConnectionSet.All).TcpOnly().SwapPorts();
            if (dst is not null)
            {
                responseEgress = [RuleAttribution.Acl(dst.Vpc, dst.Subnet.Acl, TrafficDirection.Outbound, dst.Address, source.Addresses, replyQuery)];
            }

            if (src is not null)
            {
                responseIngress = [RuleAttribution.Acl(src.Vpc, src.Subnet.Acl, TrafficDirection.Inbound, src.Address, destination.Addresses, replyQuery)];
            }
        }

        var pair = new PairExplanation(
            new NodeGroup([source], qualify && src is not null),
            new NodeGroup([destination], qualify && dst is not null),
            connection,
            responseBlocked,
            reasons,
            BuildPath(source, destination, src, dst, egressGroups, egressAcl, ingressGroups, ingressAcl, router, gateway, loadBalancerBlocks, qualify),
            egress,
            ingress,
            router,
            gateway,
            route,
            hasResponse,
            responseEgress,
            responseIngress,
            responseRoute,
            loadBalancer);
        return (pair, PairKey.Of(pair, src ?? dst!));
    }

    // Routes decide only what leaves the subnet.
    private static Route? DroppingRoute(Endpoint? src, NetworkNode destination, bool leavesSubnet) =>
        src is not null && leavesSubnet && src.Subnet.RouteTo(destination.Addresses.First) is { Action: "drop" } route ? route : null;

    private static ConnectionSet Side(ImmutableArray<LayerVerdict> groups, LayerVerdict? acl)
    {
        var allowed = groups.Aggregate(ConnectionSet.None, (union, g) => union.Union(g.Allowed));
        return acl is null ? allowed : allowed.Intersect(acl.Allowed);
    }

    private bool IsPoolMember(Endpoint loadBalancerIp, Endpoint member) =>
        _analyzer.Topology.Configuration.LoadBalancers.Where(lb => lb.Id == loadBalancerIp.OwnerId)
            .SelectMany(lb => lb.Pools.SelectMany(p => p.Members))
            .Any(m => m.Address == member.Address || m.TargetId == member.OwnerId);

    /// <summary>The router between an endpoint and an external block; null when there is none.</summary>
    private static Router? Router(Endpoint? src, Endpoint? dst, NetworkNode source, NetworkNode destination)
    {
        if (src is not null && destination is ExternalBlock outside)
        {
            if (!ConnectivityAnalyzer.RoutesOut(src, outside))
            {
                return null;
            }

            return src.FloatingIp is { } fip ? new Router(RouterKind.FloatingIp, FloatingIp: fip)
                : outside.Kind == ExternalKind.ServiceNetwork ? new Router(RouterKind.ServiceGateway)
                : new Router(RouterKind.PublicGateway, PublicGateway: src.Subnet.PublicGateway!);
        }

        if (dst is not null && source is ExternalBlock inside)
        {
            if (!ConnectivityAnalyzer.RoutesIn(inside, dst))
            {
                return null;
            }

            return dst.FloatingIp is { } fip ? new Router(RouterKind.FloatingIp, FloatingIp: fip) : new Router(RouterKind.ServiceGateway);
        }

        return null;
    }

    private static ImmutableArray<PathStep> BuildPath(
        NetworkNode source,
        NetworkNode destination,
        Endpoint? src,
        Endpoint? dst,
        ImmutableArray<LayerVerdict> egressGroups,
        LayerVerdict? egressAcl,
        ImmutableArray<LayerVerdict> ingressGroups,
        LayerVerdict? ingressAcl,
        Router? router,
        TransitGatewayNetwork? gateway,
        bool loadBalancerBlocks,
        bool qualify)
    {
        var path = ImmutableArray.CreateBuilder<PathStep>();
        if (loadBalancerBlocks)
        {
            path.Add(new NodeStep(source, qualify) { Blocks = true });
            return path.ToImmutable();
        }

        path.Add(new NodeStep(source, qualify));
        if (src is not null)
        {
            if (!GroupStep(path, egressGroups, startsHop: false))
            {
                return path.ToImmutable();
            }

            if (egressAcl is not null)
            {
                path.Add(new NetworkAclStep(egressAcl.Acl!) { Blocks = !egressAcl.HasAllowRules });
                if (!egressAcl.HasAllowRules)
                {
                    return path.ToImmutable();
                }

                path.Add(new SubnetStep(src.Subnet));
            }

            if (src.Subnet.RouteTo(destination.Addresses.First) is { } route && (dst is null || dst.Subnet != src.Subnet))
            {
                var drops = route.Action == "drop";
                if (drops || (route.NextHop is not null && route.Action == "deliver"))
                {
                    path.Add(new RouteStep(src.Subnet.RoutingTable!, route) { Blocks = drops });
                    if (drops)
                    {
                        return path.ToImmutable();
                    }
                }
            }
        }

        if (src is null || dst is null)
        {
            if (router is null)
            {
                path.Add(new NoRouterStep { StartsHop = true, Blocks = true });
                return path.ToImmutable();
            }

            path.Add(new RouterStep(router) { StartsHop = true });
        }

        if (gateway is not null && src is not null && dst is not null)
        {
            path.Add(new VpcStep(src.Vpc) { StartsHop = true });
            var routes = gateway.RoutesTo(dst.Subnet);
            path.Add(new TransitGatewayStep(gateway) { Blocks = !routes });
            if (!routes)
            {
                return path.ToImmutable();
            }

            path.Add(new VpcStep(dst.Vpc));
        }

        if (dst is null)
        {
            path.Add(new NodeStep(destination, qualify) { StartsHop = true });
            return path.ToImmutable();
        }

        var hop = true;
        if (ingressAcl is not null)
        {
            path.Add(new SubnetStep(dst.Subnet) { StartsHop = true });
            path.Add(new NetworkAclStep(ingressAcl.Acl!) { Blocks = !ingressAcl.HasAllowRules });
            if (!ingressAcl.HasAllowRules)
            {
                return path.ToImmutable();
            }

            hop = false;
        }

        if (GroupStep(path, ingressGroups, startsHop: hop))
        {
            path.Add(new NodeStep(destination, qualify));
        }

        return path.ToImmutable();
    }

    // Groups that allow nothing are left out when another group of the endpoint allows; if none allows, all block.
    private static bool GroupStep(ImmutableArray<PathStep>.Builder path, ImmutableArray<LayerVerdict> groups, bool startsHop)
    {
        var allowing = groups.Where(g => g.HasAllowRules).Select(g => g.SecurityGroup!).ToImmutableArray();
        var shown = allowing.Length > 0 ? allowing : [.. groups.Select(g => g.SecurityGroup!)];
        path.Add(new SecurityGroupsStep(shown) { StartsHop = startsHop, Blocks = allowing.Length == 0 });
        return allowing.Length > 0;
    }
}
