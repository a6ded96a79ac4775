using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Analysis;

/// <summary>
/// Endpoints that every rule treats alike, as source and as destination: same subnet, same security groups, same
/// block of the address partition that all rule CIDRs induce, same routers. Their maps are computed once.
/// </summary>
public sealed class EndpointClass
{
    private readonly Lazy<Maps> _maps;

    internal EndpointClass(Endpoint representative, AclEvaluator acls, SecurityGroupEvaluator groups)
    {
        Representative = representative;
        _maps = new Lazy<Maps>(() => new Maps(representative, acls, groups));
    }

    /// <summary>The member whose maps stand for all of them.</summary>
    public Endpoint Representative { get; }

    /// <summary>The endpoints of the class, the representative first.</summary>
    public IReadOnlyList<Endpoint> Members => MemberList;

    /// <summary>The subnet every member is in.</summary>
    public SubnetNode Subnet => Representative.Subnet;

    /// <summary>The members, filled while the analyzer partitions the endpoints.</summary>
    internal List<Endpoint> MemberList { get; } = [];

    /// <summary>The subnet ACL's outbound answer towards each remote address.</summary>
    public AddressMap AclOut => _maps.Value.AclOut;

    /// <summary>The subnet ACL's inbound answer from each remote address.</summary>
    public AddressMap AclIn => _maps.Value.AclIn;

    /// <summary>The security groups' outbound answer.</summary>
    public AddressMap SgOut => _maps.Value.SgOut;

    /// <summary>The security groups' inbound answer.</summary>
    public AddressMap SgIn => _maps.Value.SgIn;

    /// <summary>What leaves the subnet towards each address: its outbound ACL and its routes (replies leave this way too).</summary>
    public AddressMap ReplyOut => _maps.Value.ReplyOut;

    /// <summary>Outbound through both layers and the routes (for peers outside the subnet).</summary>
    public AddressMap Egress => _maps.Value.Egress;

    /// <summary>Inbound through both layers (for peers outside the subnet).</summary>
    public AddressMap Ingress => _maps.Value.Ingress;

    private sealed class Maps
    {
        public Maps(Endpoint endpoint, AclEvaluator acls, SecurityGroupEvaluator groups)
        {
            AclOut = acls.Evaluate(endpoint.Subnet.Acl, TrafficDirection.Outbound, endpoint.Address);
            AclIn = acls.Evaluate(endpoint.Subnet.Acl, TrafficDirection.Inbound, endpoint.Address);
            SgOut = groups.Evaluate(endpoint.Vpc, endpoint.SecurityGroups, TrafficDirection.Outbound, endpoint.Address);
            SgIn = groups.Evaluate(endpoint.Vpc, endpoint.SecurityGroups, TrafficDirection.Inbound, endpoint.Address);
            ReplyOut = AclOut.Intersect(Routes(endpoint.Subnet));
            Egress = ReplyOut.Intersect(SgOut);
            Ingress = AclIn.Intersect(SgIn);
        }

        public AddressMap AclOut { get; }

        public AddressMap AclIn { get; }

        public AddressMap SgOut { get; }

        public AddressMap SgIn { get; }

        public AddressMap Egress { get; }

        public AddressMap Ingress { get; }

        public AddressMap ReplyOut { get; }
    }

    /// <summary>Where the subnet's routes let traffic go: everywhere but the destinations of routes that drop.</summary>
    internal static AddressMap Routes(SubnetNode subnet)
    {
        if (subnet.RoutingTable is not { } table || !table.Routes.Any(r => r.Action == "drop"))
        {
            return AddressMap.Everything;
        }

        var cuts = new SortedSet<UInt128> { UInt128.Zero };
        foreach (var route in table.Routes)
        {
            cuts.Add(route.Destination.First.Value);
            cuts.Add(route.Destination.Last.Value + 1);
        }

        var builder = new AddressMap.Builder();
        foreach (var start in cuts)
        {
            var route = subnet.RouteTo(new Addresses.IpAddress(start));
            builder.Add(start, route?.Action == "drop" ? Sets.ConnectionSet.None : Sets.ConnectionSet.All);
        }

        return builder.Build();
    }
}
