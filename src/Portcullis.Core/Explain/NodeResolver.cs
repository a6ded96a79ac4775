using Portcullis.Core.Addresses;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Explain;

/// <summary>
/// Understands what a user names in a query: an instance, interface, endpoint gateway, load balancer, worker or
/// subnet by name, id or CRN (optionally as <c>vpc/name</c>), or an address or CIDR.
/// </summary>
internal sealed class NodeResolver
{
    private readonly NetworkTopology _topology;
    private readonly Dictionary<string, List<(VpcNetwork Vpc, string Resource, Endpoint[] Members)>> _byName = new(StringComparer.Ordinal);

    public NodeResolver(NetworkTopology topology)
    {
        _topology = topology;
        foreach (var vpc in topology.Vpcs)
        {
            foreach (var owner in vpc.Endpoints.GroupBy(e => e.OwnerId))
            {
                var members = owner.ToArray();
                var first = members[0];
                Add(vpc, $"{first.Kind}:{first.OwnerId}", members, OwnerKeys(first));
                foreach (var endpoint in members)
                {
                    Add(vpc, $"{endpoint.Kind}:{endpoint.Id}", [endpoint], [endpoint.Id, endpoint.ResourceName]);
                }
            }

            foreach (var subnet in vpc.Subnets)
            {
                var members = vpc.Endpoints.Where(e => e.Subnet == subnet).ToArray();
                Add(vpc, $"subnet:{subnet.Subnet.Id}", members, [subnet.Name, subnet.Subnet.Id, subnet.Subnet.Crn]);
            }
        }
    }

    /// <summary>What one side of a query resolved to.</summary>
    public abstract record Side;

    /// <summary>Internal endpoints, per VPC.</summary>
    public sealed record InternalSide(Dictionary<VpcNetwork, List<Endpoint>> Endpoints) : Side;

    /// <summary>External addresses.</summary>
    public sealed record ExternalSide(IpAddressSet Addresses) : Side;

    /// <summary>Nothing: the problem says why; of two failures, the more severe is reported.</summary>
    public sealed record Failure(ExplainProblem Problem, int Severity) : Side;

    public Side Resolve(string text, ExplainSide role)
    {
        if (ResolveName(text) is { } byName)
        {
            return byName;
        }

        if (!IpPrefix.TryParse(text, out var prefix))
        {
            return new Failure(new ExplainProblem(ExplainProblemKind.NotANameOrAddress, role, text), 1);
        }

        var addresses = prefix.ToAddressSet();
        if (addresses.IsSubsetOf(ExternalAddressSpace.All))
        {
            return new ExternalSide(addresses);
        }

        if (addresses.Overlaps(ExternalAddressSpace.All))
        {
            return new Failure(new ExplainProblem(ExplainProblemKind.MixedExternalAndInternal, role, text), 3);
        }

        var found = new Dictionary<VpcNetwork, List<Endpoint>>();
        foreach (var vpc in _topology.Vpcs)
        {
            var inside = vpc.Endpoints.Where(e => addresses.Contains(e.Address)).ToList();
            if (inside.Count > 0)
            {
                found[vpc] = inside;
            }
        }

        return found.Count > 0 ? new InternalSide(found) : new Failure(new ExplainProblem(ExplainProblemKind.NoEndpointAtAddress, role, text), 2);
    }

    private InternalSide? ResolveName(string text)
    {
        if (_byName.TryGetValue(text, out var matches))
        {
            return Collect(matches);
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && _byName.TryGetValue(text[(slash + 1)..], out var scoped))
        {
            var vpcName = text[..slash];
            var inVpc = scoped.Where(m => m.Vpc.Name == vpcName).ToList();
            return inVpc.Count > 0 ? Collect(inVpc) : null;
        }

        return null;
    }

    private static InternalSide Collect(List<(VpcNetwork Vpc, string Resource, Endpoint[] Members)> matches)
    {
        var result = new Dictionary<VpcNetwork, List<Endpoint>>();
        foreach (var (vpc, _, members) in matches)
        {
            if (!result.TryGetValue(vpc, out var list))
            {
                result[vpc] = list = [];
            }

            list.AddRange(members.Where(m => !list.Contains(m)));
        }

        return new InternalSide(result);
    }

    /// <summary>The resources that <paramref name="text"/> names more than once within one VPC (an ambiguity), each with its VPC.</summary>
    public IReadOnlyList<(VpcNetwork Vpc, string Resource)> Ambiguities(string text) =>
        _byName.TryGetValue(text, out var matches)
            ? [.. matches.GroupBy(m => m.Vpc).Where(g => g.Select(m => m.Resource).Distinct().Count() > 1).SelectMany(g => g.Select(m => (g.Key, m.Resource)))]
            : [];

    private void Add(VpcNetwork vpc, string resource, Endpoint[] members, IEnumerable<string?> keys)
    {
        foreach (var key in keys.OfType<string>().Where(k => k.Length > 0).Distinct())
        {
            if (!_byName.TryGetValue(key, out var list))
            {
                _byName[key] = list = [];
            }

            if (!list.Any(m => m.Vpc == vpc && m.Resource == resource))
            {
                list.Add((vpc, resource, members));
            }
        }
    }

    // An owner is found by its id, name and CRN: the instance, endpoint gateway, load balancer, or the cluster of a worker.
    private IEnumerable<string?> OwnerKeys(Endpoint endpoint)
    {
        var config = _topology.Configuration;
        return endpoint.Kind switch
        {
            EndpointKind.NetworkInterface or EndpointKind.VirtualNetworkInterface => [endpoint.OwnerId, endpoint.Name, .. config.Instances.Where(i => i.Id == endpoint.OwnerId).Select(i => i.Crn)],
            EndpointKind.EndpointGatewayIp => [endpoint.OwnerId, endpoint.Name, .. config.EndpointGateways.Where(g => g.Id == endpoint.OwnerId).Select(g => g.Crn)],
            EndpointKind.LoadBalancerPrivateIp => [endpoint.OwnerId, endpoint.Name, .. config.LoadBalancers.Where(l => l.Id == endpoint.OwnerId).Select(l => l.Crn)],
            EndpointKind.IksWorker => [endpoint.OwnerId, .. config.IksClusters.Where(c => c.Id == endpoint.OwnerId).Select(c => c.Name)],
            _ => [endpoint.OwnerId],
        };
    }
}
